package dev.complaints.scoring.period;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's quarterly score and rank.
 *
 * @param region the region id
 * @param quarter the quarter
 * @param score mean of its units' quarterly scores, scale 2, HALF_UP
 * @param rank 1 + the number of regions with a strictly higher score (tied regions share a rank)
 * @param last whether the region holds the lowest rank among at least two ranked regions
 * @param units the ids of its units, sorted
 */
public record RegionQuarterScore(
    String region, Quarter quarter, BigDecimal score, int rank, boolean last, List<String> units) {

  /** Copies the unit list. */
  public RegionQuarterScore {
    units = List.copyOf(units);
  }
}
