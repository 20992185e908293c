package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The alerts topic's value: its JSON text, read back. */
class AlertChangeTest {
  private static final AlertChange CHANGE = new AlertChange("C-1", "HANDLING#1", "HANDLING", "HANDLING",
      AlertLevel.YELLOW, AlertLevel.RED_1, Instant.parse("2026-10-14T02:36:00.000000001Z"),
      Instant.parse("2026-10-14T02:37:00Z"));

  @Test
  void theTextIsTheDocumentedObject() {
    assertThat(CHANGE.toJson()).isEqualTo("{\"complaintId\":\"C-1\",\"timerId\":\"HANDLING#1\",\"target\":\"HANDLING\","
        + "\"node\":\"HANDLING\",\"from\":\"YELLOW\",\"to\":\"RED_1\",\"changedAt\":\"2026-10-14T02:36:00.000000001Z\","
        + "\"emittedAt\":\"2026-10-14T02:37:00Z\"}");
    AlertChange spanning = new AlertChange("C-1", "REPORT#1", "REPORT", null, AlertLevel.NONE, AlertLevel.YELLOW,
        CHANGE.changedAt(), CHANGE.emittedAt());
    assertThat(spanning.toJson()).contains("\"node\":null");
    assertThat(AlertChange.fromJson(spanning.toJson())).isEqualTo(spanning);
    assertThat(AlertChange.fromJson(CHANGE.toJson())).isEqualTo(CHANGE);
  }

  @Test
  void fieldsOfALaterVersionAreIgnoredAndAMissingOneIsRefused() {
    String later = CHANGE.toJson().replace("}", ",\"severity\":2}");
    assertThat(AlertChange.fromJson(later)).isEqualTo(CHANGE);
    String missing = CHANGE.toJson().replace("\"to\":\"RED_1\",", "");
    assertThatThrownBy(() -> AlertChange.fromJson(missing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not an SLA alert change: ");
  }
}
