package dev.complaints.core.workflow;

import dev.complaints.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The workflow presets (docs/core.md), shipped as JSON resources under
 * {@code dev/complaints/core/workflow/presets/}:
 * {@code mall-ticket} (the mall complaint ticket), {@code seven-step} (the seven-step procedure) and
 * {@code retail-plan} (the retail complaint plan).
 */
public final class WorkflowPresets {
  /** The preset ids. */
  public static final List<String> IDS = List.of("mall-ticket", "seven-step", "retail-plan");

  private WorkflowPresets() {}

  /**
   * The mall ticket workflow: ACCEPTANCE, GRADING, PLANNING, CUSTOMER_FEEDBACK, HANDLING, RETURN_VISIT, CLOSED.
   *
   * @return the definition
   */
  public static WorkflowDefinition mallTicket() {
    return load("mall-ticket");
  }

  /**
   * The seven-step workflow: RECEIPT, INVESTIGATION, DEPARTMENT_HANDLING, CUSTOMER_AGREEMENT, IMPLEMENTATION,
   * RETURN_VISIT, CLOSED.
   *
   * @return the definition
   */
  public static WorkflowDefinition sevenStep() {
    return load("seven-step");
  }

  /**
   * The retail plan workflow: RECEIVED, CLASSIFICATION, PLANNING, EXECUTION, FEEDBACK, CLOSED.
   *
   * @return the definition
   */
  public static WorkflowDefinition retailPlan() {
    return load("retail-plan");
  }

  /**
   * A preset by id.
   *
   * @param id one of {@link #IDS}
   * @return the definition
   * @throws IllegalArgumentException for another id, naming the allowed ones
   */
  public static WorkflowDefinition load(String id) {
    Checks.notBlank(id, "preset id");
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException("unknown workflow preset '" + id + "'; allowed: " + String.join(", ", IDS));
    }
    return WorkflowDefinitions.read(resourceText(id));
  }

  /**
   * The JSON text of a preset, as shipped.
   *
   * @param id one of {@link #IDS}
   * @return the JSON text
   */
  public static String resourceText(String id) {
    Checks.notBlank(id, "preset id");
    if (!IDS.contains(id)) {
      throw new IllegalArgumentException("unknown workflow preset '" + id + "'; allowed: " + String.join(", ", IDS));
    }
    String path = "presets/" + id + ".json";
    try (InputStream in = WorkflowPresets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("workflow preset resource " + path + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
