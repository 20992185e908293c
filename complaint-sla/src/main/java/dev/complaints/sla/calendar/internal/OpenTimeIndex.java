package dev.complaints.sla.calendar.internal;

import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.calendar.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The open time of a calendar as disjoint instant intervals, precomputed in chunks of 2^27 seconds (about
 * 4.25 years) with cumulative open seconds, so that every question is a bisection in one or two chunks.
 *
 * <p>Chunks are built on first use and then shared; the index is thread-safe and its answers never change.
 * Open time is the union over all dates of their windows, each window's ends mapped to instants like
 * {@code ZonedDateTime.of(LocalDateTime, zone)}.
 */
public final class OpenTimeIndex {
  private static final int SHIFT = 27;
  private static final long CHUNK = 1L << SHIFT;
  private static final int SLOTS = (int) ((Coverage.MAX_SECOND - Coverage.MIN_SECOND) >> SHIFT);
  private static final long NANOS = 1_000_000_000L;
  private static final int BUCKET_SHIFT = 15;
  private static final int BUCKETS = 1 << (SHIFT - BUCKET_SHIFT);
  /** Limits below this many seconds (about 290 years) fit in a long of nanoseconds. */
  private static final long LONG_NANOS_SECONDS = Long.MAX_VALUE / NANOS - 1;

  private final ZoneId zone;
  private final DaySource days;
  private final Coverage coverage;
  private final AtomicReferenceArray<Chunk> chunks = new AtomicReferenceArray<>(SLOTS);

  /** One chunk: intervals {@code [starts[i], ends[i])} in epoch seconds, cumulative open seconds. */
  private static final class Chunk {
    final long from;
    final long[] starts;
    final long[] ends;
    /** Open seconds in this chunk up to the end of interval i. */
    final long[] cumEnd;
    final long total;
    /** Interval counts per bucket boundary, to find an instant's interval without a search. */
    final int[] bucketEnd;
    /**
     * The seconds from one interval's start to the next when the intervals after the first start that far apart
     * and all but the last last {@link #repeatedLength} (a calendar open the same hours every day, without a change
     * of offset in the chunk); 0 otherwise. Then the open time before an instant among them is computed, not looked
     * up: no array is read but the first entries, which every question reads.
     */
    final long period;
    final long repeatedLength;

    Chunk(long from, long[] starts, long[] ends) {
      this.from = from;
      this.starts = starts;
      this.ends = ends;
      this.cumEnd = new long[starts.length];
      long c = 0;
      for (int i = 0; i < starts.length; i++) {
        c += ends[i] - starts[i];
        cumEnd[i] = c;
      }
      this.total = c;
      // bucketEnd[b] = number of intervals starting before the start of bucket b
      this.bucketEnd = new int[BUCKETS + 2];
      int i = 0;
      for (int b = 0; b <= BUCKETS + 1; b++) {
        long bucketStart = from + ((long) b << BUCKET_SHIFT);
        while (i < starts.length && starts[i] < bucketStart) {
          i++;
        }
        bucketEnd[b] = i;
      }
      int n = starts.length;
      long p = n >= 4 ? starts[2] - starts[1] : 0;
      long len = n >= 4 ? ends[1] - starts[1] : 0;
      for (int k = 2; p > 0 && k < n; k++) {
        if (starts[k] != starts[1] + (k - 1) * p || (k < n - 1 && ends[k] - starts[k] != len)) {
          p = 0;
        }
      }
      this.period = p;
      this.repeatedLength = p > 0 ? len : 0;
    }

    /** Index of the last interval starting at or before {@code sec}, or -1. */
    int floor(long sec) {
      // the bucket of sec bounds the answer; a bucket holds few interval starts
      int j = bucketEnd[(int) ((sec - from) >>> BUCKET_SHIFT) + 1] - 1;
      while (j >= 0 && starts[j] > sec) {
        j--;
      }
      return j;
    }

    /** Open nanoseconds in this chunk before the instant (sec, nano). */
    long cumNanos(long sec, int nano) {
      if (period > 0 && sec >= starts[1] && sec < starts[starts.length - 1]) {
        // among the repeating intervals: interval 1 + k, which starts at s
        long k = (sec - starts[1]) / period;
        long s = starts[1] + k * period;
        long before = cumEnd[0] + k * repeatedLength;
        return sec < s + repeatedLength ? (before + sec - s) * NANOS + nano : (before + repeatedLength) * NANOS;
      }
      int i = floor(sec);
      if (i < 0) {
        return 0;
      }
      if (sec < ends[i]) {
        long before = i == 0 ? 0 : cumEnd[i - 1];
        return (before + sec - starts[i]) * NANOS + nano;
      }
      return cumEnd[i] * NANOS;
    }

