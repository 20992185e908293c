package dev.complaints.sla.calendar.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Which dates are working days (their own window list is not empty), with per-year prefix counts so that
 * "the n-th working day after D" is a bisection, not a day-by-day walk.
 */
public final class WorkingDayIndex {
  private static final int FIRST_YEAR = 1400;
  private static final int LAST_YEAR = 2600;

  private final DaySource days;
  private final Coverage coverage;
  private final AtomicReferenceArray<int[]> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

  /**
   * Creates the index; years are computed on first use.
   *
   * @param days the windows of each date
   * @param coverage the known dates
   */
  public WorkingDayIndex(DaySource days, Coverage coverage) {
    this.days = days;
    this.coverage = coverage;
  }

  /**
   * prefix[i] = working days among the first i days of the year.
   *
   * @param y the year
   * @param asked the date asked for in that year, for the error when the year is not supported
   */
  private int[] year(int y, LocalDate asked) {
    if (y < FIRST_YEAR || y > LAST_YEAR) {
      throw coverage.outside(asked, "year " + y);
    }
    int slot = y - FIRST_YEAR;
    int[] p = years.get(slot);
    if (p == null) {
      int len = Year.of(y).length();
      p = new int[len + 1];
      LocalDate d = LocalDate.of(y, 1, 1);
      for (int i = 0; i < len; i++, d = d.plusDays(1)) {
        var ws = coverage.knows(d) ? days.windowsOrNull(d) : null;
        p[i + 1] = p[i] + (ws != null && !ws.isEmpty() ? 1 : 0);
      }
      years.compareAndSet(slot, null, p);
      p = years.get(slot);
    }
    return p;
  }

  /**
   * Whether the date's own window list is non-empty.
   *
   * @param date the date, known to the calendar
   * @return true for a working day
   */
  public boolean isWorkingDay(LocalDate date) {
    coverage.require(date);
    int[] p = year(date.getYear(), date);
    int i = date.getDayOfYear();
    return p[i] - p[i - 1] == 1;
  }

  /**
   * The n-th working day after {@code start} (the start date itself is not counted).
   *
   * @param start the start date
   * @param n how many working days, at least 1
   * @return the date
   */
  public LocalDate nthAfter(LocalDate start, int n) {
    coverage.require(start);
    int y = start.getYear();
    int[] p = year(y, start);
    long need = (long) p[start.getDayOfYear()] + n;
    while (need > p[p.length - 1]) {
      need -= p[p.length - 1];
      y++;
      if (coverage.limited() && !coverage.knows(LocalDate.of(y, 1, 1))) {
        throw coverage.beyondEnd("the " + ordinal(n) + " working day after " + start);
      }
      p = year(y, LocalDate.of(y, 1, 1));
    }
    // smallest i (1-based day of year) with p[i] >= need
    int lo = 1;
    int hi = p.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (p[mid] >= need) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    LocalDate result = LocalDate.ofYearDay(y, lo);
    if (!coverage.knows(result)) {
      throw coverage.beyondEnd("the " + ordinal(n) + " working day after " + start);
    }
    return result;
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
  static String ordinal(int n) {
    int tens = n % 100;
    int ones = n % 10;
    String suffix = tens >= 11 && tens <= 13 ? "th" : ones == 1 ? "st" : ones == 2 ? "nd" : ones == 3 ? "rd" : "th";
    return n + suffix;
  }
}
