package dev.complaints.scoring.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A histogram of durations at one-minute resolution (durations are truncated to whole minutes). Memory grows
 * with the number of distinct minute values, not with the number of durations added; histograms merge
 * exactly. Quantiles use the nearest-rank method: the q-quantile of n values is the value at rank
 * {@code ceil(q * n)} in ascending order.
 *
 * <p>Not thread-safe; merge per-thread histograms instead.
 */
public final class MinuteHistogram {
  private final TreeMap<Long, Long> counts = new TreeMap<>();
  private long total;

  /** Creates an empty histogram. */
  public MinuteHistogram() {}

  /**
   * Adds one duration.
   *
   * @param d a non-negative duration
   */
  public void add(Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("negative duration " + d);
    }
    addMinutes(d.toMinutes(), 1);
  }

  private void addMinutes(long minutes, long n) {
    counts.merge(minutes, n, Long::sum);
    total += n;
  }

  /**
   * Adds every count of another histogram to this one.
   *
   * @param other the other histogram
   * @return this histogram
   */
  public MinuteHistogram merge(MinuteHistogram other) {
    for (Map.Entry<Long, Long> e : other.counts.entrySet()) {
      addMinutes(e.getKey(), e.getValue());
    }
    return this;
  }

  /**
   * How many durations were added.
   *
   * @return the count
   */
  public long count() {
    return total;
  }

  /**
   * The nearest-rank quantile in whole minutes.
   *
   * @param q in (0, 1]
   * @return the quantile; null when no duration was added
   */
  public @Nullable Long quantileMinutes(double q) {
    if (!(q > 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile must be in (0, 1], was " + q);
    }
    if (total == 0) {
      return null;
    }
    long rank = (long) Math.ceil(q * total);
    if (rank < 1) {
      rank = 1;
    }
    long seen = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey();
      }
    }
    return counts.lastKey();
  }

  /**
   * The median (nearest rank) in whole minutes.
   *
   * @return the median; null when no duration was added
   */
  public @Nullable Long medianMinutes() {
    return quantileMinutes(0.5);
  }

  /**
   * The 90th percentile (nearest rank) in whole minutes.
   *
   * @return the p90; null when no duration was added
   */
  public @Nullable Long p90Minutes() {
    return quantileMinutes(0.9);
  }

  /**
   * A copy of the counts: minute → how many durations fell in it.
   *
   * @return sorted counts
   */
  public TreeMap<Long, Long> counts() {
    return new TreeMap<>(counts);
  }

  /**
   * An independent copy.
   *
   * @return the copy
   */
  public MinuteHistogram copy() {
    return new MinuteHistogram().merge(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinuteHistogram h && h.counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(counts);
  }

  @Override
  public String toString() {
    return "MinuteHistogram" + counts;
  }
}