    /** The earliest instant at which the open nanoseconds of this chunk reach {@code target} (&gt; 0). */
    Instant locate(long target) {
      // first i with cumEnd[i] >= target seconds, rounded up (branch-free search)
      long need = (target + NANOS - 1) / NANOS;
      long[] a = cumEnd;
      int n = a.length;
      int base = 0;
      while (n > 1) {
        int half = n >>> 1;
        base = a[base + half - 1] < need ? base + half : base;
        n -= half;
      }
      int lo = base;
      long before = lo == 0 ? 0 : cumEnd[lo - 1];
      long into = target - before * NANOS;
      return Instant.ofEpochSecond(starts[lo] + into / NANOS, into % NANOS);
    }
  }

  /**
   * Creates an index; nothing is computed until first asked.
   *
   * @param zone calendar zone
   * @param days the windows of each date
   * @param coverage the known time
   */
  public OpenTimeIndex(ZoneId zone, DaySource days, Coverage coverage) {
    this.zone = zone;
    this.days = days;
    this.coverage = coverage;
  }

  private Chunk chunk(long k) {
    long slotL = k - (Coverage.MIN_SECOND >> SHIFT);
    if (slotL < 0 || slotL >= SLOTS) {
      throw coverage.outside(Instant.ofEpochSecond(k << SHIFT), "instant " + Instant.ofEpochSecond(k << SHIFT));
    }
    int slot = (int) slotL;
    Chunk c = chunks.getPlain(slot);
    if (c == null) {
      c = chunks.get(slot);
      if (c == null) {
        c = build(k);
        chunks.compareAndSet(slot, null, c);
        c = chunks.get(slot);
      }
    }
    return c;
  }

