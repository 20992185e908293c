package dev.complaints.scoring.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit's quarterly score: the mean of its monthly totals (2 decimals, HALF_UP).
 *
 * <p>When a month of the quarter has no scorecard for the unit (no tickets and no inputs that month), the
 * score is the mean of the months present and {@link #complete()} is false; {@link #missingMonths()} names
 * the months left out.
 *
 * @param unit the unit id
 * @param region the unit's region, or null when unknown (such a unit is left out of region scores)
 * @param quarter the quarter
 * @param score the quarterly score, scale 2
 * @param monthly the monthly totals used, by month in order
 * @param missingMonths the months of the quarter without a scorecard, in order
 */
public record UnitQuarterScore(
    String unit,
    @Nullable String region,
    Quarter quarter,
    BigDecimal score,
    Map<YearMonth, BigDecimal> monthly,
    List<YearMonth> missingMonths) {

  /** Copies the collections. */
  public UnitQuarterScore {
    monthly = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(monthly));
    missingMonths = List.copyOf(missingMonths);
  }

  /**
   * Whether all three months of the quarter were scored.
   *
   * @return true when no month is missing
   */
  public boolean complete() {
    return missingMonths.isEmpty();
  }
}
