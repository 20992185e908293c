package dev.complaints.scoring.metrics;

/**
 * The 24-hour resolution counts of a unit.
 *
 * @param eligible eligible tickets (pending ones included, left-out ones not)
 * @param resolved resolved within the window
 * @param pending not decided at the report instant
 */
public record ResolutionCounts(long eligible, long resolved, long pending) {

  /**
   * Validates the counts.
   *
   * @param eligible at least resolved + pending
   * @param resolved non-negative
   * @param pending non-negative
   */
  public ResolutionCounts {
    if (resolved < 0 || pending < 0 || resolved + pending > eligible) {
      throw new IllegalArgumentException(
          "inconsistent resolution counts: eligible " + eligible + ", resolved " + resolved + ", pending " + pending);
    }
  }

  /**
   * The rate resolved / (eligible − pending).
   *
   * @return the exact rate
   */
  public Ratio rate() {
    return new Ratio(resolved, eligible - pending);
  }
}
