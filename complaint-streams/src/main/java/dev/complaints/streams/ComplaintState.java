package dev.complaints.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the topology keeps of one complaint: its events, the light of each timer as last reported, the instant the
 * lights were last compared and the instant they are to be compared next (the key of the complaint's entry in the
 * index of next changes). Stored as JSON, the events in the core's own format.
 */
final class ComplaintState {
  private static final ObjectMapper MAPPER = Json.mapper();

  final List<ComplaintEvent> events;
  /** Lights other than NONE as last reported, by timer id. */
  final Map<String, AlertLevel> levels;
  @Nullable Instant checkedAt;
  @Nullable Instant due;

  ComplaintState(List<ComplaintEvent> events, Map<String, AlertLevel> levels, @Nullable Instant checkedAt,
      @Nullable Instant due) {
    this.events = events;
    this.levels = levels;
    this.checkedAt = checkedAt;
    this.due = due;
  }

  static ComplaintState empty() {
    return new ComplaintState(new ArrayList<>(), new TreeMap<>(), null, null);
  }

  long lastVersion() {
    return events.isEmpty() ? 0 : events.get(events.size() - 1).version();
  }

  String toJson() {
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode es = o.putArray("events");
    for (ComplaintEvent e : events) {
      es.add(MAPPER.valueToTree(e));
    }
    ObjectNode ls = o.putObject("levels");
    levels.forEach((timer, level) -> ls.put(timer, level.name()));
    if (checkedAt != null) {
      o.put("checkedAt", checkedAt.toString());
    }
    if (due != null) {
      o.put("due", due.toString());
    }
    return o.toString();
  }

  static ComplaintState fromJson(String json) {
    try {
      JsonNode o = MAPPER.readTree(json);
      List<ComplaintEvent> events = new ArrayList<>();
      for (JsonNode e : o.path("events")) {
        events.add(MAPPER.treeToValue(e, ComplaintEvent.class));
      }
      Map<String, AlertLevel> levels = new TreeMap<>();
      for (Map.Entry<String, JsonNode> l : o.path("levels").properties()) {
        levels.put(l.getKey(), AlertLevel.valueOf(l.getValue().asText()));
      }
      return new ComplaintState(events, levels, instant(o, "checkedAt"), instant(o, "due"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored complaint state is not readable: " + e.getOriginalMessage(), e);
    }
  }

  private static @Nullable Instant instant(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : Instant.parse(v.asText());
  }
}
