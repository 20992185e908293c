package dev.complaints.scoring.stats;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * How often one root cause was found (问题根源), with its month-by-month trend.
 *
 * @param key the root-cause code
 * @param count how many tickets name it
 * @param share {@code count / tickets that name a root cause}, 4 decimals HALF_UP
 * @param trend its count per month, from the first to the last month with tickets (0 where it was not found)
 */
public record RootCauseShare(String key, long count, BigDecimal share, List<MonthCount> trend) {

  /** Copies the list. */
  public RootCauseShare {
    trend = List.copyOf(trend);
  }

  /**
   * A count in one month.
   *
   * @param month the month (of acceptance)
   * @param count the count
   */
  public record MonthCount(YearMonth month, long count) {}
}
