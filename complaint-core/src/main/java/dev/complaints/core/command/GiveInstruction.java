package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The next role up answers the pending request for instructions ({@link RequestInstruction}).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param instruction the instruction given
 */
public record GiveInstruction(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String instruction)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param instruction the instruction given
   */
  public GiveInstruction {
    Command.checkCommon(commandId, complaintId, actor, at, "GiveInstruction");
    Checks.notBlank(instruction, "GiveInstruction.instruction");
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
   * Builds a {@link GiveInstruction}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, GiveInstruction> {
    private @Nullable String instruction;

    private Builder() {}

    /**
     * Sets {@code instruction}.
     *
     * @param instruction the instruction given
     * @return this builder
     */
    public Builder instruction(String instruction) {
      this.instruction = instruction;
      return this;
    }

    @Override
    public GiveInstruction build() {
      return new GiveInstruction(commandId, complaintId, actor, at, instruction);
    }
  }
}
