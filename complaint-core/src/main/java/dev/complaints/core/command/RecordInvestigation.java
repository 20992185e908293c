package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records the investigation (调查): substantiated or not, with the opinion, and for a substantiated complaint the responsible department.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param substantiated whether the complaint is substantiated (投诉成立)
 * @param opinion the investigation opinion
 * @param department responsible department for a substantiated complaint, or null
 * @param assignee owner, or null
 */
public record RecordInvestigation(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    boolean substantiated,
    String opinion,
    @Nullable String department,
    @Nullable String assignee)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param substantiated whether the complaint is substantiated (投诉成立)
   * @param opinion the investigation opinion
   * @param department responsible department for a substantiated complaint, or null
   * @param assignee owner, or null
   */
  public RecordInvestigation {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordInvestigation");
    Checks.notBlank(opinion, "RecordInvestigation.opinion");
    Checks.nullOrNotBlank(department, "RecordInvestigation.department");
    Checks.nullOrNotBlank(assignee, "RecordInvestigation.assignee");
  }
}
