package dev.complaints.scoring.period;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q4} (October to December 2026).
 *
 * @param year the year, 1..9999
 * @param quarter the quarter of the year, 1..4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-[Qq]([1-4])");

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException when the year or quarter is out of range
   */
  public Quarter {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("quarter year " + year + " out of range 1..9999");
    }
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter + " out of range 1..4");
    }
  }

  /**
   * Parses the form {@code YYYY-Qn}, for example {@code 2026-Q4}.
   *
   * @param text the text
   * @return the quarter
   * @throws IllegalArgumentException naming the text and the expected form when it does not match
   */
  public static Quarter parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "quarter '" + text + "' is not of the form YYYY-Qn with n in 1..4, for example 2026-Q4");
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The quarter that contains a month.
   *
   * @param month the month
   * @return its quarter
   */
  public static Quarter of(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The first month of the quarter.
   *
   * @return for example 2026-10 for 2026-Q4
   */
  public YearMonth firstMonth() {
    return YearMonth.of(year, (quarter - 1) * 3 + 1);
  }

  /**
   * The three months of the quarter, in order.
   *
   * @return three months
   */
  public List<YearMonth> months() {
    YearMonth first = firstMonth();
    return List.of(first, first.plusMonths(1), first.plusMonths(2));
  }

  /**
   * Whether a month lies in this quarter.
   *
   * @param month the month
   * @return true when the month is one of {@link #months()}
   */
  public boolean contains(YearMonth month) {
    return of(month).equals(this);
  }

  /**
   * The quarters of the same year from Q1 up to and including this one.
   *
   * @return one to four quarters, in order
   */
  public List<Quarter> yearToDate() {
    List<Quarter> out = new ArrayList<>(quarter);
    for (int q = 1; q <= quarter; q++) {
      out.add(new Quarter(year, q));
    }
    return List.copyOf(out);
  }

  @Override
  public int compareTo(Quarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  /**
   * The text form.
   *
   * @return for example {@code 2026-Q4}
   */
  @Override
  public String toString() {
    return String.format("%04d-Q%d", year, quarter);
  }
}
