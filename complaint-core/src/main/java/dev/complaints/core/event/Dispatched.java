package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The complaint was dispatched to a department and owner (派发), by a person or by a routing rule of the workflow.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param department the responsible department
 * @param assignee the owner, or null
 * @param rule the id of the routing rule that chose department and owner; null for a manual dispatch (and in
 *     histories recorded before routing existed)
 */
public record Dispatched(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String department,
    @Nullable String assignee,
    @Nullable String rule)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param department the responsible department
   * @param assignee the owner, or null
   * @param rule the routing rule that chose them, or null
   */
  public Dispatched {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(department, "department");
    Checks.nullOrNotBlank(assignee, "assignee");
    Checks.nullOrNotBlank(rule, "rule");
  }

  /**
   * A manual dispatch, chosen by a person.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param department the responsible department
   * @param assignee the owner, or null
   */
  public Dispatched(String complaintId, long version, String commandId, String actor, Instant at,
      String department, @Nullable String assignee) {
    this(complaintId, version, commandId, actor, at, department, assignee, null);
  }
}
