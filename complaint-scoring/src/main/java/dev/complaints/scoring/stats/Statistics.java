package dev.complaints.scoring.stats;

import java.util.List;
import java.util.Optional;

/**
 * Statistics for managers, overall and per unit.
 *
 * @param overall all tickets together
 * @param units one entry per unit, by unit id
 */
public record Statistics(Breakdown overall, List<UnitStatistics> units) {

  /** Copies the list. */
  public Statistics {
    units = List.copyOf(units);
  }

  /**
   * The statistics of one unit.
   *
   * @param unit the unit id
   * @return its statistics, or empty when it had no tickets
   */
  public Optional<UnitStatistics> unit(String unit) {
    return units.stream().filter(u -> u.unit().equals(unit)).findFirst();
  }
}
