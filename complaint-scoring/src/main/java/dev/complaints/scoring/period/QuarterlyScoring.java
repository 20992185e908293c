package dev.complaints.scoring.period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes quarterly scores from monthly unit totals.
 *
 * <ul>
 *   <li>Unit: mean of its monthly totals in the quarter, {@link BigDecimal} rounded to 2 decimals HALF_UP.
 *       A month without a scorecard is left out of the mean and listed as missing (see
 *       {@link UnitQuarterScore#missingMonths()}); a unit with no month in the quarter is not scored.
 *   <li>Region: mean of its units' (rounded) quarterly scores, 2 decimals HALF_UP. A unit's region is the one
 *       named by its latest month in the quarter that names one; units without a region are left out.
 *   <li>Rank: 1 + the number of regions with a strictly higher score. The region(s) holding the lowest rank
 *       are "last" when at least two regions are ranked.
 * </ul>
 */
public final class QuarterlyScoring {

  private QuarterlyScoring() {}

  /**
   * Scores one quarter. Monthly scores outside the quarter are ignored, so a whole year may be passed.
   *
   * @param quarter the quarter
   * @param monthlyScores monthly totals; at most one per unit and month
   * @return the quarter's unit and region scores
   * @throws IllegalArgumentException when a unit has two totals for the same month
   */
  public static QuarterReport score(Quarter quarter, Collection<MonthlyUnitScore> monthlyScores) {
    Objects.requireNonNull(quarter, "quarter");
    Map<String, TreeMap<YearMonth, MonthlyUnitScore>> byUnit = new TreeMap<>();
    for (MonthlyUnitScore m : monthlyScores) {
      if (!quarter.contains(m.month())) {
        continue;
      }
      var months = byUnit.computeIfAbsent(m.unit(), u -> new TreeMap<>());
      if (months.putIfAbsent(m.month(), m) != null) {
        throw new IllegalArgumentException("unit " + m.unit() + " has two monthly totals for " + m.month());
      }
    }
    List<UnitQuarterScore> units = new ArrayList<>();
    Map<String, List<UnitQuarterScore>> byRegion = new TreeMap<>();
    for (var e : byUnit.entrySet()) {
      Map<YearMonth, BigDecimal> totals = new TreeMap<>();
      String region = null;
      for (MonthlyUnitScore m : e.getValue().values()) {
        totals.put(m.month(), m.total());
        if (m.region() != null) {
          region = m.region();
        }
      }
      List<YearMonth> missing = new ArrayList<>();
      for (YearMonth month : quarter.months()) {
        if (!totals.containsKey(month)) {
          missing.add(month);
        }
      }
      UnitQuarterScore u =
          new UnitQuarterScore(e.getKey(), region, quarter, mean(totals.values()), totals, missing);
      units.add(u);
      if (region != null) {
        byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(u);
      }
    }
    Map<String, BigDecimal> regionScores = new TreeMap<>();
    byRegion.forEach((r, us) -> regionScores.put(r, mean(us.stream().map(UnitQuarterScore::score).toList())));
    List<RegionQuarterScore> regions = new ArrayList<>();
    int lowestRank = 0;
    Map<String, Integer> ranks = new TreeMap<>();
    for (var e : regionScores.entrySet()) {
      int rank = 1 + (int) regionScores.values().stream().filter(s -> s.compareTo(e.getValue()) > 0).count();
      ranks.put(e.getKey(), rank);
      lowestRank = Math.max(lowestRank, rank);
    }
    boolean ranked = regionScores.size() >= 2;
    for (var e : regionScores.entrySet()) {
      int rank = ranks.get(e.getKey());
      List<String> unitIds = new ArrayList<>(new TreeSet<>(byRegion.get(e.getKey()).stream()
          .map(UnitQuarterScore::unit).toList()));
      regions.add(new RegionQuarterScore(
          e.getKey(), quarter, e.getValue(), rank, ranked && rank == lowestRank, unitIds));
    }
    regions.sort(Comparator.comparingInt(RegionQuarterScore::rank).thenComparing(RegionQuarterScore::region));
    return new QuarterReport(quarter, units, regions);
  }

  /**
   * Scores every quarter of a year up to and including {@code upTo}, for the penalty ladders that count
   * occurrences within the year.
   *
   * @param upTo the last quarter
   * @param monthlyScores monthly totals of the year (others are ignored)
   * @return one report per quarter from Q1 of the year to {@code upTo}, in order
   */
  public static List<QuarterReport> yearToDate(Quarter upTo, Collection<MonthlyUnitScore> monthlyScores) {
    List<QuarterReport> out = new ArrayList<>();
    for (Quarter q : upTo.yearToDate()) {
      out.add(score(q, monthlyScores));
    }
    return List.copyOf(out);
  }

  /**
   * Mean of values, rounded to 2 decimals HALF_UP.
   *
   * @param values at least one value
   * @return the mean, scale 2
   */
  static BigDecimal mean(Collection<BigDecimal> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("mean of no values");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }
}
