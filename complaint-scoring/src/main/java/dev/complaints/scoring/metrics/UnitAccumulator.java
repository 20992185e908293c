package dev.complaints.scoring.metrics;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates the metrics of one unit from ticket outcomes. Memory does not grow with the number of tickets
 * (only with distinct categories, subjects and minute values). Two accumulators of the same unit merge
 * exactly: the merge of the parts equals the accumulation of the whole, in any order.
 *
 * <p>Not thread-safe: use one per thread and {@link #merge} them.
 */
public final class UnitAccumulator {
  private final String unit;
  private final TreeSet<String> regions = new TreeSet<>();
  private long tickets;
  private long eligible;
  private long resolved;
  private long pending;
  private long visited;
  private long satisfied;
  private long exempt;
  private final EnumMap<AlertLevel, Long> redLights = new EnumMap<>(AlertLevel.class);
  private final EnumMap<Grade, Long> grades = new EnumMap<>(Grade.class);
  private final TreeMap<String, Long> categories = new TreeMap<>();
  private final EnumMap<Channel, Long> channels = new EnumMap<>(Channel.class);
  private final MinuteHistogram handlingTime = new MinuteHistogram();
  private final HashMap<String, Long> subjects = new HashMap<>();
  private long reopened;
  private long closedUnresolved;
  private long major;
  private long reportedLate;

  /**
   * Creates an empty accumulator.
   *
   * @param unit the unit
   */
  public UnitAccumulator(String unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
  }

  /**
   * The unit.
   *
   * @return the unit id
   */
  public String unit() {
    return unit;
  }

  /**
   * The regions named by the unit's tickets, sorted.
   *
   * @return the region ids
   */
  public SortedSet<String> regions() {
    return java.util.Collections.unmodifiableSortedSet(regions);
  }

  /**
   * Adds one ticket of this unit with its evaluated outcome.
   *
   * @param t the ticket
   * @param outcome its outcome at the report instant
   */
  public void add(TicketRecord t, TicketOutcome outcome) {
    if (!t.unit().equals(unit)) {
      throw new IllegalArgumentException("ticket " + t.id() + " is of unit " + t.unit() + ", not " + unit);
    }
    if (t.region() != null) {
      regions.add(t.region());
    }
    tickets++;
    switch (outcome.resolution()) {
      case RESOLVED -> {
        eligible++;
        resolved++;
      }
      case PENDING -> {
        eligible++;
        pending++;
      }
      case UNRESOLVED -> eligible++;
      default -> {
        // not eligible or left out
      }
    }
    ReturnVisitRecord rv = outcome.returnVisit();
    if (rv != null) {
      if (rv.exempt()) {
        exempt++;
      } else {
        visited++;
        if (outcome.satisfied()) {
          satisfied++;
        }
      }
    }
    for (AlertLevel l : outcome.redLights()) {
      redLights.merge(l, 1L, Long::sum);
    }
    grades.merge(t.grade(), 1L, Long::sum);
    categories.merge(t.category(), 1L, Long::sum);
    channels.merge(t.channel(), 1L, Long::sum);
    if (outcome.timeToClose() != null) {
      handlingTime.add(outcome.timeToClose());
    }
    if (t.subject() != null) {
      subjects.merge(t.subject(), 1L, Long::sum);
    }
    if (outcome.reopened()) {
      reopened++;
    }
    if (outcome.closedUnresolved()) {
      closedUnresolved++;
    }
    if (t.grade().isAtLeast(Grade.MAJOR)) {
      major++;
    }
    if (outcome.reportedLate()) {
      reportedLate++;
    }
  }

  /**
   * Adds everything another accumulator of the same unit holds.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public UnitAccumulator merge(UnitAccumulator other) {
    if (!other.unit.equals(unit)) {
      throw new IllegalArgumentException("cannot merge unit " + other.unit + " into " + unit);
    }
    regions.addAll(other.regions);
    tickets += other.tickets;
    eligible += other.eligible;
    resolved += other.resolved;
    pending += other.pending;
    visited += other.visited;
    satisfied += other.satisfied;
    exempt += other.exempt;
    other.redLights.forEach((k, v) -> redLights.merge(k, v, Long::sum));
    other.grades.forEach((k, v) -> grades.merge(k, v, Long::sum));
    other.categories.forEach((k, v) -> categories.merge(k, v, Long::sum));
    other.channels.forEach((k, v) -> channels.merge(k, v, Long::sum));
    handlingTime.merge(other.handlingTime);
    other.subjects.forEach((k, v) -> subjects.merge(k, v, Long::sum));
    reopened += other.reopened;
    closedUnresolved += other.closedUnresolved;
    major += other.major;
    reportedLate += other.reportedLate;
    return this;
  }

  /**
   * The metrics accumulated so far.
   *
   * @param calls the unit's telephony figures from its inputs; null when not given
   * @return the snapshot
   */
  public UnitMetrics metrics(@Nullable CallStats calls) {
    return metrics(calls, MetricOptions.DEFAULT_REPORT_LIMIT);
  }

  /**
   * The metrics accumulated so far.
   *
   * @param calls the unit's telephony figures from its inputs; null when not given
   * @param reportLimit the reporting limit the tickets were evaluated with (named in the explanations)
   * @return the snapshot
   */
  public UnitMetrics metrics(@Nullable CallStats calls, Duration reportLimit) {
    Map<AlertLevel, Long> red = new EnumMap<>(AlertLevel.class);
    for (AlertLevel l : new AlertLevel[] {AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3}) {
      red.put(l, redLights.getOrDefault(l, 0L));
    }
    Map<Grade, Long> g = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      g.put(grade, grades.getOrDefault(grade, 0L));
    }
    long repeat = 0;
    for (long n : subjects.values()) {
      repeat += n - 1;
    }
    return new UnitMetrics(
        unit,
        tickets,
        new ResolutionCounts(eligible, resolved, pending),
        new SatisfactionCounts(visited, satisfied, exempt),
        calls,
        red,
        g,
        categories,
        new TreeMap<>(channels),
        HandlingTime.of(handlingTime),
        repeat,
        reopened,
        closedUnresolved,
        new ReportingCounts(major, reportedLate, reportLimit));
  }
}
