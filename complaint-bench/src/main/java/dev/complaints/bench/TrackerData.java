package dev.complaints.bench;

import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.timer.TimerSignal;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/**
 * Open complaints for the tracker benchmarks: each has entered one node of the {@code mall-ticket} workflow (one
 * open node timer) at a business-hours-like instant of the three weeks before {@link #NOW}, spread over the five
 * timed nodes, so that at {@code NOW} their lights are of every colour and their next changes spread over days.
 */
public final class TrackerData {

  /** The instant the benchmarks ask about (Wednesday 21 October 2026, 10:00 in Shanghai). */
  public static final Instant NOW = OffsetDateTime.parse("2026-10-21T10:00:00+08:00").toInstant();

  private static final String[] NODES = {"GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT"};

  private TrackerData() {}

  /**
   * A tracker of {@code n} open complaints, {@code C-0} … (the same for the same {@code n}).
   *
   * @param n how many complaints
   * @return the tracker
   */
  public static SlaTracker tracker(int n) {
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < n; i++) {
      long back = r.nextLong(21L * 24 * 3600); // up to three weeks before NOW
      Instant entered = NOW.minusSeconds(back);
      String node = NODES[r.nextInt(NODES.length)];
      tracker.apply("C-" + i, new TimerSignal.Entered(node, entered));
    }
    return tracker;
  }
}
