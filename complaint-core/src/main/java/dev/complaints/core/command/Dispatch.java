package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Dispatches the complaint to the responsible department and owner (派发).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param department responsible department
 * @param assignee owner, or null
 */
public record Dispatch(
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
  public Dispatch {
    Command.checkCommon(commandId, complaintId, actor, at, "Dispatch");
    Checks.notBlank(department, "Dispatch.department");
    Checks.nullOrNotBlank(assignee, "Dispatch.assignee");
  }
}
