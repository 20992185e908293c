package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Remedy;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Drafts (or redrafts) the written handling plan. A draft is internal until confirmed.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param remedy the remedy offered
 * @param owner who carries it out
 * @param due when it is due
 * @param description the plan's text
 */
public record DraftPlan(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Remedy remedy,
    String owner,
    Instant due,
    String description)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param remedy the remedy offered
   * @param owner who carries it out
   * @param due when it is due
   * @param description the plan's text
   */
  public DraftPlan {
    Command.checkCommon(commandId, complaintId, actor, at, "DraftPlan");
    Checks.notNull(remedy, "DraftPlan.remedy");
    Checks.notBlank(owner, "DraftPlan.owner");
    Checks.notNull(due, "DraftPlan.due");
    Checks.notBlank(description, "DraftPlan.description");
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
   * Builds a {@link DraftPlan}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, DraftPlan> {
    private @Nullable Remedy remedy;
    private @Nullable String owner;
    private @Nullable Instant due;
    private @Nullable String description;

    private Builder() {}

    /**
     * Sets {@code remedy}.
     *
     * @param remedy the remedy offered
     * @return this builder
     */
    public Builder remedy(Remedy remedy) {
      this.remedy = remedy;
      return this;
    }

    /**
     * Sets {@code owner}.
     *
     * @param owner who carries it out
     * @return this builder
     */
    public Builder owner(String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets {@code due}.
     *
     * @param due when it is due
     * @return this builder
     */
    public Builder due(Instant due) {
      this.due = due;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description the plan's text
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    @Override
    public DraftPlan build() {
      return new DraftPlan(commandId, complaintId, actor, at, remedy, owner, due, description);
    }
  }
}
