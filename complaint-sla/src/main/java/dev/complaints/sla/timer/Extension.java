package dev.complaints.sla.timer;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An approved extension of a timer: working time added to its limit from the instant it was approved.
 *
 * <p>An extension never erases a level the timer already reached: before {@code approvedAt} the timer is judged
 * against the limit without it, from {@code approvedAt} on against the longer one. An extension approved after the
 * timer stopped counts for nothing.
 *
 * @param duration the working time added, on the timer's own clock; zero or positive
 * @param approvedAt when the extension was approved
 */
public record Extension(Duration duration, Instant approvedAt) {

  /**
   * Creates an extension.
   *
   * @param duration the working time added, not negative
   * @param approvedAt when it was approved
   * @throws IllegalArgumentException for a negative duration
   */
  public Extension {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(approvedAt, "approvedAt");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("an extension must not be negative, was " + duration);
    }
  }

  /**
   * An extension of {@code duration} approved at {@code approvedAt}.
   *
   * @param duration the working time added, not negative
   * @param approvedAt when it was approved
   * @return the extension
   */
  public static Extension of(Duration duration, Instant approvedAt) {
    return new Extension(duration, approvedAt);
  }
}
