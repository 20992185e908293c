package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;

/**
 * Requests more time in the current node (延期申请).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param amount extra time, positive
 * @param reason why
 */
public record RequestExtension(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Duration amount,
    String reason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param amount extra time, positive
   * @param reason why
   */
  public RequestExtension {
    Command.checkCommon(commandId, complaintId, actor, at, "RequestExtension");
    Checks.notNull(amount, "RequestExtension.amount");
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("RequestExtension.amount must be positive, was " + amount);
    }
    Checks.notBlank(reason, "RequestExtension.reason");
  }
}
