package dev.complaints.core.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.ComplaintField;
import dev.complaints.core.workflow.Condition;
import dev.complaints.core.workflow.NodeDefinition;
import dev.complaints.core.workflow.TransitionDefinition;
import dev.complaints.core.workflow.WorkflowDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a workflow definition from a JSON tree, reporting every structural problem (unknown or missing fields,
 * wrong types, unknown enum values) with its JSON path; then the definition's own validation reports the
 * semantic ones. Not API.
 */
public final class DefinitionParser {
  private static final List<String> DEF_FIELDS =
      List.of("id", "description", "taxonomy", "initialNode", "roles", "customerNoteRoles", "nodes");
  private static final List<String> NODE_FIELDS =
      List.of("name", "description", "terminal", "entryGuards", "transitions");
  private static final List<String> TRANSITION_FIELDS =
      List.of("command", "when", "roles", "requiredFields", "guards", "to", "closeReason", "gradeUp");

  /** Problems that leave a part unreadable (missing or mistyped values). */
  private final List<Problem> problems = new ArrayList<>();
  /** Unknown fields: reported, but the rest can still be read and checked. */
  private final List<Problem> unknownFields = new ArrayList<>();

  private DefinitionParser() {}

  /**
   * Parses and validates.
   *
   * @param root the JSON tree
   * @return the definition
   * @throws ValidationException with every problem found
   */
  public static WorkflowDefinition parse(JsonNode root) {
    DefinitionParser p = new DefinitionParser();
    WorkflowDefinition def = null;
    List<Problem> semantic = List.of();
    try {
      def = p.definition(root);
    } catch (ValidationException e) {
      semantic = e.problems();
    }
    // unknown fields do not stop the semantic checks, so one run lists both kinds
    List<Problem> all = new ArrayList<>(p.problems);
    all.addAll(p.unknownFields);
    all.addAll(semantic);
    if (!all.isEmpty() || def == null) {
      String id = root != null && root.path("id").isTextual() ? "'" + root.path("id").asText() + "'" : "";
      throw new ValidationException("workflow definition " + id, all);
    }
    return def;
  }

