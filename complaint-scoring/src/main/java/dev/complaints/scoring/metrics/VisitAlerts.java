package dev.complaints.scoring.metrics;

import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;

/**
 * The highest alert level one node visit reached, derived from an SLA policy (never from the input). This is
 * the single place where scoring meets the SLA timers; see {@code SlaVisitAlerts} for the policy-backed
 * implementation.
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
   * No node is timed: no alerts at all.
   *
   * @return an evaluator that always answers {@link AlertLevel#NONE}
   */
  static VisitAlerts none() {
    return (ticket, visit, asOf) -> AlertLevel.NONE;
  }
}
