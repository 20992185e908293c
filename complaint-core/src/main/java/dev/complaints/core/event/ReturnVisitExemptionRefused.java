package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * A pending request to waive the return visit was refused; the visit stays due.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param reason why the visit is still due
 */
public record ReturnVisitExemptionRefused(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String reason)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param reason why the visit is still due
   */
  public ReturnVisitExemptionRefused {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(reason, "reason");
  }
}
