package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The customer agreed to the confirmed plan.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 */
public record CustomerAgreed(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   */
  public CustomerAgreed {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
  }
}
