package dev.complaints.scoring.stats;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.metrics.MinuteHistogram;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.PlanRecord;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.AlertLevel;
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
 * <p>Red lights (by department and handler) need an alert evaluation ({@link #StatisticsAccumulator(ZoneId,
 * Instant, VisitAlerts)}); they are counted as of the as-of instant, or without one as of the last instant the
 * record names (its close, else its last stage entry or exit), one per visit at a RED level as in the
 * scorecards. Without an evaluation they are 0.
 *
 * <p>Memory grows with units, months and distinct categories, subjects, locations, departments, handlers and root
 * causes — never with tickets.
 * {@code a.merge(b).result(n)} equals the result of one accumulator fed with the tickets of both, in any
 * order. Not thread-safe: use one per thread and merge them.
 */
public final class StatisticsAccumulator {

  /** The default number of entries of the top-N lists. */
  public static final int DEFAULT_TOP = 5;

  private final ZoneId zone;
  private final @Nullable Instant asOf;
  private final @Nullable VisitAlerts alerts;
  private final Map<String, Tally> units = new HashMap<>();

  /**
   * An empty accumulator.
   *
   * @param zone the zone of the local dates that assign tickets to months
   * @param asOf the instant the statistics are computed as of, or null to take every record as final
   */
  public StatisticsAccumulator(ZoneId zone, @Nullable Instant asOf) {
    this(zone, asOf, null);
  }

