package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A pause of a stage timer: from an instant, to an instant or still paused.
 *
 * @param from when the pause began
 * @param to when it ended; empty while it lasts
 */
public record PauseRecord(Instant from, Optional<Instant> to) {

  /**
   * Validates the pause.
   *
   * @param from start, not null
   * @param to end, not before {@code from} when present
   */
  public PauseRecord {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new FieldException("to", to.get() + " is before from " + from);
    }
  }

  /**
   * A closed pause.
   *
   * @param from start
   * @param to end
   * @return the pause
   */
  public static PauseRecord of(Instant from, Instant to) {
    return new PauseRecord(from, Optional.of(to));
  }

  @JsonCreator
  static PauseRecord json(@JsonProperty("from") String from, @JsonProperty("to") String to) {
    return new PauseRecord(Fields.instant(from, "from"), Fields.optionalInstant(to, "to"));
  }
}
