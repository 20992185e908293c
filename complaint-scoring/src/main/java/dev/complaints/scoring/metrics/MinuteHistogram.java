package dev.complaints.scoring.metrics;

import java.time.Duration;
import java.util.Arrays;
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
   * Counts by whole minute in an open-addressing table of pairs: {@code table[2i]} a minute (never negative;
   * {@link #EMPTY} marks a free slot) and {@code table[2i + 1]} its count, side by side so that adding touches
   * one cache line. Adding is on the path of every ticket scored, and a sorted map boxed two longs per add.
   */
  private long[] table = emptyTable(16);
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
    long[] t = table;
    int mask = (t.length >> 1) - 1;
    int i = slot(minutes, mask);
    while (t[2 * i] != EMPTY && t[2 * i] != minutes) {
      i = (i + 1) & mask;
    }
    if (t[2 * i] == EMPTY) {
      t[2 * i] = minutes;
      size++;
    }
    t[2 * i + 1] += n;
    total += n;
    if (size * 2 > mask + 1) {
      grow();
    }
  }

  private static int slot(long minutes, int mask) {
    long h = minutes * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = table;
    table = emptyTable(old.length);
    int mask = (table.length >> 1) - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j] != EMPTY) {
        int i = slot(old[j], mask);
        while (table[2 * i] != EMPTY) {
          i = (i + 1) & mask;
        }
        table[2 * i] = old[j];
        table[2 * i + 1] = old[j + 1];
      }
    }
  }

  /** A table of {@code slots} free slots. */
  private static long[] emptyTable(int slots) {
    long[] t = new long[2 * slots];
    for (int i = 0; i < t.length; i += 2) {
      t[i] = EMPTY;
    }
    return t;
  }

  /**
   * The minutes held in ascending order ({@code [0]}) with their counts ({@code [1]}). Minutes that lie close
   * together (handling times of days, the usual case) are counted in place; others are sorted.
   */
  private long[][] ascending() {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        min = Math.min(min, table[i]);
        max = Math.max(max, table[i]);
      }
    }
    long[] minutes = new long[size];
    long[] counts = new long[size];
    if (size > 0 && max - min < 4L * size + 4096) {
      long[] byOffset = new long[(int) (max - min + 1)];
      for (int i = 0; i < table.length; i += 2) {
        if (table[i] != EMPTY) {
          byOffset[(int) (table[i] - min)] = table[i + 1];
        }
      }
      int n = 0;
      for (int m = 0; m < byOffset.length; m++) {
        if (byOffset[m] != 0) {
          minutes[n] = min + m;
          counts[n++] = byOffset[m];
        }
      }
      return new long[][] {minutes, counts};
    }
    int n = 0;
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        minutes[n++] = table[i];
      }
    }
    Arrays.sort(minutes);
    int mask = (table.length >> 1) - 1;
    for (int k = 0; k < n; k++) {
      int i = slot(minutes[k], mask);
      while (table[2 * i] != minutes[k]) {
        i = (i + 1) & mask;
      }
      counts[k] = table[2 * i + 1];
    }
    return new long[][] {minutes, counts};
  }

  /** The counts by minute, in order of minutes. */
  private TreeMap<Long, Long> sorted() {
    TreeMap<Long, Long> out = new TreeMap<>();
    for (int i = 0; i < table.length; i += 2) {
      if (table[i] != EMPTY) {
        out.put(table[i], table[i + 1]);
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
    long[] t = other.table;
    for (int i = 0; i < t.length; i += 2) {
      if (t[i] != EMPTY) {
        addMinutes(t[i], t[i + 1]);
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
    return quantilesMinutes(q)[0];
  }

  /**
   * Nearest-rank quantiles in whole minutes, from one ordering of the minutes held.
   *
   * @param qs each in (0, 1]
   * @return the quantiles in the order asked; nulls when no duration was added
   */
  @Nullable Long[] quantilesMinutes(double... qs) {
    Long[] out = new Long[qs.length];
    for (double q : qs) {
      if (!(q > 0 && q <= 1)) {
        throw new IllegalArgumentException("quantile must be in (0, 1], was " + q);
      }
    }
    if (total == 0) {
      return out;
    }
    long[][] ascending = ascending();
    long[] minutes = ascending[0];
    long[] counts = ascending[1];
    for (int k = 0; k < qs.length; k++) {
      long rank = Math.max(1, (long) Math.ceil(qs[k] * total));
      long seen = 0;
      out[k] = minutes[minutes.length - 1];
      for (int m = 0; m < minutes.length; m++) {
        seen += counts[m];
        if (seen >= rank) {
          out[k] = minutes[m];
          break;
        }
      }
    }
    return out;
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
