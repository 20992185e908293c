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
import java.util.List;
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
  // counts by enum ordinal and by text (a counter per key, so that adding a ticket boxes nothing)
  private final long[] redLights = new long[AlertLevel.values().length];
  private final long[] grades = new long[Grade.values().length];
  private final HashMap<String, long[]> categories = new HashMap<>();
  private final long[] channels = new long[Channel.values().length];
  private final MinuteHistogram handlingTime = new MinuteHistogram();
  private final HashMap<String, long[]> subjects = new HashMap<>();
  private @Nullable String lastRegion;
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
    if (t.unit() != unit && !t.unit().equals(unit)) {
      throw new IllegalArgumentException("ticket " + t.id() + " is of unit " + t.unit() + ", not " + unit);
    }
    String region = t.region();
    if (region != null && region != lastRegion) {
      regions.add(region);
      lastRegion = region;
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
    List<AlertLevel> red = outcome.redLights();
    for (int i = 0, n = red.size(); i < n; i++) {
      redLights[red.get(i).ordinal()]++;
    }
    grades[t.grade().ordinal()]++;
    count(categories, t.category(), 1);
    channels[t.channel().ordinal()]++;
    Duration ttc = outcome.timeToClose();
    if (ttc != null) {
      handlingTime.add(ttc);
    }
    String subject = t.subject();
    if (subject != null) {
      count(subjects, subject, 1);
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
    add(redLights, other.redLights);
    add(grades, other.grades);
    other.categories.forEach((k, v) -> count(categories, k, v[0]));
    add(channels, other.channels);
    handlingTime.merge(other.handlingTime);
    other.subjects.forEach((k, v) -> count(subjects, k, v[0]));
    reopened += other.reopened;
    closedUnresolved += other.closedUnresolved;
    major += other.major;
    reportedLate += other.reportedLate;
    return this;
  }

  private static void count(HashMap<String, long[]> counts, String key, long n) {
    long[] c = counts.get(key);
    if (c == null) {
      counts.put(key, new long[] {n});
    } else {
      c[0] += n;
    }
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
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
      red.put(l, redLights[l.ordinal()]);
    }
    Map<Grade, Long> g = new EnumMap<>(Grade.class);
    for (Grade grade : Grade.values()) {
      g.put(grade, grades[grade.ordinal()]);
    }
    long repeat = 0;
    for (long[] n : subjects.values()) {
      repeat += n[0] - 1;
    }
    TreeMap<String, Long> byCategory = new TreeMap<>();
    categories.forEach((k, v) -> byCategory.put(k, v[0]));
    TreeMap<Channel, Long> byChannel = new TreeMap<>();
    for (Channel c : Channel.values()) {
      if (channels[c.ordinal()] > 0) {
        byChannel.put(c, channels[c.ordinal()]);
      }
    }
    return new UnitMetrics(
        unit,
        tickets,
        new ResolutionCounts(eligible, resolved, pending),
        new SatisfactionCounts(visited, satisfied, exempt),
        calls,
        red,
        g,
        byCategory,
        byChannel,
        HandlingTime.of(handlingTime),
        repeat,
        reopened,
        closedUnresolved,
        new ReportingCounts(major, reportedLate, reportLimit));
  }
}
