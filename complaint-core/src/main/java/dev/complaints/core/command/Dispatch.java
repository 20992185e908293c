package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Dispatches the complaint to the responsible department and owner (派发). A dispatch chosen by the workflow's
 * routing names the rule that chose it ({@code WorkflowEngine.routedDispatch}); the engine then checks that this
 * rule is the one routing chooses for the complaint and that department and owner are the rule's. A dispatch
 * without a rule is a person's choice and overrides routing.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param department responsible department
 * @param assignee owner, or null
 * @param rule the id of the routing rule that chose department and owner, or null for a manual dispatch
 */
public record Dispatch(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String department,
    @Nullable String assignee,
    @Nullable String rule)
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
   * @param rule the routing rule that chose them, or null
   */
  public Dispatch {
    Command.checkCommon(commandId, complaintId, actor, at, "Dispatch");
    Checks.notBlank(department, "Dispatch.department");
    Checks.nullOrNotBlank(assignee, "Dispatch.assignee");
    Checks.nullOrNotBlank(rule, "Dispatch.rule");
  }

  /**
   * A manual dispatch: department and owner chosen by a person, no routing rule.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param department responsible department
   * @param assignee owner, or null
   */
  public Dispatch(String commandId, String complaintId, Actor actor, Instant at, String department,
      @Nullable String assignee) {
    this(commandId, complaintId, actor, at, department, assignee, null);
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
   * Builds a {@link Dispatch}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, Dispatch> {
    private @Nullable String department;
    private @Nullable String assignee;
    private @Nullable String rule;

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

    /**
     * Sets {@code rule}.
     *
     * @param rule the routing rule that chose department and owner, or null for a manual dispatch
     * @return this builder
     */
    public Builder rule(@Nullable String rule) {
      this.rule = rule;
      return this;
    }

    @Override
    public Dispatch build() {
      return new Dispatch(commandId, complaintId, actor, at, department, assignee, rule);
    }
  }
}
