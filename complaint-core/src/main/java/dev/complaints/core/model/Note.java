package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * A note on a complaint.
 *
 * @param author the actor who wrote it, not blank
 * @param at when it was written
 * @param text the text, not blank
 * @param visibility who may read it
 */
public record Note(String author, Instant at, String text, NoteVisibility visibility) {

  /**
   * Creates a note.
   *
   * @param author the author, not blank
   * @param at the instant, not null
   * @param text the text, not blank
   * @param visibility the visibility, not null
   */
  public Note {
    Checks.notBlank(author, "note author");
    Checks.notNull(at, "note at");
    Checks.notBlank(text, "note text");
    Checks.notNull(visibility, "note visibility");
  }
}
