package dev.complaints.scoring.penalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Monthly fines of the mall rules (处罚 3, docs/domain.md): every node red light, concealment finding and publicity finding of a
 * unit fines the operations manager 20 yuan, the deputy general manager 50 and the general manager 100 of the
 * unit's local management company, counted per {@link FineWindow} (26th to 25th, local dates).
 *
 * <p>This is a mergeable accumulator: it keeps one counter per window, unit and kind, so memory grows with
 * units and months, not with events; {@link #merge(MonthlyFines)} of two parts equals adding all events to
 * one. Not thread-safe; use one per thread and merge.
 *
 * <p>Dating: a red light is dated by the local date (in the accumulator's zone) of the instant supplied by the
 * caller — the scoring adapters supply the instant the visit first turned red.
 * Findings from monthly unit inputs carry no date; they are attributed to a window by the caller. A unit's
 * region is the one named with its events (the smallest id when they disagree).
 */
public final class MonthlyFines {

  private final ZoneId zone;
  private final Map<Role, BigDecimal> rates;
  /** window → unit → kind → count. */
  private final TreeMap<FineWindow, TreeMap<String, EnumMap<FineKind, Long>>> counts = new TreeMap<>();
  private final Map<String, String> regions = new TreeMap<>();

  /**
   * An empty accumulator with explicit rates.
   *
   * @param zone the zone that dates instants
   * @param rates amount in yuan per event, by role; iteration order is the output order
   */
  public MonthlyFines(ZoneId zone, Map<Role, BigDecimal> rates) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.rates = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
    this.rates.forEach((role, amount) -> {
      if (amount.signum() < 0) {
        throw new IllegalArgumentException("fine for " + role + " is negative: " + amount);
      }
    });
  }

  /**
   * An empty accumulator with the rates of the mall rules (operations manager 20, deputy GM 50, GM 100 yuan) in
   * Asia/Shanghai.
   *
   * @return the accumulator
   */
  public static MonthlyFines mallDefaults() {
    return mallDefaults(FineWindow.SHANGHAI);
  }

  /**
   * An empty accumulator with the rates of the mall rules, dating red lights in a given zone.
   *
   * @param zone the zone of the local dates
   * @return the accumulator
   */
  public static MonthlyFines mallDefaults(ZoneId zone) {
    Map<Role, BigDecimal> rates = new LinkedHashMap<>();
    rates.put(Role.OPERATIONS_MANAGER, BigDecimal.valueOf(20));
    rates.put(Role.DEPUTY_GENERAL_MANAGER, BigDecimal.valueOf(50));
    rates.put(Role.GENERAL_MANAGER, BigDecimal.valueOf(100));
    return new MonthlyFines(zone, rates);
  }

  /**
   * An empty accumulator with the same zone and rates.
   *
   * @return a new, empty accumulator
   */
  public MonthlyFines emptyCopy() {
    return new MonthlyFines(zone, rates);
  }

  /**
   * Counts one red light dated by an instant.
   *
   * @param unit the unit
   * @param region the unit's region, or null
   * @param reachedAt the instant the visit first turned red
   * @return this accumulator
   */
  public MonthlyFines addRedLight(String unit, @Nullable String region, Instant reachedAt) {
    return add(FineKind.RED_LIGHT, unit, region, reachedAt.atZone(zone).toLocalDate(), 1);
  }

  /**
   * Counts events on a local date.
   *
   * @param kind the kind
   * @param unit the unit
   * @param region the unit's region, or null
   * @param date the local date of the events
   * @param count how many, at least 0
   * @return this accumulator
   */
  public MonthlyFines add(FineKind kind, String unit, @Nullable String region, LocalDate date, long count) {
    return add(kind, unit, region, FineWindow.containing(date), count);
  }

  /**
   * Counts events attributed to a window (for findings that carry no date).
   *
   * @param kind the kind
   * @param unit the unit
   * @param region the unit's region, or null
   * @param window the window
   * @param count how many, at least 0
   * @return this accumulator
   */
  public MonthlyFines add(FineKind kind, String unit, @Nullable String region, FineWindow window, long count) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(window, "window");
    if (count < 0) {
      throw new IllegalArgumentException("count of " + kind + " for unit " + unit + " is negative: " + count);
    }
    if (region != null && !region.isBlank()) {
      regions.merge(unit, region, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    if (count == 0) {
      return this;
    }
    counts.computeIfAbsent(window, w -> new TreeMap<>())
        .computeIfAbsent(unit, u -> new EnumMap<>(FineKind.class))
        .merge(kind, count, Long::sum);
    return this;
  }

  /**
   * Adds everything counted by another accumulator to this one.
   *
   * @param other the other part; it is not changed
   * @return this accumulator
   */
  public MonthlyFines merge(MonthlyFines other) {
    other.regions.forEach((u, r) -> regions.merge(u, r, (a, b) -> a.compareTo(b) <= 0 ? a : b));
    other.counts.forEach((w, units) -> units.forEach((u, kinds) -> kinds.forEach((k, n) ->
        counts.computeIfAbsent(w, x -> new TreeMap<>())
            .computeIfAbsent(u, x -> new EnumMap<>(FineKind.class))
            .merge(k, n, Long::sum))));
    return this;
  }

  /**
   * The windows with at least one event.
   *
   * @return the windows, in order
   */
  public NavigableSet<FineWindow> windows() {
    return Collections.unmodifiableNavigableSet(new TreeSet<>(counts.keySet()));
  }

  /**
   * The number of events of a unit and kind in a window.
   *
   * @param window the window
   * @param unit the unit
   * @param kind the kind
   * @return the count, 0 when none
   */
  public long count(FineWindow window, String unit, FineKind kind) {
    var units = counts.get(window);
    if (units == null || !units.containsKey(unit)) {
      return 0;
    }
    return units.get(unit).getOrDefault(kind, 0L);
  }

  /**
   * The fine decisions of a window: one per unit, kind and role with a non-zero count, ordered by unit, kind
   * and role. The decision's {@code occurrence} is the number of events and its value the amount in yuan.
   *
   * @param window the window
   * @return the decisions
   */
  public List<PenaltyDecision> decisions(FineWindow window) {
    List<PenaltyDecision> out = new ArrayList<>();
    var units = counts.getOrDefault(window, new TreeMap<>());
    units.forEach((unit, kinds) -> kinds.forEach((kind, n) -> rates.forEach((role, rate) -> {
      BigDecimal amount = rate.multiply(BigDecimal.valueOf(n));
      out.add(new PenaltyDecision(
          kind.rule(), role, unit, regions.get(unit), window.toString(), (int) Math.min(n, Integer.MAX_VALUE),
          PenaltyDecision.Measure.AMOUNT_CNY, amount,
          n + " × " + kind.english() + " at unit " + unit + " from " + window.firstDay() + " to "
              + window.lastDay() + ": " + rate.toPlainString() + " yuan each for the " + role.english() + ", "
              + amount.toPlainString() + " yuan",
          "广场 " + unit + " 在 " + window.firstDay() + " 至 " + window.lastDay() + " 期间发生" + kind.chinese() + " "
              + n + " 次,每次扣罚" + role.chinese() + " " + rate.toPlainString() + " 元,共 " + amount.toPlainString()
              + " 元"));
    })));
    return List.copyOf(out);
  }

  /**
   * The decisions of every window, in window order.
   *
   * @return the decisions
   */
  public List<PenaltyDecision> decisions() {
    List<PenaltyDecision> out = new ArrayList<>();
    for (FineWindow w : counts.keySet()) {
      out.addAll(decisions(w));
    }
    return List.copyOf(out);
  }
}
