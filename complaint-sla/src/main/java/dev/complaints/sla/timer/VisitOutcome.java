package dev.complaints.sla.timer;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.ClockKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The SLA outcome of one timer, evaluated up to its stop or up to an as-of instant, whichever is first.
 *
 * @param targetName the policy target that timed it
 * @param clock the clock the limit and elapsed time are counted on
 * @param limit the target's limit for the grade plus every approved extension, as working time on the clock
 *     (for WORKING_DAYS the whole-working-day time from the start to the n-th working day's end)
 * @param elapsed working time spent, pauses removed
 * @param deadline when the elapsed time reaches (or reached) the limit, counting the pauses known and assuming
 *     no further pause
 * @param highestLevel the highest alert level reached by the end of the evaluation
 * @param stopped whether the timer was stopped by then
 * @param met whether it was stopped with elapsed &le; limit
 */
public record VisitOutcome(
    String targetName,
    ClockKind clock,
    Duration limit,
    Duration elapsed,
    Instant deadline,
    AlertLevel highestLevel,
    boolean stopped,
    boolean met) {

  /**
   * Creates an outcome.
   *
   * @param targetName the policy target
   * @param clock the clock
   * @param limit the limit
   * @param elapsed working time spent
   * @param deadline when the limit is reached
   * @param highestLevel highest alert level reached
   * @param stopped whether stopped
   * @param met whether stopped in time
   */
  public VisitOutcome {
    Objects.requireNonNull(targetName, "targetName");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(highestLevel, "highestLevel");
  }

  /**
   * Whether the timer is past its limit (elapsed &gt; limit), stopped or not.
   *
   * @return true when overdue
   */
  public boolean overdue() {
    return highestLevel.isRed();
  }
}
