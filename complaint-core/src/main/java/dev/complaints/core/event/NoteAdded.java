package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.NoteVisibility;
import java.time.Instant;

/**
 * A note was added; internal notes never appear in the customer-facing view.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param text the note's text
 * @param visibility who may read it
 */
public record NoteAdded(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String text,
    NoteVisibility visibility)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param text the note's text
   * @param visibility who may read it
   */
  public NoteAdded {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(text, "text");
    Checks.notNull(visibility, "visibility");
  }
}
