package dev.complaints.scoring.period;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One unit's monthly scorecard total, the input of quarterly scoring.
 *
 * @param unit the unit (plaza) id, not blank
 * @param region the unit's region (city company), or null when unknown
 * @param month the scored month
 * @param total the month's total, 0..100
 */
public record MonthlyUnitScore(String unit, @Nullable String region, YearMonth month, BigDecimal total) {

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException when the unit is blank or the total is outside 0..100
   * @throws NullPointerException when the unit, month or total is null
   */
  public MonthlyUnitScore {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(total, "total");
    if (unit.isBlank()) {
      throw new IllegalArgumentException("unit id is blank");
    }
    if (region != null && region.isBlank()) {
      region = null;
    }
    if (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "monthly total " + total.toPlainString() + " of unit " + unit + " in " + month + " is outside 0..100");
    }
  }
}
