package dev.complaints.scoring.period;

import java.util.List;
import java.util.Optional;

/**
 * Quarterly scores of every unit and region of a quarter.
 *
 * @param quarter the quarter
 * @param units unit scores, sorted by unit id
 * @param regions region scores, sorted by rank and then region id
 */
public record QuarterReport(Quarter quarter, List<UnitQuarterScore> units, List<RegionQuarterScore> regions) {

  /** Copies the lists. */
  public QuarterReport {
    units = List.copyOf(units);
    regions = List.copyOf(regions);
  }

  /**
   * The score of one unit.
   *
   * @param unit the unit id
   * @return its score, or empty when the unit was not scored this quarter
   */
  public Optional<UnitQuarterScore> unit(String unit) {
    return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
  }

  /**
   * The score of one region.
   *
   * @param region the region id
   * @return its score, or empty when the region was not scored this quarter
   */
  public Optional<RegionQuarterScore> region(String region) {
    return regions.stream().filter(r -> r.region().equals(region)).findFirst();
  }
}
