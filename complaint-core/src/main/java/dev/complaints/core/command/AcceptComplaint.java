package dev.complaints.core.command;

import java.time.Instant;

/**
 * Accepts the received complaint and moves it on to grading or investigation.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 */
public record AcceptComplaint(
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
  public AcceptComplaint {
    Command.checkCommon(commandId, complaintId, actor, at, "AcceptComplaint");
  }
}
