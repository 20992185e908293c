package dev.complaints.scoring.metrics;

import org.jspecify.annotations.Nullable;


/**
 * Handling time of the tickets closed by the report instant: wall-clock time from acceptance to close, in
 * whole minutes (nearest-rank quantiles of a minute histogram).
 *
 * @param closed how many tickets were measured
 * @param medianMinutes the median; null when no ticket was measured
 * @param p90Minutes the 90th percentile; null when no ticket was measured
 */
public record HandlingTime(long closed, @Nullable Long medianMinutes, @Nullable Long p90Minutes) {

  /**
   * Reads the figures off a histogram.
   *
   * @param h the histogram
   * @return the figures
   */
  public static HandlingTime of(MinuteHistogram h) {
    Long[] q = h.quantilesMinutes(0.5, 0.9);
    return new HandlingTime(h.count(), q[0], q[1]);
  }
}
