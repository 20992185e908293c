package dev.complaints.sla.calendar.internal;

import dev.complaints.sla.calendar.CalendarRangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
  private final ZoneId zone;
  private final LocalDate from;
  private final LocalDate to;
  /** First known epoch second (inclusive). */
  public final long fromSecond;
  /** End of known time (epoch second, exclusive). */
  public final long toSecond;

  private Coverage(String calendarId, ZoneId zone, LocalDate from, LocalDate to, long fromSecond, long toSecond) {
    this.calendarId = calendarId;
    this.zone = zone;
    this.from = from;
    this.to = to;
    this.fromSecond = fromSecond;
    this.toSecond = toSecond;
  }

  /**
   * Everything known (within the supported range).
   *
   * @param calendarId calendar id for messages
   * @param zone calendar zone
   * @return the coverage
   */
  public static Coverage all(String calendarId, ZoneId zone) {
    return new Coverage(calendarId, zone, null, null, MIN_SECOND, MAX_SECOND);
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
    return new Coverage(calendarId, zone, from, to, Math.max(f, MIN_SECOND), Math.min(t, MAX_SECOND));
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
   * The error for a question about a date the calendar does not cover.
   *
   * @param date the date asked for
   * @param what what was asked, for example {@code "the 5th working day after 2026-12-28"}
   * @return the exception to throw
   */
  public CalendarRangeException outside(LocalDate date, String what) {
    if (from == null) {
      return new CalendarRangeException(calendarId, date, FIRST_DATE, LAST_DATE, false, what);
    }
    return new CalendarRangeException(calendarId, date, from, to, true, what);
  }

  /**
   * The error for a question about an instant the calendar does not cover, dated by its local date.
   *
   * @param t the instant asked for
   * @param what what was asked
   * @return the exception to throw
   */
  public CalendarRangeException outside(Instant t, String what) {
    return outside(localDate(t), what);
  }

  /**
   * The error for an answer that would lie past the end of the known time (a deadline, the next opening, the
   * n-th working day), dated by the first date the calendar does not cover.
   *
   * @param what what was asked
   * @return the exception to throw
   */
  public CalendarRangeException beyondEnd(String what) {
    return outside(to != null ? to.plusDays(1) : localDate(Instant.ofEpochSecond(MAX_SECOND)), what);
  }

  /** The local date of an instant, held to the dates {@link LocalDate} can show. */
  private LocalDate localDate(Instant t) {
    if (t.isBefore(LOCAL_DATE_MIN)) {
      return LocalDate.MIN;
    }
    if (t.isAfter(LOCAL_DATE_MAX)) {
      return LocalDate.MAX;
    }
    return LocalDate.ofInstant(t, zone);
  }

  /** Instants whose local date is a {@link LocalDate} in every zone. */
  private static final Instant LOCAL_DATE_MIN = LocalDate.MIN.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant LOCAL_DATE_MAX = LocalDate.MAX.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);

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
      throw outside(t, "instant " + t);
    }
  }

  /**
   * Throws unless a date is known.
   *
   * @param date the date
   */
  public void require(LocalDate date) {
    if (!knows(date)) {
      throw outside(date, "date " + date);
    }
  }
}
