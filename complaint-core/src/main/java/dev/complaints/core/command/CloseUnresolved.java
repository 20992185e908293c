package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Closes the complaint although the customer is not satisfied: an explicit decision with a written reason, recorded
 * with the close reason {@code UNRESOLVED}.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason the written reason for closing without a satisfied customer
 */
public record CloseUnresolved(
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
   * @param reason the written reason for closing without a satisfied customer
   */
  public CloseUnresolved {
    Command.checkCommon(commandId, complaintId, actor, at, "CloseUnresolved");
    Checks.notBlank(reason, "CloseUnresolved.reason");
  }
}
