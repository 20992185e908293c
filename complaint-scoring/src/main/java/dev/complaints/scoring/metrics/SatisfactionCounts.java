package dev.complaints.scoring.metrics;

/**
 * The satisfaction counts of a unit (return visits decided by the report instant).
 *
 * @param visited return visits with a result (exempt ones not included)
 * @param satisfied of which VERY_SATISFIED or SATISFIED
 * @param exempt exempted return visits (不便回访), left out of the rate
 */
public record SatisfactionCounts(long visited, long satisfied, long exempt) {

  /**
   * Validates the counts.
   *
   * @param visited at least satisfied
   * @param satisfied non-negative
   * @param exempt non-negative
   */
  public SatisfactionCounts {
    if (satisfied < 0 || exempt < 0 || satisfied > visited) {
      throw new IllegalArgumentException(
          "inconsistent satisfaction counts: visited " + visited + ", satisfied " + satisfied + ", exempt " + exempt);
    }
  }

  /**
   * The rate satisfied / visited.
   *
   * @return the exact rate
   */
  public Ratio rate() {
    return new Ratio(satisfied, visited);
  }
}
