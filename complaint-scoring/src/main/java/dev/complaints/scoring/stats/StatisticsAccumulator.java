package dev.complaints.scoring.stats;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.scorecard.Scorer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Mergeable accumulator of {@link Statistics}.
 *
 * <p>Tickets are counted per unit in the month of their acceptance (local date in the accumulator's zone).
 * Relative to the as-of instant (when one is given): tickets accepted after it are ignored; a ticket not
 * closed by then is {@link Timeliness#OPEN}; a return-visit result or exemption counts once it is decided by
 * then, by the same rule as the scorecards ({@link TicketOutcome#returnVisit(TicketRecord, Instant)}: at the
 * exit of the last {@code RETURN_VISIT} visit, or at the close for a record without one), so the visited,
 * satisfied and exempt counts of a month agree with the scorecards of that month as of the same instant.
 * Without an as-of instant every record is taken as final and its return visit counts as given.
 *
 * <p>A unit's region follows the precedence of the scorecards: the region its monthly {@link UnitInputs} name
 * (when inputs are given to {@link #result(Collection, int)}), else the one its tickets name.
 *
 * <p>Memory grows with units, months and distinct categories, subjects and locations — never with tickets.
 * {@code a.merge(b).result(n)} equals the result of one accumulator fed with the tickets of both, in any
 * order. Not thread-safe: use one per thread and merge them.
 */
public final class StatisticsAccumulator {

  /** The default number of entries of the top-N lists. */
  public static final int DEFAULT_TOP = 5;

  private final ZoneId zone;
  private final @Nullable Instant asOf;
  private final Map<String, Tally> units = new HashMap<>();

  /**
   * An empty accumulator.
   *
   * @param zone the zone of the local dates that assign tickets to months
   * @param asOf the instant the statistics are computed as of, or null to take every record as final
   */
  public StatisticsAccumulator(ZoneId zone, @Nullable Instant asOf) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.asOf = asOf;
  }

  /**
   * An empty accumulator in Asia/Shanghai without an as-of instant.
   *
   * @return the accumulator
   */
  public static StatisticsAccumulator shanghai() {
    return new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), null);
  }

  /**
   * An empty accumulator with the same zone and as-of instant, for another part of the data.
   *
   * @return a new accumulator
   */
  public StatisticsAccumulator emptyCopy() {
    return new StatisticsAccumulator(zone, asOf);
  }

  /**
   * Counts one ticket.
   *
   * @param t the ticket
   * @return this accumulator
   */
  public StatisticsAccumulator add(TicketRecord t) {
    if (asOf != null && t.acceptedAt().isAfter(asOf)) {
      return this;
    }
    Tally tally = units.computeIfAbsent(t.unit(), u -> new Tally());
    if (t.region() != null) {
      tally.region(t.region());
    }
    tally.volume++;
    long[] month = tally.months.computeIfAbsent(t.period(zone), m -> new long[4]);
    month[0]++;
    tally.categories.merge(t.category(), 1L, Long::sum);
    tally.channels[t.channel().ordinal()]++;
    tally.grades[t.grade().ordinal()]++;
    Timeliness timeliness = asOf == null ? (t.closedAt() != null ? null : Timeliness.OPEN)
        : (t.closedBy(asOf) ? null : Timeliness.OPEN);
    if (timeliness == null) {
      timeliness = Timeliness.of(Duration.between(t.acceptedAt(), Objects.requireNonNull(t.closedAt(), "closedAt")));
    }
    tally.timeliness[timeliness.ordinal()]++;
    ReturnVisitRecord rv = asOf == null ? t.returnVisit() : TicketOutcome.returnVisit(t, asOf);
    if (rv != null) {
      if (rv.exempt()) {
        month[3]++;
      } else {
        month[1]++;
        if (rv.result() != null && rv.result().isSatisfied()) {
          month[2]++;
        }
      }
    }
    if (t.subject() != null) {
      tally.subjects.merge(t.subject(), 1L, Long::sum);
    }
    if (t.location() != null) {
      tally.locations.merge(t.location(), 1L, Long::sum);
    }
    return this;
  }

  /**
   * Adds the counts of another accumulator (same zone and as-of instant) to this one.
   *
   * @param other the other part; it is not changed
   * @return this accumulator
   * @throws IllegalArgumentException when the zone or as-of instant differ
   */
  public StatisticsAccumulator merge(StatisticsAccumulator other) {
    if (!zone.equals(other.zone) || !Objects.equals(asOf, other.asOf)) {
      throw new IllegalArgumentException("cannot merge statistics of different zones or as-of instants");
    }
    other.units.forEach((unit, t) -> units.computeIfAbsent(unit, u -> new Tally()).add(t));
    return this;
  }

  /**
   * The statistics with the default top-N size ({@value #DEFAULT_TOP}).
   *
   * @return the statistics
   */
  public Statistics result() {
    return result(DEFAULT_TOP);
  }

  /**
   * The statistics, each unit's region taken from its tickets (the smallest id when they disagree).
   *
   * @param topN how many ranks the hot-spot lists keep (ties at the cut are all kept), at least 1
   * @return the statistics
   */
  public Statistics result(int topN) {
    return result(List.of(), topN);
  }

  /**
   * The statistics with the default top-N size ({@value #DEFAULT_TOP}), regions preferably from the inputs.
   *
   * @param inputs monthly unit inputs of any months
   * @return the statistics
   * @throws IllegalArgumentException when a unit has two inputs entries for the same month
   * @see #result(Collection, int)
   */
  public Statistics result(Collection<UnitInputs> inputs) {
    return result(inputs, DEFAULT_TOP);
  }

  /**
   * The statistics, with the scorecards' precedence for regions: a unit's region is the one named by its
   * inputs — of the latest month whose inputs name one, leaving out months that begin after the as-of instant
   * (local midnight of their first day in the accumulator's zone) — else the one its tickets name (the
   * smallest id when they disagree), else none. Inputs only name regions here: a unit without counted tickets
   * is not listed, and inputs of units without tickets are ignored.
   *
   * @param inputs monthly unit inputs of any months
   * @param topN how many ranks the hot-spot lists keep (ties at the cut are all kept), at least 1
   * @return the statistics
   * @throws IllegalArgumentException when {@code topN} is below 1 or a unit has two inputs entries for the
   *     same month
   */
  public Statistics result(Collection<UnitInputs> inputs, int topN) {
    if (topN < 1) {
      throw new IllegalArgumentException("topN must be at least 1, was " + topN);
    }
    Map<String, String> inputRegions = inputRegions(inputs);
    Tally all = new Tally();
    List<UnitStatistics> out = new ArrayList<>();
    for (var e : new TreeMap<>(units).entrySet()) {
      all.add(e.getValue());
      String region = inputRegions.getOrDefault(e.getKey(), e.getValue().region);
      out.add(new UnitStatistics(e.getKey(), region, e.getValue().breakdown(topN)));
    }
    return new Statistics(all.breakdown(topN), out);
  }

  /** Unit → the region named by its inputs of the latest month (not beginning after as-of) that names one. */
  private Map<String, String> inputRegions(Collection<UnitInputs> inputs) {
    Map<String, Set<YearMonth>> seen = new HashMap<>();
    Map<String, UnitInputs> latest = new HashMap<>();
    for (UnitInputs in : inputs) {
      if (!seen.computeIfAbsent(in.unit(), u -> new HashSet<>()).add(in.period())) {
        throw new IllegalArgumentException("unit '" + in.unit() + "' has two inputs entries for " + in.period());
      }
      if (in.region() == null
          || (asOf != null && Scorer.startOf(in.period(), zone).isAfter(asOf))) {
        continue;
      }
      latest.merge(in.unit(), in, (a, b) -> b.period().isAfter(a.period()) ? b : a);
    }
    Map<String, String> regions = new HashMap<>();
    latest.forEach((unit, in) -> regions.put(unit, Objects.requireNonNull(in.region(), "region")));
    return regions;
  }

  /** Counters of one unit (or of everything). */
  private static final class Tally {
    String region;
    long volume;
    /** month → {volume, visited, satisfied, exempt}. */
    final TreeMap<YearMonth, long[]> months = new TreeMap<>();
    final Map<String, Long> categories = new HashMap<>();
    final long[] channels = new long[Channel.values().length];
    final long[] grades = new long[Grade.values().length];
    final long[] timeliness = new long[Timeliness.values().length];
    final Map<String, Long> subjects = new HashMap<>();
    final Map<String, Long> locations = new HashMap<>();

    /** Keeps the smallest region id named, so the result does not depend on the order of tickets. */
    void region(String r) {
      if (region == null || r.compareTo(region) < 0) {
        region = r;
      }
    }

    void add(Tally o) {
      if (o.region != null) {
        region(o.region);
      }
      volume += o.volume;
      o.months.forEach((m, c) -> {
        long[] mine = months.computeIfAbsent(m, x -> new long[4]);
        for (int i = 0; i < c.length; i++) {
          mine[i] += c[i];
        }
      });
      o.categories.forEach((k, n) -> categories.merge(k, n, Long::sum));
      o.subjects.forEach((k, n) -> subjects.merge(k, n, Long::sum));
      o.locations.forEach((k, n) -> locations.merge(k, n, Long::sum));
      for (int i = 0; i < channels.length; i++) {
        channels[i] += o.channels[i];
      }
      for (int i = 0; i < grades.length; i++) {
        grades[i] += o.grades[i];
      }
      for (int i = 0; i < timeliness.length; i++) {
        timeliness[i] += o.timeliness[i];
      }
    }

    Breakdown breakdown(int topN) {
      List<MonthTrend> trend = new ArrayList<>();
      if (!months.isEmpty()) {
        Long previous = null;
        for (YearMonth m = months.firstKey(); !m.isAfter(months.lastKey()); m = m.plusMonths(1)) {
          long[] c = months.getOrDefault(m, new long[4]);
          Long change = previous == null ? null : c[0] - previous;
          BigDecimal changeRate =
              previous == null || previous == 0 ? null : ratio(c[0] - previous, previous);
          trend.add(new MonthTrend(m, c[0], change, changeRate, c[1], c[2], c[3], c[1] == 0 ? null : ratio(c[2], c[1])));
          previous = c[0];
        }
      }
      List<Share> cats = new ArrayList<>();
      categories.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> cats.add(share(e.getKey(), e.getValue())));
      List<Share> ch = new ArrayList<>();
      for (Channel c : Channel.values()) {
        ch.add(share(c.name(), channels[c.ordinal()]));
      }
      List<Share> gr = new ArrayList<>();
      for (Grade g : Grade.values()) {
        gr.add(share(g.name(), grades[g.ordinal()]));
      }
      List<Share> tl = new ArrayList<>();
      for (Timeliness t : Timeliness.values()) {
        tl.add(share(t.name(), timeliness[t.ordinal()]));
      }
      return new Breakdown(volume, trend, cats, ch, gr, tl, top(subjects, topN), top(locations, topN));
    }

    private Share share(String key, long count) {
      return new Share(key, count, volume == 0 ? BigDecimal.ZERO.setScale(4) : ratio(count, volume));
    }
  }

  /**
   * The top-N entries by count: rank = 1 + the number of keys with a strictly higher count; every key with
   * rank ≤ N is kept, ordered by count descending and then key.
   */
  static List<Ranked> top(Map<String, Long> counts, int n) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    List<Ranked> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      var e = sorted.get(i);
      int rank = (i > 0 && sorted.get(i - 1).getValue().equals(e.getValue())) ? out.get(i - 1).rank() : i + 1;
      if (rank > n) {
        break;
      }
      out.add(new Ranked(e.getKey(), e.getValue(), rank));
    }
    return out;
  }

  private static BigDecimal ratio(long num, long den) {
    return BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP);
  }
}
