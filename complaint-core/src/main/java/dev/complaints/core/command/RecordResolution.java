package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Records that the handling was carried out, and how.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param resolution what was done
 */
public record RecordResolution(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String resolution)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param resolution what was done
   */
  public RecordResolution {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordResolution");
    Checks.notBlank(resolution, "RecordResolution.resolution");
  }
}
