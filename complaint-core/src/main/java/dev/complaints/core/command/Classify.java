package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Classifies the complaint (category) and optionally escalates it to the leadership group.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param category category code, must exist in the workflow's taxonomy
 * @param escalationReason when not null, the complaint is escalated to the leadership group for this reason
 */
public record Classify(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String category,
    @Nullable String escalationReason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param category category code, must exist in the workflow's taxonomy
   * @param escalationReason when not null, the complaint is escalated to the leadership group for this reason
   */
  public Classify {
    Command.checkCommon(commandId, complaintId, actor, at, "Classify");
    Checks.notBlank(category, "Classify.category");
    Checks.nullOrNotBlank(escalationReason, "Classify.escalationReason");
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
   * Builds a {@link Classify}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, Classify> {
    private @Nullable String category;
    private @Nullable String escalationReason;

    private Builder() {}

    /**
     * Sets {@code category}.
     *
     * @param category category code, must exist in the workflow's taxonomy
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Sets {@code escalationReason}.
     *
     * @param escalationReason when not null, the complaint is escalated to the leadership group for this reason
     * @return this builder
     */
    public Builder escalationReason(@Nullable String escalationReason) {
      this.escalationReason = escalationReason;
      return this;
    }

    @Override
    public Classify build() {
      return new Classify(commandId, complaintId, actor, at, category, escalationReason);
    }
  }
}
