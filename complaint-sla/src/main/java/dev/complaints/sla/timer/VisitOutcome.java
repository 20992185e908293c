package dev.complaints.sla.timer;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.ClockKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SLA outcome of one timer, evaluated up to its stop or up to an as-of instant, whichever is first (the
 * <em>end</em> of the evaluation).
 *
 * <p>An extension applies from the instant it was approved and never erases a level already reached: {@link #level}
 * is the light at the end, judged against the limit in force then, and can be lower than {@link #highestLevel},
 * which keeps every level the timer held before an approval.
 *
 * @param targetName the policy target that timed it
 * @param clock the clock the limit and elapsed time are counted on (of the grade in force at the end)
 * @param limit the target's limit for the grade in force at the end, plus every extension approved by the end, as
 *     working time on the clock (for WORKING_DAYS the whole-working-day time from the start to the n-th working
 *     day's end)
 * @param elapsed working time spent by the end, pauses removed where the target pauses
 * @param deadline when the elapsed time reaches (or reached) {@code limit}, counting the pauses known and assuming
 *     no further pause
 * @param level the alert level at the end, against {@code limit}
 * @param highestLevel the highest alert level held at any instant up to the end: the level at the end, and for each
 *     extension approval or regrade after the start the level just before it, against the limit in force then
 * @param firstRedAt the first instant at which the timer was RED_1 or above (its working time past the limit then
 *     in force); null when it was not red by the end
 * @param stopped whether the timer was stopped by the end
 * @param met whether it was stopped without ever having been red
 */
public record VisitOutcome(
    String targetName,
    ClockKind clock,
    Duration limit,
    Duration elapsed,
    Instant deadline,
    AlertLevel level,
    AlertLevel highestLevel,
    @Nullable Instant firstRedAt,
    boolean stopped,
    boolean met) {

  /**
   * Creates an outcome.
   *
   * @param targetName the policy target
   * @param clock the clock
   * @param limit the limit in force at the end
   * @param elapsed working time spent
   * @param deadline when the limit is reached
   * @param level the alert level at the end
   * @param highestLevel the highest alert level held, not below {@code level}
   * @param firstRedAt when the timer first turned red; not null exactly when {@code highestLevel} is red
   * @param stopped whether stopped
   * @param met whether stopped without having been red
   */
  public VisitOutcome {
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(highestLevel, "highestLevel");
    if (highestLevel.compareTo(level) < 0) {
      throw new IllegalArgumentException("the highest level " + highestLevel + " is below the level " + level);
    }
    if ((firstRedAt != null) != highestLevel.isRed()) {
      throw new IllegalArgumentException(
          "firstRedAt " + firstRedAt + " does not agree with the highest level " + highestLevel);
    }
  }

  /**
   * Whether the timer has been past its limit at some instant (its highest level is red), stopped or not.
   *
   * @return true when it was overdue
   */
  public boolean overdue() {
    return highestLevel.isRed();
  }
}
