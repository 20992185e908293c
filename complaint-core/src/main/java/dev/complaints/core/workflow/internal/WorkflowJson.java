package dev.complaints.core.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.json.internal.ObjectFields;
import dev.complaints.core.json.internal.Problems;
import dev.complaints.core.json.internal.Read;
import dev.complaints.core.json.internal.Reads;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.ComplaintField;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.workflow.NodeDefinition;
import dev.complaints.core.workflow.Routing;
import dev.complaints.core.workflow.RoutingRule;
import dev.complaints.core.workflow.TransitionDefinition;
import dev.complaints.core.workflow.WorkflowDefinition;
import java.util.List;

/**
 * The JSON form of workflow definitions: the structure is read with the shared field reader (unknown, missing
 * and repeated fields, wrong types and unknown enum values, each at its JSON path), then the definition's own
 * validation reports the semantic problems. Not API.
 */
public final class WorkflowJson extends JsonFormat<WorkflowDefinition> {
  /** The format. */
  public static final WorkflowJson FORMAT = new WorkflowJson();

  private static final List<String> DEF_FIELDS =
      List.of("id", "description", "taxonomy", "initialNode", "roles", "customerNoteRoles", "nodes", "routing");
  private static final List<String> NODE_FIELDS =
      List.of("name", "description", "terminal", "entryGuards", "transitions");
  private static final List<String> TRANSITION_FIELDS =
      List.of("command", "when", "roles", "requiredFields", "guards", "to", "closeReason", "gradeUp");
  private static final List<String> ROUTING_FIELDS = List.of("rules");
  private static final List<String> RULE_FIELDS =
      List.of("id", "category", "orgUnit", "grades", "department", "owner");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Read<List<String>> NAMES = Reads.arrayOf(Reads.string());
  private static final Read<List<Condition>> CONDITIONS = Reads.arrayOf(Reads.enumByName(Condition.class));

  private static final Read<TransitionDefinition> TRANSITION = Reads.object(TRANSITION_FIELDS, o -> {
    String command = o.required("command", Reads.string());
    List<Condition> when = o.optional("when", CONDITIONS, List.of());
    List<String> roles = o.optional("roles", NAMES, List.of());
    List<ComplaintField> required =
        o.optional("requiredFields", Reads.arrayOf(Reads.enumByName(ComplaintField.class)), List.of());
    List<Condition> guards = o.optional("guards", CONDITIONS, List.of());
    String to = o.optional("to", Reads.string());
    String closeReason = o.optional("closeReason", Reads.string());
    Boolean gradeUp = o.optional("gradeUp", Reads.bool(), false);
    return o.ok() ? new TransitionDefinition(command, when, roles, required, guards, to, closeReason, gradeUp) : null;
  });

  private static final Read<NodeDefinition> NODE = Reads.object(NODE_FIELDS, o -> {
    String name = o.required("name", Reads.string());
    String description = o.optional("description", Reads.string());
    Boolean terminal = o.optional("terminal", Reads.bool(), false);
    List<Condition> entry = o.optional("entryGuards", CONDITIONS, List.of());
    List<TransitionDefinition> transitions = o.optional("transitions", Reads.arrayOf(TRANSITION), List.of());
    return o.ok() ? new NodeDefinition(name, description, terminal, entry, transitions) : null;
  });

  private static final Read<RoutingRule> RULE = Reads.object(RULE_FIELDS, o -> {
    String id = o.required("id", Reads.string());
    String category = o.required("category", Reads.string());
    String orgUnit = o.optional("orgUnit", Reads.string());
    List<Grade> grades = o.optional("grades", Reads.arrayOf(Reads.enumByName(Grade.class)), List.of());
    String department = o.required("department", Reads.string());
    String owner = o.optional("owner", Reads.string());
    return o.ok() ? new RoutingRule(id, category, orgUnit, grades, department, owner) : null;
  });

  private static final Read<Routing> ROUTING = Reads.object(ROUTING_FIELDS, o -> {
    List<RoutingRule> rules = o.required("rules", Reads.arrayOf(RULE));
    return o.ok() ? new Routing(rules) : null;
  });

  private WorkflowJson() {
    super("workflow definition");
  }

  @Override
  protected WorkflowDefinition parse(JsonNode root, Problems problems) {
    ObjectFields o = ObjectFields.of(root, "$", problems, DEF_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.required("id", Reads.string());
    String description = o.optional("description", Reads.string());
    String taxonomy = o.optional("taxonomy", Reads.string(), "mall");
    String initial = o.required("initialNode", Reads.string());
    List<String> roles = o.optional("roles", NAMES, List.of());
    List<String> customerNoteRoles = o.optional("customerNoteRoles", NAMES, List.of());
    List<NodeDefinition> nodes = o.required("nodes", Reads.arrayOf(NODE));
    Routing routing = o.optional("routing", ROUTING);
    if (!o.ok()) {
      return null;
    }
    try {
      return new WorkflowDefinition(id, description, taxonomy, initial, roles, nodes, customerNoteRoles, routing);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /**
   * Writes a definition; {@link #read(JsonNode)} gives an equal one back. Empty lists and absent values are
   * left out; {@code terminal} and {@code gradeUp} are always written, and {@code routing} (after the nodes)
   * whenever the definition has it.
   *
   * @param d the definition
   * @return the document
   */
  public static ObjectNode write(WorkflowDefinition d) {
    ObjectNode root = NODES.objectNode();
    root.put("id", d.id());
    if (d.description() != null) {
      root.put("description", d.description());
    }
    root.put("taxonomy", d.taxonomy());
    root.put("initialNode", d.initialNode());
    names(root, "roles", d.roles());
    names(root, "customerNoteRoles", d.customerNoteRoles());
    if (!d.nodes().isEmpty()) {
      ArrayNode nodes = root.putArray("nodes");
      for (NodeDefinition n : d.nodes()) {
        ObjectNode node = nodes.addObject();
        node.put("name", n.name());
        if (n.description() != null) {
          node.put("description", n.description());
        }
        node.put("terminal", n.terminal());
        names(node, "entryGuards", n.entryGuards().stream().map(Enum::name).toList());
        if (!n.transitions().isEmpty()) {
          ArrayNode ts = node.putArray("transitions");
          for (TransitionDefinition t : n.transitions()) {
            ObjectNode tn = ts.addObject();
            tn.put("command", t.command());
            names(tn, "when", t.when().stream().map(Enum::name).toList());
            names(tn, "roles", t.roles());
            names(tn, "requiredFields", t.requiredFields().stream().map(Enum::name).toList());
            names(tn, "guards", t.guards().stream().map(Enum::name).toList());
            if (t.to() != null) {
              tn.put("to", t.to());
            }
            if (t.closeReason() != null) {
              tn.put("closeReason", t.closeReason());
            }
            tn.put("gradeUp", t.gradeUp());
          }
        }
      }
    }
    if (d.routing() != null) {
      ArrayNode rules = root.putObject("routing").putArray("rules");
      for (RoutingRule r : d.routing().rules()) {
        ObjectNode rule = rules.addObject();
        rule.put("id", r.id());
        rule.put("category", r.category());
        if (r.orgUnit() != null) {
          rule.put("orgUnit", r.orgUnit());
        }
        names(rule, "grades", r.grades().stream().map(Enum::name).toList());
        rule.put("department", r.department());
        if (r.owner() != null) {
          rule.put("owner", r.owner());
        }
      }
    }
    return root;
  }

  private static void names(ObjectNode parent, String field, List<String> names) {
    if (!names.isEmpty()) {
      ArrayNode a = parent.putArray(field);
      names.forEach(a::add);
    }
  }
}
