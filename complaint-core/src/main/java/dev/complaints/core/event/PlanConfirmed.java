package dev.complaints.core.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The drafted plan was confirmed in writing; it may now be communicated to the customer.
 *
 * <p>The plan's own deadline: {@code due} is the instant by which the confirmed plan is to be carried out (the
 * {@code due} of the plan drafted with {@link PlanDrafted}), so a timer for the plan can start at this event's
 * instant and end at {@code due} without looking further back in the history.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param due when the confirmed plan is due; null only in histories recorded before the field existed
 */
public record PlanConfirmed(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    @Nullable Instant due)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param due when the confirmed plan is due (null only when read from an older history)
   */
  public PlanConfirmed {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
  }
}
