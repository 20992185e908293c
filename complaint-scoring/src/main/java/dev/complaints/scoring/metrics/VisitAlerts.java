package dev.complaints.scoring.metrics;

import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The highest alert level one node visit reached, derived from an SLA policy (never from the input). This is
 * the single place where scoring meets the SLA timers; see {@code SlaVisitAlerts} for the policy-backed
 * implementation, which applies the same rules as the live timers.
 *
 * <p>The highest level never falls as {@code asOf} moves later: a later extension approval does not erase a level
 * already reached.
 */
@FunctionalInterface
public interface VisitAlerts {

  /**
   * The highest level the visit reached by {@code asOf}.
   *
   * @param ticket the ticket (its final grade selects the limit)
   * @param visit the node visit
   * @param asOf the report instant: a visit still open then counts at the level reached by then
   * @return the highest level; {@link AlertLevel#NONE} when the node has no target
   */
  AlertLevel highestLevel(TicketRecord ticket, StageRecord visit, Instant asOf);

  /**
   * The first instant at which the visit was red (RED_1 or above), when it was by {@code asOf}: the instant a
   * node red light is dated by for fines. The default finds it by bisection over {@link #highestLevel}, to the
   * nanosecond; the policy-backed implementation answers directly.
   *
   * @param ticket the ticket
   * @param visit the node visit
   * @param asOf the report instant
   * @return the first red instant; null when the visit was not red by {@code asOf}
   */
  default @Nullable Instant firstRedAt(TicketRecord ticket, StageRecord visit, Instant asOf) {
    Instant left = visit.leftAt();
    Instant hi = left != null && left.isBefore(asOf) ? left : asOf;
    if (!highestLevel(ticket, visit, hi).isRed()) {
      return null;
    }
    Instant lo = visit.enteredAt();
    if (highestLevel(ticket, visit, lo).isRed()) {
      return lo;
    }
    // invariant: not red by lo, red by hi
    while (Duration.between(lo, hi).compareTo(Duration.ofNanos(1)) > 0) {
      Instant mid = lo.plus(Duration.between(lo, hi).dividedBy(2));
      if (highestLevel(ticket, visit, mid).isRed()) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /**
   * No node is timed: no alerts at all.
   *
   * @return an evaluator that always answers {@link AlertLevel#NONE}
   */
  static VisitAlerts none() {
    return (ticket, visit, asOf) -> AlertLevel.NONE;
  }
}
