package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.complaints.sla.timer.Pause;

/** How a pause is read from a ticket record: {@code {"from": instant, "to": instant}}, {@code to} optional. */
final class PauseEntry {
  final Pause pause;

  private PauseEntry(Pause pause) {
    this.pause = pause;
  }

  @JsonCreator
  static PauseEntry json(@JsonProperty("from") String from, @JsonProperty("to") String to) {
    var start = Fields.instant(from, "from");
    var end = Fields.optionalInstant(to, "to");
    if (end != null && end.isBefore(start)) {
      throw new FieldException("to", "must not be before from, " + start + " (found " + end + ")");
    }
    return new PauseEntry(new Pause(start, end));
  }
}
