package dev.complaints.scoring.metrics;

import java.time.Duration;
import java.util.Arrays;
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
  /**
   * Counts by whole minute in an open-addressing table (keys are minutes, never negative; {@link #EMPTY} marks a
   * free slot): adding is on the path of every ticket scored, and a sorted map boxed two longs per add.
   */
  private long[] keys = emptyKeys(16);
  private long[] values = new long[16];
  private int size;
  private long total;

  private static final long EMPTY = -1;

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
    int mask = keys.length - 1;
    int i = slot(minutes, mask);
    while (keys[i] != EMPTY && keys[i] != minutes) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      keys[i] = minutes;
      size++;
    }
    values[i] += n;
    total += n;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  private static int slot(long minutes, int mask) {
    long h = minutes * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = emptyKeys(oldKeys.length * 2);
    values = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static long[] emptyKeys(int n) {
    long[] k = new long[n];
    Arrays.fill(k, EMPTY);
    return k;
  }

  /** The counts by minute, in order of minutes. */
  private TreeMap<Long, Long> sorted() {
    TreeMap<Long, Long> out = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        out.put(keys[i], values[i]);
      }
    }
    return out;
  }

  /**
   * Adds every count of another histogram to this one.
   *
   * @param other the other histogram
   * @return this histogram
   */
  public MinuteHistogram merge(MinuteHistogram other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        addMinutes(other.keys[i], other.values[i]);
      }
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
    TreeMap<Long, Long> counts = sorted();
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
    return sorted();
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
    return o instanceof MinuteHistogram h && h.sorted().equals(sorted());
  }

  @Override
  public int hashCode() {
    return Objects.hash(sorted());
  }

  @Override
  public String toString() {
    return "MinuteHistogram" + sorted();
  }
}
