package dev.complaints.spring;

import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Spring application event published by {@link SlaAlertScheduler} when the light of an open SLA timer differs
 * from the one it saw at its previous wake-up (the first wake-up after start reports the lights already on, from
 * {@link AlertLevel#NONE}).
 *
 * @param complaintId the complaint
 * @param timerId the timer, unique in its complaint (such as {@code GRADING#1})
 * @param target the SLA policy target the timer belongs to
 * @param node the node of a node timer; null for a target spanning nodes
 * @param from the light seen before
 * @param to the light now
 * @param at the instant the scheduler looked
 */
public record SlaAlertChanged(String complaintId, String timerId, String target, @Nullable String node,
    AlertLevel from, AlertLevel to, Instant at) {

  /**
   * Creates the event.
   *
   * @param complaintId the complaint
   * @param timerId the timer
   * @param target the policy target
   * @param node the node of a node timer, or null
   * @param from the light before
   * @param to the light now
   * @param at when the scheduler looked
   */
  public SlaAlertChanged {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
  }
}
