package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Rejects the pending extension request of the current node.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why
 */
public record RejectExtension(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String reason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param reason why
   */
  public RejectExtension {
    Command.checkCommon(commandId, complaintId, actor, at, "RejectExtension");
    Checks.notBlank(reason, "RejectExtension.reason");
  }
}
