package dev.complaints.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change of an SLA timer's light, as written to the alerts topic (key: the complaint id). A change is
 * identified by complaint, timer, new level and {@code changedAt}: a consumer that sees the same change twice
 * (for example after the topology was rebuilt from the events topic under a new application id) can drop it.
 *
 * @param complaintId the complaint
 * @param timerId the timer, unique in its complaint (such as {@code GRADING#1})
 * @param target the SLA policy target of the timer
 * @param node the node of a node timer; null for a target spanning nodes
 * @param from the light before
 * @param to the light from {@code changedAt} on
 * @param changedAt the instant the light changed, as the SLA tracker computes it
 * @param emittedAt the wall-clock instant of the punctuation that emitted the change
 */
public record AlertChange(String complaintId, String timerId, String target, @Nullable String node,
    AlertLevel from, AlertLevel to, Instant changedAt, Instant emittedAt) {
  private static final ObjectMapper MAPPER = Json.mapper();

  /**
   * Checks the values.
   *
   * @param complaintId not null
   * @param timerId not null
   * @param target not null
   * @param node may be null
   * @param from not null
   * @param to not null
   * @param changedAt not null
   * @param emittedAt not null
   */
  public AlertChange {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(timerId, "timerId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(emittedAt, "emittedAt");
  }

  /**
   * The change as a JSON object: {@code {"complaintId", "timerId", "target", "node", "from", "to", "changedAt",
   * "emittedAt"}}, instants in ISO-8601 UTC.
   *
   * @return the JSON text
   */
  public String toJson() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("complaintId", complaintId).put("timerId", timerId).put("target", target);
    if (node == null) {
      o.putNull("node");
    } else {
      o.put("node", node);
    }
    o.put("from", from.name()).put("to", to.name())
        .put("changedAt", changedAt.toString()).put("emittedAt", emittedAt.toString());
    return o.toString();
  }

  /**
   * Reads a change written by {@link #toJson()}.
   *
   * @param json the JSON text
   * @return the change
   * @throws IllegalArgumentException when the text is not such a change
   */
  public static AlertChange fromJson(String json) {
    try {
      JsonNode o = MAPPER.readTree(json);
      JsonNode node = o.path("node");
      return new AlertChange(text(o, "complaintId"), text(o, "timerId"), text(o, "target"),
          node.isTextual() ? node.asText() : null,
          AlertLevel.valueOf(text(o, "from")), AlertLevel.valueOf(text(o, "to")),
          Instant.parse(text(o, "changedAt")), Instant.parse(text(o, "emittedAt")));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not an SLA alert change: " + json, e);
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("missing text field " + field);
    }
    return v.asText();
  }
}
