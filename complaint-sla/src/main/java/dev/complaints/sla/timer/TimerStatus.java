package dev.complaints.sla.timer;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of one SLA timer at an instant.
 *
 * @param complaintId the complaint
 * @param timerId the timer's id, unique in its complaint ({@code <target>#<n>}, n counting from 1 per target)
 * @param targetName the policy target
 * @param node the node of a node timer; null for a target spanning nodes
 * @param state RUNNING, PAUSED, MET, BREACHED or CANCELLED
 * @param level the alert level: the current light of an open timer, the highest level reached by a stopped or
 *     cancelled one
 * @param grade the grade whose limit applies
 * @param startedAt when the timer started
 * @param endedAt when it was stopped or cancelled; null when it was neither by the status instant
 * @param outcome elapsed time, limit and deadline
 */
public record TimerStatus(
    String complaintId,
    String timerId,
    String targetName,
    @Nullable String node,
    TimerState state,
    AlertLevel level,
    Grade grade,
    Instant startedAt,
    @Nullable Instant endedAt,
    VisitOutcome outcome) {

  /**
   * Creates a status.
   *
   * @param complaintId the complaint
   * @param timerId the timer's id
   * @param targetName the policy target
   * @param node the node of a node timer, or null
   * @param state the state
   * @param level the alert level
   * @param grade the grade whose limit applies
   * @param startedAt when the timer started
   * @param endedAt when it was stopped or cancelled, or null
   * @param outcome elapsed time, limit and deadline
   */
  public TimerStatus {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * The highest alert level the timer held up to the status instant: an extension approved later never erases it.
   * Red lights and fines count this level, while {@link #level} is the light shown now.
   *
   * @return the highest level
   */
  public AlertLevel highestLevel() {
    return outcome.highestLevel();
  }
}
