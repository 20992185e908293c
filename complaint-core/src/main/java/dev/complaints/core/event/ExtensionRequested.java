package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * More time was requested for a node (延期申请).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param node the node the extension is for
 * @param amount extra time requested, positive
 * @param reason why
 */
public record ExtensionRequested(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String node,
    Duration amount,
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
   * @param node the node the extension is for
   * @param amount extra time requested, positive
   * @param reason why
   */
  public ExtensionRequested {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(node, "node");
    Checks.notNull(amount, "amount");
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("amount must be positive, was " + amount);
    }
    Checks.notBlank(reason, "reason");
  }
}
