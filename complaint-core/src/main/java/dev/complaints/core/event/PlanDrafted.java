package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Plan;
import java.time.Instant;

/**
 * A written handling plan was drafted (internal until confirmed).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param plan the draft plan (confirmed is false)
 */
public record PlanDrafted(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    Plan plan)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param plan the draft plan (confirmed is false)
   */
  public PlanDrafted {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notNull(plan, "plan");
  }
}
