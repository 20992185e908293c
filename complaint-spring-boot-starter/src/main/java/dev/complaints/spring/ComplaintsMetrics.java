package dev.complaints.spring;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Micrometer meters of the complaints: the timer {@code complaints.commands} tagged {@code command} (the command
 * type name) and {@code outcome} ({@code applied}, {@code rejected}, {@code conflict}, {@code duplicate}), and the
 * gauges {@code complaints.timers.open} tagged {@code light} ({@code NONE}, {@code YELLOW}, {@code RED_1},
 * {@code RED_2}, {@code RED_3}) counting the open SLA timers by light.
 *
 * <p>The gauges read the tracker's board; one board serves all five gauges for readings within the same second
 * of the clock when no command was applied in between.
 */
public class ComplaintsMetrics implements ComplaintCommandObserver {
  /** The name of the command timer. */
  public static final String COMMANDS = "complaints.commands";
  /** The name of the open timer gauges. */
  public static final String OPEN_TIMERS = "complaints.timers.open";

  private final MeterRegistry registry;
  private final SlaTracker tracker;
  private final Clock clock;
  private final AtomicLong applied = new AtomicLong();
  private @Nullable Snapshot last;

  private record Snapshot(Instant second, long applied, SlaBoard board) {}

  /**
   * Creates the meters and registers the gauges.
   *
   * @param registry where the meters go
   * @param tracker the tracker the gauges read
   * @param clock where "now" comes from
   */
  public ComplaintsMetrics(MeterRegistry registry, SlaTracker tracker, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.clock = Objects.requireNonNull(clock, "clock");
    for (AlertLevel level : AlertLevel.values()) {
      Gauge.builder(OPEN_TIMERS, this, m -> m.board().count(level))
          .description("open SLA timers by light")
          .tag("light", level.name())
          .strongReference(true)
          .register(registry);
    }
  }

  @Override
  public void commandHandled(String commandType, CommandOutcome outcome, Duration took) {
    if (outcome == CommandOutcome.APPLIED) {
      applied.incrementAndGet();
    }
    Timer.builder(COMMANDS)
        .description("complaint commands handled")
        .tag("command", commandType)
        .tag("outcome", outcome.tagValue())
        .register(registry)
        .record(took);
  }

  private synchronized SlaBoard board() {
    Instant second = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    long n = applied.get();
    if (last == null || !last.second().equals(second) || last.applied() != n) {
      last = new Snapshot(second, n, tracker.board(clock.instant(), (complaintId, e) -> { }));
    }
    return last.board();
  }
}
