package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * A requested extension was approved; SLA limits of the node grow by the amount.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param node the node the extension is for
 * @param amount extra time granted, positive
 */
public record ExtensionApproved(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String node,
    Duration amount)
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
   * @param amount extra time granted, positive
   */
  public ExtensionApproved {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(node, "node");
    Checks.notNull(amount, "amount");
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("amount must be positive, was " + amount);
    }
  }
}
