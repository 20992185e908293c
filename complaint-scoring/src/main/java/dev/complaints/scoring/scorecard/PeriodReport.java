package dev.complaints.scoring.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scorecards of every unit of a month and the region scores with ranks.
 *
 * @param period the month
 * @param asOf the instant the report was computed as of
 * @param units the units' scorecards, sorted by unit id
 * @param regions region scores, by rank then region id
 */
public record PeriodReport(YearMonth period, Instant asOf, List<MonthlyScorecard> units, List<RegionScore> regions) {

  /**
   * Copies the lists.
   *
   * @param period not null
   * @param asOf not null
   * @param units not null
   * @param regions not null
   */
  public PeriodReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    units = List.copyOf(units);
    regions = List.copyOf(regions);
  }

  /**
   * The scorecard of one unit.
   *
   * @param unit the unit id
   * @return its scorecard, if the unit belongs to the period
   */
  public Optional<MonthlyScorecard> unit(String unit) {
    return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
  }

  /**
   * The score of one region.
   *
   * @param region the region id
   * @return its score, if it has units with scores
   */
  public Optional<RegionScore> region(String region) {
    return regions.stream().filter(r -> r.region().equals(region)).findFirst();
  }

  /**
   * Region scores and ranks from unit scorecards: each region's score is the mean of its units' totals
   * (2 decimals, HALF_UP); rank = 1 + the number of regions with a strictly higher score; ties share the
   * rank and are listed by region id. Units without a region are left out.
   *
   * @param units the scorecards
   * @return the regions, by rank then id
   */
  public static List<RegionScore> rankRegions(List<MonthlyScorecard> units) {
    Map<String, List<MonthlyScorecard>> byRegion = new TreeMap<>();
    for (MonthlyScorecard u : units) {
      if (u.region() != null) {
        byRegion.computeIfAbsent(u.region(), k -> new ArrayList<>()).add(u);
      }
    }
    List<String> ids = new ArrayList<>(byRegion.keySet());
    List<BigDecimal> scores = new ArrayList<>();
    for (String r : ids) {
      List<MonthlyScorecard> us = byRegion.get(r);
      long sum = us.stream().mapToLong(MonthlyScorecard::total).sum();
      scores.add(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(us.size()), 2, RoundingMode.HALF_UP));
    }
    List<RegionScore> out = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      BigDecimal s = scores.get(i);
      int rank = 1 + (int) scores.stream().filter(o -> o.compareTo(s) > 0).count();
      List<String> unitIds =
          byRegion.get(ids.get(i)).stream().map(MonthlyScorecard::unit).sorted().toList();
      out.add(new RegionScore(ids.get(i), s, rank, unitIds));
    }
    out.sort(Comparator.comparingInt(RegionScore::rank).thenComparing(RegionScore::region));
    return out;
  }
}
