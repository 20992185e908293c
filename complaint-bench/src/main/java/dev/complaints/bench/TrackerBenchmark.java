package dev.complaints.bench;

import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The SLA tracker over many open complaints ({@link TrackerData}: one open node timer each):
 *
 * <ul>
 *   <li>{@code nextChangeAt} — what a scheduler asks: the next change after an instant that moves forward by a
 *       millisecond a call (the index answers; the complaints whose change has passed are worked out again);
 *   <li>{@code nextChangeAtScan} — the baseline: the same question at an instant before the latest one asked,
 *       which the tracker answers by asking every complaint (as it did for every question before the index);
 *   <li>{@code statusAt}, {@code board} — every timer's status and the SLA board at an instant (both look at
 *       every complaint by nature).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TrackerBenchmark {

  /** How many open complaints. */
  @Param({"1000000"})
  public int complaints;

  private SlaTracker tracker;
  private Instant now;
  private Instant earlier;

  /** Builds the tracker and asks once, which indexes every complaint. */
  @Setup
  public void setUp() {
    tracker = TrackerData.tracker(complaints);
    now = TrackerData.NOW;
    earlier = now.minus(Duration.ofHours(1));
    tracker.nextChangeAt(now);
  }

  /**
   * The next change after an instant a millisecond later than the last one asked.
   *
   * @return the next change
   */
  @Benchmark
  public Optional<Instant> nextChangeAt() {
    now = now.plusMillis(1);
    return tracker.nextChangeAt(now);
  }

  /**
   * Baseline: the next change found by asking every complaint.
   *
   * @return the next change
   */
  @Benchmark
  public Optional<Instant> nextChangeAtScan() {
    return tracker.nextChangeAt(earlier);
  }

  /**
   * Every timer's status.
   *
   * @return the statuses
   */
  @Benchmark
  public List<TimerStatus> statusAt() {
    return tracker.statusAt(TrackerData.NOW);
  }

  /**
   * The SLA board.
   *
   * @return the board
   */
  @Benchmark
  public SlaBoard board() {
    return tracker.board(TrackerData.NOW);
  }
}
