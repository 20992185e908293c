package dev.complaints.sla.timer;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pause of an SLA timer: from an instant until another, or still open.
 *
 * @param from when the pause began
 * @param to when it ended; null while it is still open
 */
public record Pause(Instant from, @Nullable Instant to) {

  /**
   * Creates a pause.
   *
   * @param from when the pause began
   * @param to when it ended, not before {@code from}; null while open
   */
  public Pause {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a pause cannot end (" + to + ") before it begins (" + from + ")");
    }
  }

  /**
   * A closed pause.
   *
   * @param from when the pause began
   * @param to when it ended
   * @return the pause
   */
  public static Pause of(Instant from, Instant to) {
    return new Pause(from, Objects.requireNonNull(to, "to"));
  }

  /**
   * A pause still open.
   *
   * @param from when the pause began
   * @return the pause
   */
  public static Pause open(Instant from) {
    return new Pause(from, null);
  }
}
