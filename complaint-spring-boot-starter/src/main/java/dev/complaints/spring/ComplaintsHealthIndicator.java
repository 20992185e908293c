package dev.complaints.spring;

import dev.complaints.core.store.ComplaintStore;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Clock;
import java.util.Objects;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code complaints} health: UP with the number of open SLA timers, of tracked complaints and the last date of
 * holiday data of the SLA calendars ({@code calendarDataEnds}, {@code none} when no calendar is limited to the
 * years of a dataset); DOWN when the complaint store cannot be read.
 */
public class ComplaintsHealthIndicator extends AbstractHealthIndicator {
  /** The complaint id the store is asked about; no complaint needs to have it. */
  static final String PROBE_ID = "complaints-health-probe";

  private final ComplaintStore store;
  private final SlaTracker tracker;
  private final Clock clock;

  /**
   * Creates the indicator.
   *
   * @param store the store, asked for the version of a complaint
   * @param tracker the tracker
   * @param clock where "now" comes from
   */
  public ComplaintsHealthIndicator(ComplaintStore store, SlaTracker tracker, Clock clock) {
    super("complaints health check failed");
    this.store = Objects.requireNonNull(store, "store");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    try {
      store.version(PROBE_ID);
    } catch (RuntimeException e) {
      // DOWN with the kind of failure only: no stack trace per probe, no message that could quote stored data
      builder.down().withDetail("store", e.getClass().getSimpleName());
      return;
    }
    SlaBoard board = tracker.board(clock.instant(), (complaintId, e) -> { });
    builder.up()
        .withDetail("openTimers", board.total())
        .withDetail("trackedComplaints", tracker.complaintIds().size())
        .withDetail("calendarDataEnds", Objects.toString(tracker.calendarDataEnds(), "none"));
  }
}
