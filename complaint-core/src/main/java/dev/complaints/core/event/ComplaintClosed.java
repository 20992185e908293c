package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The complaint was closed (结案). Common reasons (see {@code ClosureReason}): RESOLVED, DISSATISFIED,
 * NOT_SUBSTANTIATED, EXEMPT, WITHDRAWN, UNRESOLVED.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param reason the closure reason code
 */
public record ComplaintClosed(
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
   * @param reason the closure reason code
   */
  public ComplaintClosed {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(reason, "reason");
  }
}
