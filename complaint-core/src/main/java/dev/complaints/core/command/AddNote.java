package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.NoteVisibility;
import java.time.Instant;

/**
 * Adds a note: an internal handling opinion or a progress note for the customer.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param text the text
 * @param visibility who may read it
 */
public record AddNote(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String text,
    NoteVisibility visibility)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param text the text
   * @param visibility who may read it
   */
  public AddNote {
    Command.checkCommon(commandId, complaintId, actor, at, "AddNote");
    Checks.notBlank(text, "AddNote.text");
    Checks.notNull(visibility, "AddNote.visibility");
  }
}
