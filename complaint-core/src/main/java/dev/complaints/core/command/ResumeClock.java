package dev.complaints.core.command;

import java.time.Instant;

/**
 * Resumes SLA timing after a pause.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 */
public record ResumeClock(
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
  public ResumeClock {
    Command.checkCommon(commandId, complaintId, actor, at, "ResumeClock");
  }
}
