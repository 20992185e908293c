package dev.complaints.scoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A region's score for a period: the mean of its units' totals (2 decimals, HALF_UP), and its rank
 * (1 + the number of regions with a strictly higher score).
 *
 * @param region the region id
 * @param score the mean total
 * @param rank the rank, shared by tied regions
 * @param units the units averaged, sorted
 */
public record RegionScore(String region, BigDecimal score, int rank, List<String> units) {

  /**
   * Copies the units.
   *
   * @param region not null
   * @param score not null
   * @param rank at least 1
   * @param units not null
   */
  public RegionScore {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(score, "score");
    units = List.copyOf(units);
  }
}
