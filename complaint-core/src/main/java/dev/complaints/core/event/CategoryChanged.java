package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The category code was changed (reclassification).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param from the previous category code
 * @param to the new category code
 */
public record CategoryChanged(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String from,
    String to)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param from the previous category code
   * @param to the new category code
   */
  public CategoryChanged {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(from, "from");
    Checks.notBlank(to, "to");
  }
}
