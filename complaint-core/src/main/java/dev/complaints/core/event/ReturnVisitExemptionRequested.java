package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Waiving the return visit was asked for (不便回访申请); pending until approved ({@link ReturnVisitExempted}),
 * refused ({@link ReturnVisitExemptionRefused}) or the node is left.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param reason why the visit is not possible
 */
public record ReturnVisitExemptionRequested(
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
   * @param reason why the visit is not possible
   */
  public ReturnVisitExemptionRequested {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(reason, "reason");
  }
}
