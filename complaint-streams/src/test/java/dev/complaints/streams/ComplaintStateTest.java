package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored text of a complaint's state, and the keys of the index of next changes. */
class ComplaintStateTest {

  @Test
  void theStateReadsBackAsWritten() throws Exception {
    OneComplaint c = new OneComplaint("C-10");
    c.toHandling(Instant.parse("2026-10-13T02:30:00Z"), Grade.SERIOUS);
    ComplaintState state = ComplaintState.empty();
    for (int i = 0; i < c.events.size(); i++) {
      ComplaintEvent e = c.events.get(i);
      // a host may publish events pretty-printed: such an event is kept on one line all the same
      String json = i % 2 == 0 ? TopologyHarness.json(e)
          : Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(e);
      state.append(e, json);
    }
    state.levels.put("GRADING#1", AlertLevel.YELLOW);
    state.checkedAt = Instant.parse("2026-10-13T03:00:00.000000001Z");
    state.due = Instant.parse("2026-10-14T02:36:00Z");

    ComplaintState read = ComplaintState.fromText(state.toText());

    assertThat(read.events()).isEqualTo(c.events);
    assertThat(read.lastVersion()).isEqualTo(c.events.get(c.events.size() - 1).version());
    assertThat(read.levels).containsExactlyEntriesOf(java.util.Map.of("GRADING#1", AlertLevel.YELLOW));
    assertThat(read.checkedAt).isEqualTo(state.checkedAt);
    assertThat(read.due).isEqualTo(state.due);
    assertThat(state.toText().lines().count()).isEqualTo(1 + c.events.size());
  }

  @Test
  void indexKeysSortByInstantAndTheBoundTakesWhatIsDue() {
    Instant t = Instant.parse("2026-10-13T02:30:00Z");
    List<String> keys = new ArrayList<>(List.of(
        NextChangeKey.of(t.plusSeconds(1), "A"),
        NextChangeKey.of(t, "Z"),
        NextChangeKey.of(t.plusNanos(1), "B"),
        NextChangeKey.of(Instant.parse("2100-01-01T00:00:00Z"), "C")));
    keys.sort(null);
    assertThat(keys).extracting(k -> k.substring(k.indexOf('|') + 1)).containsExactly("Z", "B", "A", "C");
    // rounded up: a change one nanosecond after t is due from the next millisecond on
    assertThat(NextChangeKey.of(t.plusNanos(1), "B").compareTo(NextChangeKey.upTo(t))).isPositive();
    assertThat(NextChangeKey.of(t.plusNanos(1), "B").compareTo(NextChangeKey.upTo(t.plusMillis(1)))).isNegative();
    assertThat(NextChangeKey.of(t, "\uD83D\uDE00").compareTo(NextChangeKey.upTo(t))).isNegative();
  }
}
