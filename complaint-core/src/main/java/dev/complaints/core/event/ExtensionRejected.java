package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * A requested extension was rejected.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param node the node the extension was for
 * @param reason why
 */
public record ExtensionRejected(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String node,
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
   * @param node the node the extension was for
   * @param reason why
   */
  public ExtensionRejected {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(node, "node");
    Checks.notBlank(reason, "reason");
  }
}
