package dev.complaints.streams;

import java.time.YearMonth;

/** The key of a unit's scorecard of a month: {@code unit|yyyy-MM}. */
final class ScorecardKey {
  private ScorecardKey() {}

  static String of(String unit, YearMonth period) {
    return unit + "|" + period;
  }
}
