package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Waives the return visit (不便回访) and closes the complaint as EXEMPT. In the {@code mall-ticket} preset this
 * is the group's approval of a request the plaza made with {@link RequestReturnVisitExemption}.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why the visit is not possible
 */
public record ExemptReturnVisit(
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
  public ExemptReturnVisit {
    Command.checkCommon(commandId, complaintId, actor, at, "ExemptReturnVisit");
    Checks.notBlank(reason, "ExemptReturnVisit.reason");
  }
}
