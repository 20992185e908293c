package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Asks for the return visit to be waived (不便回访申请). The request stays pending until it is approved with
 * {@link ExemptReturnVisit}, refused with {@link RefuseReturnVisitExemption} or the node is left; in the
 * {@code mall-ticket} preset the plaza asks and the group decides.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why the visit is not possible
 */
public record RequestReturnVisitExemption(
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
   * @param reason why the visit is not possible
   */
  public RequestReturnVisitExemption {
    Command.checkCommon(commandId, complaintId, actor, at, "RequestReturnVisitExemption");
    Checks.notBlank(reason, "RequestReturnVisitExemption.reason");
  }
}
