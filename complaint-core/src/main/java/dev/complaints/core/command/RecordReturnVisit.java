package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Satisfaction;
import java.time.Instant;

/**
 * Records the result of the return visit; a dissatisfied customer may be escalated (grade up, back to planning).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param result the customer's satisfaction
 * @param escalate for a result that is not satisfied: escalate instead of closing (rejected when the complaint
 *     already has the highest grade)
 */
public record RecordReturnVisit(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Satisfaction result,
    boolean escalate)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param result the customer's satisfaction
   * @param escalate for a result that is not satisfied: escalate instead of closing (rejected when the complaint
   *     already has the highest grade)
   */
  public RecordReturnVisit {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordReturnVisit");
    Checks.notNull(result, "RecordReturnVisit.result");
  }
}
