package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Satisfaction;
import java.time.Instant;

/**
 * The result of a return visit (回访).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param result the customer's satisfaction
 */
public record ReturnVisitRecorded(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    Satisfaction result)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param result the customer's satisfaction
   */
  public ReturnVisitRecorded {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notNull(result, "result");
  }
}