  private WorkflowDefinition definition(JsonNode root) {
    if (root == null || !root.isObject()) {
      problems.add(Problem.of("$", "a workflow definition must be a JSON object, found " + kind(root)));
      return null;
    }
    fields(root, "$", DEF_FIELDS);
    String id = text(root, "$", "id", true);
    String description = text(root, "$", "description", false);
    String taxonomy = text(root, "$", "taxonomy", false);
    String initial = text(root, "$", "initialNode", true);
    List<String> roles = list(root, "$", "roles", false, this::textValue);
    List<String> customerNoteRoles = list(root, "$", "customerNoteRoles", false, this::textValue);
    List<NodeDefinition> nodes = list(root, "$", "nodes", true, null);
    JsonNode nodesJson = root.get("nodes");
    if (nodesJson != null && nodesJson.isArray()) {
      nodes = new ArrayList<>();
      for (int i = 0; i < nodesJson.size(); i++) {
        NodeDefinition n = node(nodesJson.get(i), "$.nodes[" + i + "]");
        if (n != null) {
          nodes.add(n);
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new WorkflowDefinition(id, description, taxonomy == null ? "mall" : taxonomy, initial, roles, nodes,
        customerNoteRoles);
  }

  private NodeDefinition node(JsonNode json, String path) {
    if (!json.isObject()) {
      problems.add(Problem.of(path, "a node must be a JSON object, found " + kind(json)));
      return null;
    }
    int before = problems.size();
    fields(json, path, NODE_FIELDS);
    String name = text(json, path, "name", true);
    String description = text(json, path, "description", false);
    boolean terminal = bool(json, path, "terminal");
    List<Condition> entry = list(json, path, "entryGuards", false, enumValue(Condition.class));
    List<TransitionDefinition> transitions = new ArrayList<>();
    JsonNode ts = json.get("transitions");
    if (ts != null && !ts.isNull()) {
      if (!ts.isArray()) {
        problems.add(Problem.of(path + ".transitions", "must be an array, found " + kind(ts)));
      } else {
        for (int j = 0; j < ts.size(); j++) {
          TransitionDefinition t = transition(ts.get(j), path + ".transitions[" + j + "]");
          if (t != null) {
            transitions.add(t);
          }
        }
      }
    }
    if (problems.size() != before) {
      return null;
    }
    return new NodeDefinition(name, description, terminal, entry, transitions);
  }

  private TransitionDefinition transition(JsonNode json, String path) {
    if (!json.isObject()) {
      problems.add(Problem.of(path, "a transition must be a JSON object, found " + kind(json)));
      return null;
    }
    int before = problems.size();
    fields(json, path, TRANSITION_FIELDS);
    String command = text(json, path, "command", true);
    List<Condition> when = list(json, path, "when", false, enumValue(Condition.class));
    List<String> roles = list(json, path, "roles", false, this::textValue);
    List<ComplaintField> required = list(json, path, "requiredFields", false, enumValue(ComplaintField.class));
    List<Condition> guards = list(json, path, "guards", false, enumValue(Condition.class));
    String to = text(json, path, "to", false);
    String closeReason = text(json, path, "closeReason", false);
    boolean gradeUp = bool(json, path, "gradeUp");
    if (problems.size() != before) {
      return null;
    }
    return new TransitionDefinition(command, when, roles, required, guards, to, closeReason, gradeUp);
  }

  private void fields(JsonNode obj, String path, List<String> allowed) {
    Iterator<String> names = obj.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!allowed.contains(f)) {
        unknownFields.add(
            Problem.of(path + "." + f, "unknown field '" + f + "'; allowed: " + String.join(", ", allowed)));
      }
    }
  }

  private String text(JsonNode obj, String path, String field, boolean required) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(Problem.of(path + "." + field, "missing required field '" + field + "'"));
      }
      return null;
    }
    if (!v.isTextual()) {
      problems.add(Problem.of(path + "." + field, "must be a string, found " + kind(v)));
      return null;
    }
    if (v.asText().isBlank()) {
      problems.add(Problem.of(path + "." + field, "must not be blank"));
      return null;
    }
    return v.asText();
  }

  private boolean bool(JsonNode obj, String path, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      problems.add(Problem.of(path + "." + field, "must be true or false, found " + kind(v)));
      return false;
    }
    return v.asBoolean();
  }

  private <T> List<T> list(JsonNode obj, String path, String field, boolean required,
      Function<Item, T> element) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(Problem.of(path + "." + field, "missing required field '" + field + "'"));
      }
      return List.of();
    }
    if (!v.isArray()) {
      problems.add(Problem.of(path + "." + field, "must be an array, found " + kind(v)));
      return List.of();
    }
    if (element == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      T t = element.apply(new Item(v.get(i), path + "." + field + "[" + i + "]"));
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private record Item(JsonNode json, String path) {}

  private String textValue(Item item) {
    if (!item.json().isTextual() || item.json().asText().isBlank()) {
      problems.add(Problem.of(item.path(), "must be a non-blank string, found " + kind(item.json())));
      return null;
    }
    return item.json().asText();
  }

  private <E extends Enum<E>> Function<Item, E> enumValue(Class<E> type) {
    return item -> {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      if (!item.json().isTextual()) {
        problems.add(Problem.of(item.path(), "must be one of " + allowed + ", found " + kind(item.json())));
        return null;
      }
      Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
      if (!names.contains(item.json().asText())) {
        problems.add(Problem.of(item.path(), "unknown " + simpleName(type) + " '" + item.json().asText()
            + "'; allowed: " + allowed));
        return null;
      }
      return Enum.valueOf(type, item.json().asText());
    };
  }

  private static String simpleName(Class<?> type) {
    return type == Condition.class ? "condition" : "field";
  }

  private static String kind(JsonNode v) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isTextual()) {
      return "a string";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }
}
