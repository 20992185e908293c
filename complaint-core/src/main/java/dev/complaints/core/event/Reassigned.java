package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The complaint was reassigned to another department or owner.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param department the responsible department
 * @param assignee the owner, or null
 */
public record Reassigned(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String department,
    @Nullable String assignee)
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
   */
  public Reassigned {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(department, "department");
    Checks.nullOrNotBlank(assignee, "assignee");
  }
}
