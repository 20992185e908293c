package dev.complaints.cli.demo;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerState;
import java.time.Duration;
import java.time.Instant;

/**
 * One open SLA timer on the board: a ticket waiting in a timed node, with its light.
 *
 * @param complaintId the ticket
 * @param unit its plaza
 * @param region the plaza's region
 * @param node the node the timer runs in
 * @param target the policy target's name
 * @param grade the grade the limit is derived from
 * @param state RUNNING or PAUSED
 * @param level the light: NONE, YELLOW, RED_1, RED_2 or RED_3
 * @param startedAt when the timer started
 * @param deadline when the limit (with approved extensions) runs out
 * @param elapsed working time used so far (pauses removed)
 * @param limit target plus approved extensions, in working time
 */
public record BoardEntry(
    String complaintId,
    String unit,
    String region,
    String node,
    String target,
    Grade grade,
    TimerState state,
    AlertLevel level,
    Instant startedAt,
    Instant deadline,
    Duration elapsed,
    Duration limit) {}
