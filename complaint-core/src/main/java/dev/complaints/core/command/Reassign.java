package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Moves the complaint to another department or owner without changing its node.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param department responsible department
 * @param assignee owner, or null
 */
public record Reassign(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String department,
    @Nullable String assignee)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param department responsible department
   * @param assignee owner, or null
   */
  public Reassign {
    Command.checkCommon(commandId, complaintId, actor, at, "Reassign");
    Checks.notBlank(department, "Reassign.department");
    Checks.nullOrNotBlank(assignee, "Reassign.assignee");
  }
}