  /**
   * An empty accumulator that counts red lights with an alert evaluation (for example
   * {@code SlaVisitAlerts.of(policy)}).
   *
   * @param zone the zone of the local dates that assign tickets to months
   * @param asOf the instant the statistics are computed as of, or null to take every record as final
   * @param alerts the alert evaluation of node visits, or null to count no red lights
   */
  public StatisticsAccumulator(ZoneId zone, @Nullable Instant asOf, @Nullable VisitAlerts alerts) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.asOf = asOf;
    this.alerts = alerts;
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
    return new StatisticsAccumulator(zone, asOf, alerts);
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
    ReturnVisitRecord rv = countVisit(month, t);
    if (t.subject() != null) {
      tally.subjects.merge(t.subject(), 1L, Long::sum);
    }
    if (t.location() != null) {
      tally.locations.merge(t.location(), 1L, Long::sum);
    }
    Instant at = asOf != null ? asOf : lastInstant(t);
    Duration handling = timeliness == Timeliness.OPEN ? null
        : Duration.between(t.acceptedAt(), Objects.requireNonNull(t.closedAt(), "closedAt"));
    long red = 0;
    if (alerts != null) {
      for (AlertLevel level : TicketOutcome.visitLevels(t, at, alerts)) {
        if (level.isRed()) {
          red++;
        }
      }
    }
    tally.redLights += red;
    int score = -1;
    if (rv != null && !rv.exempt() && rv.result() != null) {
      tally.satisfaction[rv.result().ordinal()]++;
      score = rv.result().ordinal();
    }
    if (t.department() != null) {
      tally.departments.computeIfAbsent(t.department(), k -> new Group()).add(handling, red, score);
    }
    if (t.handler() != null) {
      tally.handlers.computeIfAbsent(t.handler(), k -> new Group()).add(handling, red, score);
    }
    if (t.rootCause() != null) {
      tally.rootCauses.computeIfAbsent(t.rootCause(), k -> new TreeMap<>()).merge(t.period(zone), 1L, Long::sum);
    }
    PlanRecord plan = t.plan();
    if (plan != null) {
      tally.plans[0]++;
      Instant done = plan.doneAt();
      if (done != null && !done.isAfter(at)) {
        tally.plans[1]++;
        if (!done.isAfter(plan.due())) {
          tally.plans[2]++;
        }
      } else if (plan.due().isBefore(at)) {
        tally.plans[1]++; // not carried out and already late
      }
      if (plan.reworked()) {
        tally.plans[3]++;
      }
    }
    if (TicketOutcome.reopened(t, at)) {
      tally.reopened++;
    }
    return this;
  }

  /**
   * Counts one ticket into the month-by-month trends only (its unit's and the overall {@code trend}, and the
   * {@code trend} of its root cause), not into any other figure: for the months before a selected period, so that
   * the period's trend compares it with the months before it. A ticket accepted after the as-of instant is left
   * out, as by {@link #add}.
   *
   * @param t the ticket
   * @return this accumulator
   */
  public StatisticsAccumulator addToTrend(TicketRecord t) {
    if (asOf != null && t.acceptedAt().isAfter(asOf)) {
      return this;
    }
    Tally tally = units.computeIfAbsent(t.unit(), u -> new Tally());
    if (t.region() != null) {
      tally.region(t.region());
    }
    long[] month = tally.months.computeIfAbsent(t.period(zone), m -> new long[4]);
    month[0]++;
    countVisit(month, t);
    if (t.rootCause() != null) {
      tally.trendCauses.computeIfAbsent(t.rootCause(), k -> new TreeMap<>()).merge(t.period(zone), 1L, Long::sum);
    }
    return this;
  }

  /**
   * Counts a ticket's return visit into its month's {visited, satisfied, exempt}: the visit decided by the as-of
   * instant, by the rule of the scorecards.
   *
   * @return the visit, or null when none was decided
   */
  private @Nullable ReturnVisitRecord countVisit(long[] month, TicketRecord t) {
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
    return rv;
  }

  /** The last instant a record names: its close, else the latest stage entry or exit, else its acceptance. */
  private static Instant lastInstant(TicketRecord t) {
    Instant last = t.acceptedAt();
    for (StageRecord s : t.stages()) {
      Instant x = s.leftAt() != null ? s.leftAt() : s.enteredAt();
      if (x.isAfter(last)) {
        last = x;
      }
    }
    if (t.closedAt() != null && t.closedAt().isAfter(last)) {
      last = t.closedAt();
    }
    return last;
  }

  /**
   * Adds the counts of another accumulator (same zone and as-of instant) to this one.
   *
   * @param other the other part; it is not changed
   * @return this accumulator
   * @throws IllegalArgumentException when the zone or as-of instant differ
   */
  public StatisticsAccumulator merge(StatisticsAccumulator other) {
    if (!zone.equals(other.zone) || !Objects.equals(asOf, other.asOf) || alerts != other.alerts) {
      throw new IllegalArgumentException(
          "cannot merge statistics of different zones, as-of instants or alert evaluations");
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
      all.addUnit(e.getValue());
      if (e.getValue().volume == 0) {
        continue; // only in the trends of the months before the period: part of the overall trend alone
      }
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
    final Map<String, Group> departments = new HashMap<>();
    final Map<String, Group> handlers = new HashMap<>();
    /** root cause → month → count. */
    final Map<String, TreeMap<YearMonth, Long>> rootCauses = new HashMap<>();
    /** root cause → month → count, of the tickets counted into the trends only ({@link #addToTrend}). */
    final Map<String, TreeMap<YearMonth, Long>> trendCauses = new HashMap<>();
    /** decided return-visit results by {@link Satisfaction} ordinal. */
    final long[] satisfaction = new long[Satisfaction.values().length];
    /** {plans, decided, on time, reworked}. */
    final long[] plans = new long[4];
    long redLights;
    long reopened;
    /** The repeats of the tallies added into this one, each counted within its own unit. */
    long addedRepeats;
    boolean sumOfUnits;

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
      o.departments.forEach((k, g) -> departments.computeIfAbsent(k, x -> new Group()).add(g));
      o.handlers.forEach((k, g) -> handlers.computeIfAbsent(k, x -> new Group()).add(g));
      mergeCauses(rootCauses, o.rootCauses);
      mergeCauses(trendCauses, o.trendCauses);
      for (int i = 0; i < satisfaction.length; i++) {
        satisfaction[i] += o.satisfaction[i];
      }
      for (int i = 0; i < plans.length; i++) {
        plans[i] += o.plans[i];
      }
      redLights += o.redLights;
      reopened += o.reopened;
    }

    /** Adds another unit's tally into this sum of units. */
    void addUnit(Tally o) {
      add(o);
      // a subject is one unit's (a shop or a facility of that plaza): repeats are counted unit by unit
      sumOfUnits = true;
      addedRepeats += o.repeats();
    }

    /** For each subject named n times, n − 1; for a sum of units, the sum of theirs. */
    long repeats() {
      if (sumOfUnits) {
        return addedRepeats;
      }
      long repeat = 0;
      for (long n : subjects.values()) {
        repeat += n - 1;
      }
      return repeat;
    }

    private static void mergeCauses(Map<String, TreeMap<YearMonth, Long>> into,
        Map<String, TreeMap<YearMonth, Long>> from) {
      from.forEach((k, m) -> {
        TreeMap<YearMonth, Long> mine = into.computeIfAbsent(k, x -> new TreeMap<>());
        m.forEach((month, n) -> mine.merge(month, n, Long::sum));
      });
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
      long closed = volume - timeliness[Timeliness.OPEN.ordinal()];
      long repeat = repeats();
      return new Breakdown(volume, trend, cats, ch, gr, tl, top(subjects, topN), top(locations, topN),
          groups(departments, Integer.MAX_VALUE), groups(handlers, topN), rootCauses(), satisfaction(), closed,
          volume == 0 ? null : ratio(closed, volume), planStatistics(), redLights, repeat, reopened);
    }

    private List<GroupStatistics> groups(Map<String, Group> groups, int n) {
      Map<String, Long> counts = new HashMap<>();
      groups.forEach((k, g) -> counts.put(k, g.count));
      List<GroupStatistics> out = new ArrayList<>();
      for (Ranked r : top(counts, n)) {
        Group g = groups.get(r.key());
        out.add(new GroupStatistics(r.key(), g.count, share(r.key(), g.count).share(), r.rank(),
            g.handling.medianMinutes(), g.redLights, g.visited == 0 ? null : ratio(g.satisfied, g.visited)));
      }
      return out;
    }

    private List<RootCauseShare> rootCauses() {
      long named = 0;
      Map<String, Long> counts = new HashMap<>();
      for (var e : rootCauses.entrySet()) {
        long n = e.getValue().values().stream().mapToLong(Long::longValue).sum();
        counts.put(e.getKey(), n);
        named += n;
      }
      List<RootCauseShare> out = new ArrayList<>();
      for (Ranked r : top(counts, Integer.MAX_VALUE)) {
        List<RootCauseShare.MonthCount> monthly = new ArrayList<>();
        TreeMap<YearMonth, Long> m = rootCauses.get(r.key());
        TreeMap<YearMonth, Long> before = trendCauses.getOrDefault(r.key(), new TreeMap<>());
        if (!months.isEmpty()) {
          for (YearMonth y = months.firstKey(); !y.isAfter(months.lastKey()); y = y.plusMonths(1)) {
            monthly.add(new RootCauseShare.MonthCount(y, m.getOrDefault(y, 0L) + before.getOrDefault(y, 0L)));
          }
        }
        out.add(new RootCauseShare(r.key(), r.count(), ratio(r.count(), named), monthly));
      }
      return out;
    }

    private SatisfactionSummary satisfaction() {
      long visited = 0;
      long satisfied = 0;
      long points = 0;
      for (Satisfaction s : Satisfaction.values()) {
        long n = satisfaction[s.ordinal()];
        visited += n;
        points += n * score(s);
        if (s.isSatisfied()) {
          satisfied += n;
        }
      }
      List<Share> distribution = new ArrayList<>();
      for (Satisfaction s : Satisfaction.values()) {
        long n = satisfaction[s.ordinal()];
        distribution.add(new Share(s.name(), n, visited == 0 ? BigDecimal.ZERO.setScale(4) : ratio(n, visited)));
      }
      return new SatisfactionSummary(visited, visited == 0 ? null : ratio(satisfied, visited),
          visited == 0 ? null : BigDecimal.valueOf(points).divide(BigDecimal.valueOf(visited), 2,
              RoundingMode.HALF_UP), distribution);
    }

    private PlanStatistics planStatistics() {
      return new PlanStatistics(plans[0], plans[1], plans[2], plans[1] == 0 ? null : ratio(plans[2], plans[1]),
          plans[3]);
    }

    private Share share(String key, long count) {
      return new Share(key, count, volume == 0 ? BigDecimal.ZERO.setScale(4) : ratio(count, volume));
    }
  }

  /** The score of a return-visit result on 1–5: VERY_DISSATISFIED 1 … VERY_SATISFIED 5. */
  static int score(Satisfaction s) {
    return Satisfaction.values().length - s.ordinal();
  }

  /** Counters of one department or handler. */
  private static final class Group {
    long count;
    final MinuteHistogram handling = new MinuteHistogram();
    long redLights;
    long visited;
    long satisfied;

    /** One ticket: its handling time (null while open), red lights and result ordinal (-1 for none). */
    void add(@Nullable Duration handlingTime, long red, int result) {
      count++;
      if (handlingTime != null) {
        handling.add(handlingTime);
      }
      redLights += red;
      if (result >= 0) {
        visited++;
        if (Satisfaction.values()[result].isSatisfied()) {
          satisfied++;
        }
      }
    }

    void add(Group o) {
      count += o.count;
      handling.merge(o.handling);
      redLights += o.redLights;
      visited += o.visited;
      satisfied += o.satisfied;
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
