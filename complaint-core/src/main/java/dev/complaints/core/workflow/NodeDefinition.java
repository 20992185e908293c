package dev.complaints.core.workflow;

import dev.complaints.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A node of a workflow: its transitions, whether it is terminal, and the conditions that must hold for a
 * complaint to enter it.
 *
 * @param name the node name, for example {@code GRADING}
 * @param description what happens in the node, or null
 * @param terminal whether a complaint in this node is closed
 * @param entryGuards conditions that must hold on entry (for example {@link Condition#PLAN_CONFIRMED} for
 *     {@code CUSTOMER_FEEDBACK})
 * @param transitions the transitions, in priority order
 */
public record NodeDefinition(
    String name,
    @Nullable String description,
    boolean terminal,
    List<Condition> entryGuards,
    List<TransitionDefinition> transitions) {

  /**
   * Creates a node; references are checked when the whole definition is built.
   *
   * @param name the name, not blank
   * @param description the description or null
   * @param terminal whether terminal
   * @param entryGuards entry conditions
   * @param transitions transitions
   */
  public NodeDefinition {
    Checks.notBlank(name, "node name");
    Checks.nullOrNotBlank(description, "node description");
    entryGuards = List.copyOf(Checks.noNulls(entryGuards, "node entryGuards"));
    transitions = List.copyOf(Checks.noNulls(transitions, "node transitions"));
  }

  /**
   * The command types this node accepts, in definition order.
   *
   * @return the command type names
   */
  public List<String> commands() {
    Set<String> names = new LinkedHashSet<>();
    transitions.forEach(t -> names.add(t.command()));
    return List.copyOf(names);
  }

  /**
   * Starts a node.
   *
   * @param name the node name
   * @return a builder
   */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Builds a {@link NodeDefinition}. */
  public static final class Builder {
    private final String name;
    private @Nullable String description;
    private boolean terminal;
    private final List<Condition> entryGuards = new ArrayList<>();
    private final List<TransitionDefinition> transitions = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the description.
     *
     * @param text the description
     * @return this builder
     */
    public Builder description(String text) {
      this.description = text;
      return this;
    }

    /**
     * Marks the node terminal.
     *
     * @return this builder
     */
    public Builder terminal() {
      this.terminal = true;
      return this;
    }

    /**
     * Adds entry conditions.
     *
     * @param conditions the conditions
     * @return this builder
     */
    public Builder entryGuards(Condition... conditions) {
      entryGuards.addAll(Arrays.asList(conditions));
      return this;
    }

    /**
     * Adds a transition.
     *
     * @param transition the transition
     * @return this builder
     */
    public Builder transition(TransitionDefinition transition) {
      transitions.add(transition);
      return this;
    }

    /**
     * Adds a transition.
     *
     * @param transition the transition builder
     * @return this builder
     */
    public Builder transition(TransitionDefinition.Builder transition) {
      transitions.add(transition.build());
      return this;
    }

    /**
     * Builds the node.
     *
     * @return the node
     */
    public NodeDefinition build() {
      return new NodeDefinition(name, description, terminal, entryGuards, transitions);
    }
  }
}
