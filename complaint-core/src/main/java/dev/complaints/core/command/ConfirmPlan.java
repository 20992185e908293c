package dev.complaints.core.command;

import java.time.Instant;

/**
 * Confirms the drafted plan in writing; only then may it be communicated to the customer.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 */
public record ConfirmPlan(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   */
  public ConfirmPlan {
    Command.checkCommon(commandId, complaintId, actor, at, "ConfirmPlan");
  }
}
