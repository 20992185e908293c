package dev.complaints.scoring.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The counting window of the monthly fines (计算维度:当月26日-次月25日): from the 26th of one month to the
 * 25th of the next, both inclusive, in local dates. A window is named by the month in which it ends: window
 * {@code 2026-10} runs from 2026-09-26 to 2026-10-25.
 *
 * @param month the month whose 25th ends the window
 */
public record FineWindow(YearMonth month) implements Comparable<FineWindow> {

  /** The zone of the source rules (Asia/Shanghai). */
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Checks the month. */
  public FineWindow {
    Objects.requireNonNull(month, "month");
  }

  /**
   * The window that contains a local date: dates from the 26th belong to the next month's window.
   *
   * @param date the local date
   * @return its window
   */
  public static FineWindow containing(LocalDate date) {
    YearMonth m = YearMonth.from(date);
    return new FineWindow(date.getDayOfMonth() >= 26 ? m.plusMonths(1) : m);
  }

  /**
   * The window that contains an instant, by its local date in a zone.
   *
   * @param instant the instant
   * @param zone the zone, normally {@link #SHANGHAI}
   * @return its window
   */
  public static FineWindow containing(Instant instant, ZoneId zone) {
    return containing(instant.atZone(zone).toLocalDate());
  }

  /**
   * Parses {@code YYYY-MM}.
   *
   * @param text the month whose 25th ends the window
   * @return the window
   * @throws IllegalArgumentException when the text is not a month
   */
  public static FineWindow parse(String text) {
    try {
      return new FineWindow(YearMonth.parse(text));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("fine window '" + text + "' is not a month YYYY-MM", e);
    }
  }

  /**
   * The first date, the 26th of the previous month.
   *
   * @return the first date (inclusive)
   */
  public LocalDate firstDay() {
    return month.minusMonths(1).atDay(26);
  }

  /**
   * The last date, the 25th of the month.
   *
   * @return the last date (inclusive)
   */
  public LocalDate lastDay() {
    return month.atDay(25);
  }

  /**
   * Whether a local date lies in the window.
   *
   * @param date the date
   * @return true when {@code firstDay() <= date <= lastDay()}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  @Override
  public int compareTo(FineWindow o) {
    return month.compareTo(o.month);
  }

  /**
   * The name of the window.
   *
   * @return {@code YYYY-MM}, the month it ends in
   */
  @Override
  public String toString() {
    return month.toString();
  }
}
