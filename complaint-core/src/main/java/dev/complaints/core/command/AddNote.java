package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.NoteVisibility;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

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

  /**
   * A builder with no field set.
   *
   * @return a builder whose {@link Builder#build()} runs the checks of the canonical constructor
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AddNote}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, AddNote> {
    private @Nullable String text;
    private @Nullable NoteVisibility visibility;

    private Builder() {}

    /**
     * Sets {@code text}.
     *
     * @param text the text
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@code visibility}.
     *
     * @param visibility who may read it
     * @return this builder
     */
    public Builder visibility(NoteVisibility visibility) {
      this.visibility = visibility;
      return this;
    }

    @Override
    public AddNote build() {
      return new AddNote(commandId, complaintId, actor, at, text, visibility);
    }
  }
}
