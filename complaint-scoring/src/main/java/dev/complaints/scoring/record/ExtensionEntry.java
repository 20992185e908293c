package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How an extension is read from a ticket record: {@code {"duration": "PT12H", "approvedAt": instant}}, or a bare
 * duration string, the earlier form, which is read as approved when the visit was entered.
 */
final class ExtensionEntry {
  final Duration duration;
  final @Nullable Instant approvedAt;

  private ExtensionEntry(Duration duration, @Nullable Instant approvedAt) {
    this.duration = duration;
    this.approvedAt = approvedAt;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ExtensionEntry bare(String duration) {
    // the bare form is the element itself: its errors name the element, not a field in it
    return new ExtensionEntry(Fields.duration(duration, ""), null);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static ExtensionEntry approved(
      @JsonProperty("duration") String duration, @JsonProperty("approvedAt") String approvedAt) {
    return new ExtensionEntry(
        Fields.duration(duration, "duration"), Fields.instant(approvedAt, "approvedAt"));
  }
}
