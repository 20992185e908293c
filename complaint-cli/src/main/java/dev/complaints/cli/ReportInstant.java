package dev.complaints.cli;

import dev.complaints.cli.text.Times;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The report instant of {@code score} and {@code stats}: {@code --as-of} when given, else the end of the period
 * when it has ended, else now (a period in progress is reported as it stands, not as of its future end).
 */
final class ReportInstant {
  private ReportInstant() {}

  /**
   * The report instant.
   *
   * @param asOf the {@code --as-of} value, or null
   * @param start the start of the period
   * @param end the end of the period (exclusive)
   * @param clock what "now" is
   * @param option the option that named the period, for example {@code --quarter}
   * @param period the period as named, for example {@code 2026-Q4}
   * @param zone the zone the period's bounds are local to
   * @return {@code --as-of}, or {@code min(now, end)}
   * @throws BadInputException when {@code --as-of} is not an instant, or no {@code --as-of} is given and the
   *     period has not begun
   */
  static Instant of(String asOf, Instant start, Instant end, Clock clock, String option, String period,
      ZoneId zone) {
    if (asOf != null) {
      return parse(asOf);
    }
    Instant now = clock.instant();
    if (now.isBefore(start)) {
      throw BadInputException.option(option, period + " begins " + Times.format(start, zone) + ", after now ("
          + Times.format(now, zone) + "); give --as-of to report as of another instant");
    }
    return now.isBefore(end) ? now : end;
  }

  /**
   * Parses {@code --as-of}.
   *
   * @param text the value
   * @return the instant
   * @throws BadInputException when it is not an ISO-8601 instant with an offset, or too far out to be shown
   */
  static Instant parse(String text) {
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw BadInputException.option("--as-of", "'" + Messages.cut(text)
          + "' is not an ISO-8601 instant with an offset (e.g. 2026-10-31T16:30:00+08:00)");
    }
    try {
      // reports show the instant as a local date-time; it must exist in every zone
      instant.atOffset(ZoneOffset.MIN);
      instant.atOffset(ZoneOffset.MAX);
    } catch (DateTimeException e) {
      throw BadInputException.option("--as-of", "'" + Messages.cut(text) + "' is out of range: " + e.getMessage());
    }
    return instant;
  }
}
