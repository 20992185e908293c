package dev.complaints.core.workflow;

import dev.complaints.core.command.Command;
import dev.complaints.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a command does in a node. Of the transitions of a node for the same command, the first whose {@code when}
 * conditions all hold is taken; then its guards must hold or the command is rejected: the actor must have one of
 * {@code roles} (when any are listed), every field of {@code requiredFields} must be set and every condition of
 * {@code guards} must hold, all evaluated on the complaint as it would be after the command's own effects.
 *
 * @param command the command type name, for example {@code "Dispatch"} (see {@link Command#TYPE_NAMES})
 * @param when conditions that select this transition, may be empty
 * @param roles roles allowed to issue the command here; empty means any actor
 * @param requiredFields fields that must be set
 * @param guards conditions that must hold
 * @param to the target node, or null to stay in the node
 * @param closeReason closure reason when {@code to} is a terminal node, otherwise null
 * @param gradeUp whether the transition raises the grade by one step of the scale (escalation)
 */
public record TransitionDefinition(
    String command,
    List<Condition> when,
    List<String> roles,
    List<ComplaintField> requiredFields,
    List<Condition> guards,
    @Nullable String to,
    @Nullable String closeReason,
    boolean gradeUp) {

  /**
   * Creates a transition; references are checked when the whole definition is built.
   *
   * @param command the command type name, not blank
   * @param when selecting conditions
   * @param roles allowed roles
   * @param requiredFields required fields
   * @param guards guard conditions
   * @param to target node or null
   * @param closeReason closure reason or null
   * @param gradeUp whether the grade goes up
   */
  public TransitionDefinition {
    Checks.notBlank(command, "transition command");
    when = List.copyOf(Checks.noNulls(when, "transition when"));
    roles = List.copyOf(Checks.noNulls(roles, "transition roles"));
    requiredFields = List.copyOf(Checks.noNulls(requiredFields, "transition requiredFields"));
    guards = List.copyOf(Checks.noNulls(guards, "transition guards"));
    Checks.nullOrNotBlank(to, "transition to");
    Checks.nullOrNotBlank(closeReason, "transition closeReason");
  }

  /**
   * Starts a transition for a command type.
   *
   * @param command the command type name, for example {@code "ConfirmPlan"}
   * @return a builder
   */
  public static Builder on(String command) {
    return new Builder(command);
  }

  /**
   * Starts a transition for a command class.
   *
   * @param command the command class, for example {@code ConfirmPlan.class}
   * @return a builder
   */
  public static Builder on(Class<? extends Command> command) {
    return new Builder(Checks.notNull(command, "command class").getSimpleName());
  }

  /** Builds a {@link TransitionDefinition}. */
  public static final class Builder {
    private final String command;
    private final List<Condition> when = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<ComplaintField> requiredFields = new ArrayList<>();
    private final List<Condition> guards = new ArrayList<>();
    private @Nullable String to;
    private @Nullable String closeReason;
    private boolean gradeUp;

    private Builder(String command) {
      this.command = command;
    }

    /**
     * Adds selecting conditions.
     *
     * @param conditions the conditions
     * @return this builder
     */
    public Builder when(Condition... conditions) {
      when.addAll(Arrays.asList(conditions));
      return this;
    }

    /**
     * Adds allowed roles.
     *
     * @param values the roles
     * @return this builder
     */
    public Builder roles(String... values) {
      roles.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * Adds required fields.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder requires(ComplaintField... fields) {
      requiredFields.addAll(Arrays.asList(fields));
      return this;
    }

    /**
     * Adds guard conditions.
     *
     * @param conditions the conditions
     * @return this builder
     */
    public Builder guards(Condition... conditions) {
      guards.addAll(Arrays.asList(conditions));
      return this;
    }

    /**
     * Sets the target node.
     *
     * @param node the node
     * @return this builder
     */
    public Builder to(String node) {
      this.to = node;
      return this;
    }

    /**
     * Sets the target node, a terminal one, and the closure reason.
     *
     * @param node the terminal node
     * @param reason the closure reason
     * @return this builder
     */
    public Builder closes(String node, String reason) {
      this.to = node;
      this.closeReason = reason;
      return this;
    }

    /**
     * Makes the transition raise the grade by one step.
     *
     * @return this builder
     */
    public Builder gradeUp() {
      this.gradeUp = true;
      return this;
    }

    /**
     * Builds the transition.
     *
     * @return the transition
     */
    public TransitionDefinition build() {
      return new TransitionDefinition(command, when, roles, requiredFields, guards, to, closeReason, gradeUp);
    }
  }
}
