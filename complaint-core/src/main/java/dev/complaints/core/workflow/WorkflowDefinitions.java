package dev.complaints.core.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.internal.WorkflowJson;
import java.util.List;
import java.util.Objects;

/**
 * The JSON form of {@link WorkflowDefinition}s, with the same entry points as every format of the library
 * (docs/json.md): {@link #read(String)} and {@link #read(JsonNode)} return the definition or throw a
 * {@link ValidationException} carrying every problem with its JSON path, {@link #problems(JsonNode)} returns
 * the problems, {@link #toJson(WorkflowDefinition)} writes the tree and {@link #toJsonString(WorkflowDefinition)}
 * its indented text. The presets are {@link WorkflowPresets}.
 *
 * <p>The form: {@code {"id":"mall-ticket","description":"…","taxonomy":"mall","initialNode":"ACCEPTANCE",
 * "roles":["CUSTOMER_SERVICE",…],"customerNoteRoles":["CUSTOMER_SERVICE"],"nodes":[{"name":"ACCEPTANCE",
 * "terminal":false,"entryGuards":[],"transitions":[{"command":"AcceptComplaint","roles":["CUSTOMER_SERVICE"],
 * "to":"GRADING"}]},…]}}. Problems of the structure come first (unknown, missing and repeated fields, wrong
 * types, unknown enum values); once the structure is sound, the definition's own checks follow (references,
 * reachability, dead ends…).
 */
public final class WorkflowDefinitions {
  private WorkflowDefinitions() {}

  /**
   * Reads a definition from JSON text.
   *
   * @param json the text
   * @return the definition
   * @throws ValidationException listing every problem with its JSON path; text that is not JSON is one problem at
   *     the path where reading stopped, with the line and column
   */
  public static WorkflowDefinition read(String json) {
    return WorkflowJson.FORMAT.read(json);
  }

  /**
   * Reads a definition from a JSON tree.
   *
   * @param json the tree
   * @return the definition
   * @throws ValidationException listing every problem with its JSON path
   */
  public static WorkflowDefinition read(JsonNode json) {
    return WorkflowJson.FORMAT.read(json);
  }

  /**
   * Every problem of a definition given as a JSON tree, for tools that report rather than throw.
   *
   * @param json the tree
   * @return the problems, empty when the definition is valid
   */
  public static List<Problem> problems(JsonNode json) {
    return WorkflowJson.FORMAT.problems(json);
  }

  /**
   * Writes a definition; {@link #read(JsonNode)} reads it back to an equal definition.
   *
   * @param definition the definition
   * @return the JSON tree
   */
  public static ObjectNode toJson(WorkflowDefinition definition) {
    return WorkflowJson.write(Objects.requireNonNull(definition, "definition"));
  }

  /**
   * Writes a definition as indented JSON text; {@link #read(String)} reads it back to an equal definition.
   *
   * @param definition the definition
   * @return the JSON text
   */
  public static String toJsonString(WorkflowDefinition definition) {
    return JsonFormat.toJsonString(toJson(definition));
  }
}
