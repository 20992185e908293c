package dev.complaints.sla.calendar.internal;

import dev.complaints.sla.calendar.CalendarCoverageException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The dates a calendar knows: everything, or a covered span of dates (with instants from local midnight of
 * the first date to local midnight after the last one).
 */
public final class Coverage {
  /** Earliest supported instant (epoch second), about the year 1425. */
  public static final long MIN_SECOND = -(1L << 34);
  /** Latest supported instant (epoch second, exclusive), about the year 2514. */
  public static final long MAX_SECOND = 1L << 34;

  /** First date a calendar may name (an exception or a covered span); earlier instants are not supported. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1426, 1, 1);
  /** Last date a calendar may name; later instants are not supported. */
  public static final LocalDate LAST_DATE = LocalDate.of(2513, 12, 31);

  private final String calendarId;
  private final LocalDate from;
  private final LocalDate to;
  /** First known epoch second (inclusive). */
  public final long fromSecond;
  /** End of known time (epoch second, exclusive). */
  public final long toSecond;

  private Coverage(String calendarId, LocalDate from, LocalDate to, long fromSecond, long toSecond) {
    this.calendarId = calendarId;
    this.from = from;
    this.to = to;
    this.fromSecond = fromSecond;
    this.toSecond = toSecond;
  }

  /**
   * Everything known (within the supported range).
   *
   * @param calendarId calendar id for messages
   * @return the coverage
   */
  public static Coverage all(String calendarId) {
    return new Coverage(calendarId, null, null, MIN_SECOND, MAX_SECOND);
  }

  /**
   * Only the dates {@code from..to} are known.
   *
   * @param calendarId calendar id for messages
   * @param from first covered date
   * @param to last covered date
   * @param zone calendar zone
   * @return the coverage
   */
  public static Coverage span(String calendarId, LocalDate from, LocalDate to, ZoneId zone) {
    long f = ZonedDateTime.of(from.atStartOfDay(), zone).toEpochSecond();
    long t = ZonedDateTime.of(to.plusDays(1).atStartOfDay(), zone).toEpochSecond();
    return new Coverage(calendarId, from, to, Math.max(f, MIN_SECOND), Math.min(t, MAX_SECOND));
  }

  /**
   * Whether a date is known.
   *
   * @param date the date
   * @return true when inside the covered span (or there is no span)
   */
  public boolean knows(LocalDate date) {
    return from == null || (!date.isBefore(from) && !date.isAfter(to));
  }

  /**
   * Whether this coverage is limited to a span.
   *
   * @return true for a span
   */
  public boolean limited() {
    return from != null;
  }

  /**
   * The error for a question about unknown time.
   *
   * @param what what was asked about, for example {@code "instant 2027-01-04T01:00:00Z"}
   * @return the exception to throw
   */
  public IllegalArgumentException outside(String what) {
    if (from == null) {
      return new IllegalArgumentException(what + " is outside the supported range "
          + Instant.ofEpochSecond(MIN_SECOND) + " .. " + Instant.ofEpochSecond(MAX_SECOND));
    }
    return new CalendarCoverageException(calendarId, from, to, what);
  }

  /**
   * Throws unless an instant lies in the known time.
   *
   * @param t the instant
   * @param endAllowed whether the exclusive end itself is acceptable (as the end of a range)
   */
  public void require(Instant t, boolean endAllowed) {
    long s = t.getEpochSecond();
    boolean ok = s >= fromSecond && (s < toSecond || (endAllowed && s == toSecond && t.getNano() == 0));
    if (!ok) {
      throw outside("instant " + t);
    }
  }

  /**
   * Throws unless a date is known.
   *
   * @param date the date
   */
  public void require(LocalDate date) {
    if (!knows(date)) {
      throw outside("date " + date);
    }
  }
}
