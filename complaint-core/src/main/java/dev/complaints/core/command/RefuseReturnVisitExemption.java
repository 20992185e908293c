package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Refuses a pending request to waive the return visit; the visit stays due.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why the visit is still due
 */
public record RefuseReturnVisitExemption(
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
   * @param reason why the visit is still due
   */
  public RefuseReturnVisitExemption {
    Command.checkCommon(commandId, complaintId, actor, at, "RefuseReturnVisitExemption");
    Checks.notBlank(reason, "RefuseReturnVisitExemption.reason");
  }
}
