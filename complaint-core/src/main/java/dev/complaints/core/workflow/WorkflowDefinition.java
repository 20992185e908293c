package dev.complaints.core.workflow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.complaints.core.internal.Checks;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.internal.DefinitionValidator;
import dev.complaints.core.workflow.internal.WorkflowDefinitionDeserializer;
import dev.complaints.core.workflow.internal.WorkflowDefinitionSerializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A workflow as data: nodes, the commands each node accepts, transitions with guards, terminal nodes. A
 * definition is validated whenever it is constructed (from the builder, from JSON or directly): every problem —
 * duplicate names, unknown nodes, roles or commands, unreachable nodes, dead ends — is reported at once in a
 * {@link ValidationException} whose problems carry JSON paths such as {@code $.nodes[2].transitions[0].to}.
 *
 * <p>The JSON form is read and written by {@link WorkflowDefinitions}; a mapper from
 * {@link dev.complaints.core.json.Json#mapper()} reads and writes the same form.
 *
 * <p>Notes addressed to the customer ({@code AddNote} with visibility {@code CUSTOMER}) are a commitment to the
 * customer, so the definition names who may write them: {@code customerNoteRoles}, a subset of the declared roles.
 * Absent or empty, no actor may write one. Whoever writes one, the engine also refuses it until the complaint has
 * a confirmed written plan.
 *
 * <p>An optional {@link Routing} section lists routing rules: the first rule that matches a complaint's category
 * (with the categories below it in the taxonomy), org unit and grade gives the department and default owner of
 * an automatic dispatch ({@link WorkflowEngine#route}, {@link WorkflowEngine#routedDispatch}).
 *
 * @param id the workflow id, for example {@code mall-ticket}
 * @param description what the workflow is for, or null
 * @param taxonomy id of the category taxonomy preset complaints use ({@code mall} or {@code retail})
 * @param initialNode the node a received complaint enters
 * @param roles the roles the transitions may name
 * @param nodes the nodes
 * @param customerNoteRoles the roles that may write a note addressed to the customer; empty: none may
 * @param routing the routing rules, or null when the workflow routes nothing automatically
 */
@JsonSerialize(using = WorkflowDefinitionSerializer.class)
@JsonDeserialize(using = WorkflowDefinitionDeserializer.class)
public record WorkflowDefinition(
    String id,
    @Nullable String description,
    String taxonomy,
    String initialNode,
    List<String> roles,
    List<NodeDefinition> nodes,
    List<String> customerNoteRoles,
    @Nullable Routing routing) {

  /**
   * Creates and validates a definition.
   *
   * @param id the id
   * @param description the description or null
   * @param taxonomy the taxonomy preset id
   * @param initialNode the initial node
   * @param roles the declared roles
   * @param nodes the nodes
   * @param customerNoteRoles the roles that may write a note addressed to the customer
   * @param routing the routing rules, or null
   * @throws ValidationException listing every problem
   */
  public WorkflowDefinition {
    List<Problem> problems = new ArrayList<>();
    if (id == null) {
      problems.add(Problem.of("$.id", Wording.MISSING));
    } else if (id.isBlank()) {
      problems.add(Problem.of("$.id", Wording.BLANK));
    }
    roles = List.copyOf(Checks.noNulls(roles == null ? List.of() : roles, "roles"));
    nodes = List.copyOf(Checks.noNulls(nodes == null ? List.of() : nodes, "nodes"));
    customerNoteRoles = List.copyOf(
        Checks.noNulls(customerNoteRoles == null ? List.of() : customerNoteRoles, "customerNoteRoles"));
    problems.addAll(DefinitionValidator.validate(taxonomy, initialNode, roles, customerNoteRoles, nodes, routing));
    if (!problems.isEmpty()) {
      throw new ValidationException("workflow definition '" + id + "'", problems);
    }
  }

  /**
   * Creates and validates a definition without routing rules.
   *
   * @param id the id
   * @param description the description or null
   * @param taxonomy the taxonomy preset id
   * @param initialNode the initial node
   * @param roles the declared roles
   * @param nodes the nodes
   * @param customerNoteRoles the roles that may write a note addressed to the customer
   * @throws ValidationException listing every problem
   */
  public WorkflowDefinition(String id, @Nullable String description, String taxonomy, String initialNode,
      List<String> roles, List<NodeDefinition> nodes, List<String> customerNoteRoles) {
    this(id, description, taxonomy, initialNode, roles, nodes, customerNoteRoles, null);
  }

  /**
   * Creates and validates a definition in which no role may write a note addressed to the customer.
   *
   * @param id the id
   * @param description the description or null
   * @param taxonomy the taxonomy preset id
   * @param initialNode the initial node
   * @param roles the declared roles
   * @param nodes the nodes
   * @throws ValidationException listing every problem
   */
  public WorkflowDefinition(String id, @Nullable String description, String taxonomy, String initialNode,
      List<String> roles, List<NodeDefinition> nodes) {
    this(id, description, taxonomy, initialNode, roles, nodes, List.of(), null);
  }

  /**
   * The node with that name.
   *
   * @param name the node name
   * @return the node, or empty
   */
  public Optional<NodeDefinition> node(String name) {
    return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
  }

  /**
   * The node with that name, or an {@link IllegalArgumentException} naming the known nodes.
   *
   * @param name the node name
   * @return the node
   */
  public NodeDefinition requireNode(String name) {
    return node(name).orElseThrow(() -> new IllegalArgumentException("workflow '" + id + "' has no node '"
        + name + "'; nodes: " + nodes.stream().map(NodeDefinition::name).toList()));
  }

  /**
   * Starts a definition.
   *
   * @param id the workflow id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link WorkflowDefinition}; {@link #build()} validates it. */
  public static final class Builder {
    private final String id;
    private @Nullable String description;
    private String taxonomy = "mall";
    private @Nullable String initialNode;
    private final List<String> roles = new ArrayList<>();
    private final List<String> customerNoteRoles = new ArrayList<>();
    private final List<NodeDefinition> nodes = new ArrayList<>();
    private @Nullable List<RoutingRule> routing;

    private Builder(String id) {
      this.id = id;
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
     * Sets the category taxonomy preset id (default {@code mall}).
     *
     * @param value {@code mall} or {@code retail}
     * @return this builder
     */
    public Builder taxonomy(String value) {
      this.taxonomy = value;
      return this;
    }

    /**
     * Sets the initial node.
     *
     * @param node the node name
     * @return this builder
     */
    public Builder initialNode(String node) {
      this.initialNode = node;
      return this;
    }

    /**
     * Declares roles.
     *
     * @param values the roles
     * @return this builder
     */
    public Builder roles(String... values) {
      roles.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * Lets roles write notes addressed to the customer; each must be declared with {@link #roles}.
     *
     * @param values the roles
     * @return this builder
     */
    public Builder customerNoteRoles(String... values) {
      customerNoteRoles.addAll(Arrays.asList(values));
      return this;
    }

    /**
     * Adds a node.
     *
     * @param node the node
     * @return this builder
     */
    public Builder node(NodeDefinition node) {
      nodes.add(node);
      return this;
    }

    /**
     * Adds a node.
     *
     * @param node the node builder
     * @return this builder
     */
    public Builder node(NodeDefinition.Builder node) {
      nodes.add(node.build());
      return this;
    }

    /**
     * Adds routing rules, tried in the order added (the first that matches chooses).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder routing(RoutingRule... rules) {
      if (routing == null) {
        routing = new ArrayList<>();
      }
      routing.addAll(Arrays.asList(rules));
      return this;
    }

    /**
     * Builds and validates the definition.
     *
     * @return the definition
     * @throws ValidationException listing every problem
     */
    public WorkflowDefinition build() {
      return new WorkflowDefinition(id, description, taxonomy, initialNode, roles, nodes, customerNoteRoles,
          routing == null ? null : new Routing(routing));
    }
  }
}