  private Chunk build(long k) {
    long from = k << SHIFT;
    long to = from + CHUNK;
    long lo = Math.max(from, coverage.fromSecond);
    long hi = Math.min(to, coverage.toSecond);
    LocalDate first = LocalDateTime.ofEpochSecond(from, 0, ZoneOffset.UTC).toLocalDate().minusDays(3);
    LocalDate last = LocalDateTime.ofEpochSecond(to, 0, ZoneOffset.UTC).toLocalDate().plusDays(2);
    int cap = 64;
    long[] s = new long[cap];
    long[] e = new long[cap];
    int n = 0;
    if (lo < hi) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        List<TimeWindow> ws = days.windowsOrNull(d);
        if (ws == null) {
          continue;
        }
        for (TimeWindow w : ws) {
          long a = epochSecond(zone, d, w.startSecond());
          long b = epochSecond(zone, d, w.endOffset());
          a = Math.max(a, lo);
          b = Math.min(b, hi);
          if (b <= a) {
            continue;
          }
          if (n == cap) {
            cap *= 2;
            s = Arrays.copyOf(s, cap);
            e = Arrays.copyOf(e, cap);
          }
          s[n] = a;
          e[n] = b;
          n++;
        }
      }
    }
    // sort by start and merge overlapping or touching intervals (DST can make windows of neighbouring
    // dates touch or overlap in instants)
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final long[] fs = s;
    Arrays.sort(order, (x, y) -> Long.compare(fs[x], fs[y]));
    long[] ms = new long[n];
    long[] me = new long[n];
    int m = 0;
    for (int j = 0; j < n; j++) {
      int i = order[j];
      if (m > 0 && s[i] <= me[m - 1]) {
        me[m - 1] = Math.max(me[m - 1], e[i]);
      } else {
        ms[m] = s[i];
        me[m] = e[i];
        m++;
      }
    }
    return new Chunk(from, Arrays.copyOf(ms, m), Arrays.copyOf(me, m));
  }

  /**
   * The instant of a local time given as seconds after midnight of {@code date} (may exceed one day),
   * resolved like {@code ZonedDateTime.of}.
   *
   * @param zone the zone
   * @param date the date
   * @param secondOfDay seconds after its midnight, 0..172800
   * @return epoch second
   */
  public static long epochSecond(ZoneId zone, LocalDate date, int secondOfDay) {
    LocalDate d = date.plusDays(secondOfDay / TimeWindow.DAY);
    int s = secondOfDay % TimeWindow.DAY;
    return ZonedDateTime.of(LocalDateTime.of(d, java.time.LocalTime.ofSecondOfDay(s)), zone).toEpochSecond();
  }

  /**
   * Whether the calendar is open at t.
   *
   * @param t the instant
   * @return true when inside a window
   */
  public boolean isOpen(Instant t) {
    coverage.require(t, false);
    long sec = t.getEpochSecond();
    Chunk c = chunk(sec >> SHIFT);
    int i = c.floor(sec);
    return i >= 0 && sec < c.ends[i];
  }

  /**
   * t when open, else the start of the next window.
   *
   * @param t the instant
   * @return the next open instant
   */
  public Instant nextOpen(Instant t) {
    coverage.require(t, false);
    long sec = t.getEpochSecond();
    long k = sec >> SHIFT;
    Chunk c = chunk(k);
    int i = c.floor(sec);
    if (i >= 0 && sec < c.ends[i]) {
      return t;
    }
    int j = i + 1;
    while (j >= c.starts.length) {
      k++;
      if ((k << SHIFT) >= coverage.toSecond) {
        throw coverage.beyondEnd("the next opening after " + t);
      }
      c = chunk(k);
      j = 0;
    }
    return Instant.ofEpochSecond(c.starts[j]);
  }

  /**
   * Open time in {@code [t1, t2)}.
   *
   * @param t1 from
   * @param t2 to, not before t1
   * @return the working duration
   */
  public Duration between(Instant t1, Instant t2) {
    if (t2.isBefore(t1)) {
      throw new IllegalArgumentException("between(" + t1 + ", " + t2 + "): the end " + t2
          + " is before the start " + t1);
    }
    coverage.require(t1, true);
    coverage.require(t2, true);
    long s1 = t1.getEpochSecond();
    long s2 = t2.getEpochSecond();
    long k1 = s1 >> SHIFT;
    long k2 = s2 >> SHIFT;
    Chunk c1 = chunk(k1);
    if (k1 == k2) {
      return Duration.ofNanos(c1.cumNanos(s2, t2.getNano()) - c1.cumNanos(s1, t1.getNano()));
    }
    long seconds = 0;
    for (long k = k1; k < k2; k++) {
      seconds += chunk(k).total;
    }
    long nanos = chunk(k2).cumNanos(s2, t2.getNano()) - c1.cumNanos(s1, t1.getNano());
    return Duration.ofSeconds(seconds, nanos);
  }

  /**
   * Whether {@link #add add(t, d)} gives a deadline rather than a {@code CalendarRangeException}. Without
   * finding the deadline when {@code d} fits in the open time after {@code t} in its chunk (a deadline within
   * about four years); otherwise by adding.
   *
   * @param t start
   * @param d working duration, not negative
   * @return true when the deadline is within the known time
   */
  public boolean knowsDeadline(Instant t, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("working duration must not be negative, got " + d);
    }
    long sec = t.getEpochSecond();
    if (!d.isZero() && d.getSeconds() < LONG_NANOS_SECONDS && sec >= coverage.fromSecond
        && sec < coverage.toSecond) {
      Chunk c = chunk(sec >> SHIFT);
      // the open time left in the chunk is clipped to the known time, so a deadline within it is known
      if (d.toNanos() <= c.total * NANOS - c.cumNanos(sec, t.getNano())) {
        return true;
      }
    }
    try {
      add(t, d);
      return true;
    } catch (CalendarRangeException e) {
      return false;
    }
  }

  /**
   * The earliest instant by which {@code d} of open time has passed since t; for {@code d = 0}, the next
   * opening.
   *
   * @param t start
   * @param d working duration, not negative
   * @return the deadline
   */
  public Instant add(Instant t, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("working duration must not be negative, got " + d);
    }
    if (d.isZero()) {
      return nextOpen(t);
    }
    coverage.require(t, false);
    long sec = t.getEpochSecond();
    long k = sec >> SHIFT;
    Chunk c = chunk(k);
    long used = c.cumNanos(sec, t.getNano());
    long avail = c.total * NANOS - used;
    if (d.compareTo(Duration.ofSeconds(coverage.toSecond - sec, -t.getNano())) > 0) {
      // working time never exceeds real time; a deadline exactly at the end of the known time is still known
      throw coverage.beyondEnd("the deadline " + d + " after " + t);
    }
    if (d.getSeconds() < LONG_NANOS_SECONDS) {
      // the common case, without allocation: remaining working time in nanoseconds
      long rem = d.toNanos();
      if (rem <= avail) {
        return c.locate(used + rem);
      }
      rem -= avail;
      while (true) {
        k++;
        if ((k << SHIFT) >= coverage.toSecond) {
          throw coverage.beyondEnd("the deadline " + d + " after " + t);
        }
        c = chunk(k);
        long total = c.total * NANOS;
        if (rem <= total) {
          return c.locate(rem);
        }
        rem -= total;
      }
    }
    Duration rem = d.minusNanos(avail);
    while (true) {
      k++;
      if ((k << SHIFT) >= coverage.toSecond) {
        throw coverage.beyondEnd("the deadline " + d + " after " + t);
      }
      c = chunk(k);
      if (rem.getSeconds() < c.total || (rem.getSeconds() == c.total && rem.getNano() == 0)) {
        return c.locate(rem.toNanos());
      }
      rem = rem.minusSeconds(c.total);
    }
  }
}
