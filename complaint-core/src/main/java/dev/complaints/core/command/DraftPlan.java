package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Remedy;
import java.time.Instant;

/**
 * Drafts (or redrafts) the written handling plan. A draft is internal until confirmed.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param remedy the remedy offered
 * @param owner who carries it out
 * @param due when it is due
 * @param description the plan's text
 */
public record DraftPlan(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Remedy remedy,
    String owner,
    Instant due,
    String description)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param remedy the remedy offered
   * @param owner who carries it out
   * @param due when it is due
   * @param description the plan's text
   */
  public DraftPlan {
    Command.checkCommon(commandId, complaintId, actor, at, "DraftPlan");
    Checks.notNull(remedy, "DraftPlan.remedy");
    Checks.notBlank(owner, "DraftPlan.owner");
    Checks.notNull(due, "DraftPlan.due");
    Checks.notBlank(description, "DraftPlan.description");
  }
}
