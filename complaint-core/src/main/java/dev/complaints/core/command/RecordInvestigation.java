package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records the investigation (调查): substantiated or not, with the opinion, and for a substantiated complaint the responsible department.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param substantiated whether the complaint is substantiated (投诉成立)
 * @param opinion the investigation opinion
 * @param department responsible department for a substantiated complaint, or null
 * @param assignee owner, or null
 */
public record RecordInvestigation(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    boolean substantiated,
    String opinion,
    @Nullable String department,
    @Nullable String assignee)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param substantiated whether the complaint is substantiated (投诉成立)
   * @param opinion the investigation opinion
   * @param department responsible department for a substantiated complaint, or null
   * @param assignee owner, or null
   */
  public RecordInvestigation {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordInvestigation");
    Checks.notBlank(opinion, "RecordInvestigation.opinion");
    Checks.nullOrNotBlank(department, "RecordInvestigation.department");
    Checks.nullOrNotBlank(assignee, "RecordInvestigation.assignee");
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
   * Builds a {@link RecordInvestigation}: the four common fields ({@link CommandBuilder}), then its own, each by
   * name. {@code substantiated} has no default: {@link #build()} fails naming it when it is not set.
   */
  public static final class Builder extends CommandBuilder<Builder, RecordInvestigation> {
    private @Nullable Boolean substantiated;
    private @Nullable String opinion;
    private @Nullable String department;
    private @Nullable String assignee;

    private Builder() {}

    /**
     * Sets {@code substantiated}.
     *
     * @param substantiated whether the complaint is substantiated (投诉成立)
     * @return this builder
     */
    public Builder substantiated(boolean substantiated) {
      this.substantiated = substantiated;
      return this;
    }

    /**
     * Sets {@code opinion}.
     *
     * @param opinion the investigation opinion
     * @return this builder
     */
    public Builder opinion(String opinion) {
      this.opinion = opinion;
      return this;
    }

    /**
     * Sets {@code department}.
     *
     * @param department responsible department for a substantiated complaint, or null
     * @return this builder
     */
    public Builder department(@Nullable String department) {
      this.department = department;
      return this;
    }

    /**
     * Sets {@code assignee}.
     *
     * @param assignee owner, or null
     * @return this builder
     */
    public Builder assignee(@Nullable String assignee) {
      this.assignee = assignee;
      return this;
    }

    @Override
    public RecordInvestigation build() {
      boolean substantiated = Checks.notNull(this.substantiated, "RecordInvestigation.substantiated");
      return new RecordInvestigation(commandId, complaintId, actor, at, substantiated, opinion, department, assignee);
    }
  }
}
