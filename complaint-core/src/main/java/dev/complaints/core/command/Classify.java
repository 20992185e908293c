package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Classifies the complaint (category) and optionally escalates it to the leadership group.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param category category code, must exist in the workflow's taxonomy
 * @param escalationReason when not null, the complaint is escalated to the leadership group for this reason
 */
public record Classify(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String category,
    @Nullable String escalationReason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param category category code, must exist in the workflow's taxonomy
   * @param escalationReason when not null, the complaint is escalated to the leadership group for this reason
   */
  public Classify {
    Command.checkCommon(commandId, complaintId, actor, at, "Classify");
    Checks.notBlank(category, "Classify.category");
    Checks.nullOrNotBlank(escalationReason, "Classify.escalationReason");
  }
}
