package dev.complaints.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
  private static final ObjectReader READER = MAPPER.readerFor(AlertChange.class)
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an alert change cannot be written: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a change written by {@link #toJson()}; fields it does not know are ignored, so that a consumer reads
   * the changes of a later version.
   *
   * @param json the JSON text
   * @return the change
   * @throws IllegalArgumentException when the text is not such a change
   */
  public static AlertChange fromJson(String json) {
    try {
      return READER.readValue(json);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("not an SLA alert change: " + json, e);
    }
  }
}
