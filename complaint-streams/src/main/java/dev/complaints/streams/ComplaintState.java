package dev.complaints.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * index of next changes).
 *
 * <p>Stored as text: a first line with a JSON object of everything but the events, then one line per event, the
 * event's JSON in the core's own format as it arrived. The events are read back into objects only when they are
 * needed (a comparison of the lights, a ticket record), not on every appended event.
 */
final class ComplaintState {
  private static final ObjectMapper MAPPER = Json.mapper();

  /** Each event as one line of JSON, in order. */
  private final List<String> eventLines;
  private @Nullable List<ComplaintEvent> events;
  private long lastVersion;
  /** Lights other than NONE as last reported, by timer id. */
  final Map<String, AlertLevel> levels;
  @Nullable Instant checkedAt;
  @Nullable Instant due;

  private ComplaintState(List<String> eventLines, long lastVersion, Map<String, AlertLevel> levels,
      @Nullable Instant checkedAt, @Nullable Instant due) {
    this.eventLines = eventLines;
    this.lastVersion = lastVersion;
    this.levels = levels;
    this.checkedAt = checkedAt;
    this.due = due;
  }

  static ComplaintState empty() {
    return new ComplaintState(new ArrayList<>(), 0, new TreeMap<>(), null, null);
  }

  long lastVersion() {
    return lastVersion;
  }

  boolean isEmpty() {
    return eventLines.isEmpty();
  }

  /**
   * Appends an event.
   *
   * @param event the event
   * @param json its JSON text as it arrived (written again on one line when it spans several)
   */
  void append(ComplaintEvent event, String json) {
    eventLines.add(json.indexOf('\n') < 0 && json.indexOf('\r') < 0 ? json : write(event));
    lastVersion = event.version();
    if (events != null) {
      events.add(event);
    }
  }

  /** The events, read from their JSON on first use. */
  List<ComplaintEvent> events() {
    if (events == null) {
      List<ComplaintEvent> read = new ArrayList<>(eventLines.size());
      for (String line : eventLines) {
        try {
          read.add(MAPPER.readValue(line, ComplaintEvent.class));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("a stored complaint event is not readable: " + e.getOriginalMessage(), e);
        }
      }
      events = read;
    }
    return events;
  }

  String toText() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("lastVersion", lastVersion);
    ObjectNode ls = o.putObject("levels");
    levels.forEach((timer, level) -> ls.put(timer, level.name()));
    if (checkedAt != null) {
      o.put("checkedAt", checkedAt.toString());
    }
    if (due != null) {
      o.put("due", due.toString());
    }
    StringBuilder out = new StringBuilder(o.toString());
    for (String line : eventLines) {
      out.append('\n').append(line);
    }
    return out.toString();
  }

  static ComplaintState fromText(String text) {
    String[] lines = text.split("\n", -1);
    try {
      JsonNode o = MAPPER.readTree(lines[0]);
      Map<String, AlertLevel> levels = new TreeMap<>();
      for (Map.Entry<String, JsonNode> l : o.path("levels").properties()) {
        levels.put(l.getKey(), AlertLevel.valueOf(l.getValue().asText()));
      }
      List<String> eventLines = new ArrayList<>(lines.length);
      for (int i = 1; i < lines.length; i++) {
        eventLines.add(lines[i]);
      }
      return new ComplaintState(eventLines, o.path("lastVersion").asLong(), levels, instant(o, "checkedAt"),
          instant(o, "due"));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored complaint state is not readable: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(ComplaintEvent event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static @Nullable Instant instant(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : Instant.parse(v.asText());
  }
}
