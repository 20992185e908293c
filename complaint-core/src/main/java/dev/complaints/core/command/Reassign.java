package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Moves the complaint to another department or owner without changing its node.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param department responsible department
 * @param assignee owner, or null
 */
public record Reassign(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String department,
    @Nullable String assignee)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param department responsible department
   * @param assignee owner, or null
   */
  public Reassign {
    Command.checkCommon(commandId, complaintId, actor, at, "Reassign");
    Checks.notBlank(department, "Reassign.department");
    Checks.nullOrNotBlank(assignee, "Reassign.assignee");
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
   * Builds a {@link Reassign}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, Reassign> {
    private @Nullable String department;
    private @Nullable String assignee;

    private Builder() {}

    /**
     * Sets {@code department}.
     *
     * @param department responsible department
     * @return this builder
     */
    public Builder department(String department) {
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
    public Reassign build() {
      return new Reassign(commandId, complaintId, actor, at, department, assignee);
    }
  }
}
