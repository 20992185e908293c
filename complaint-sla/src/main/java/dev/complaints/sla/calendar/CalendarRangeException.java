package dev.complaints.sla.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date a business calendar cannot answer for: outside the years of its holiday data (a calendar built from a
 * dataset, such as {@code cn-national}, without the weekly rule for unknown years), or outside the range of
 * instants every calendar supports (about the years 1425 to 2514).
 *
 * <p>Thrown by the calendar itself and carried as it is through the SLA policy, the timers, the tracker and
 * scoring: a caller catches this one type wherever it asks. It carries the calendar's id, the date asked for
 * and the covered range, all named in the message; a host that words its own message (for example a command
 * line that names its own option for the weekly rule) reads them from the accessors.
 *
 * <p>The date asked for is the local date, in the calendar's zone, that the answer needs and the calendar does
 * not cover: the date of an instant asked about, or the first date past the covered range when a deadline or a
 * count of working days runs beyond it. The covered range is inclusive at both ends.
 */
public final class CalendarRangeException extends DateTimeException {
  private static final long serialVersionUID = 1L;

  private final String calendarId;
  private final LocalDate date;
  private final LocalDate coveredFrom;
  private final LocalDate coveredTo;
  private final boolean holidayData;
  private final String question;

  /**
   * Creates the exception.
   *
   * @param calendarId the calendar's id
   * @param date the date asked for, which the calendar does not cover
   * @param coveredFrom the first covered date (inclusive)
   * @param coveredTo the last covered date (inclusive)
   * @param holidayData true when the covered range is the span of the calendar's holiday data (the weekly rule
   *     for unknown years would answer), false when it is the range every calendar supports
   * @param question what was asked, for example {@code "the 5th working day after 2026-12-28"}
   */
  public CalendarRangeException(String calendarId, LocalDate date, LocalDate coveredFrom, LocalDate coveredTo,
      boolean holidayData, String question) {
    super(message(calendarId, date, coveredFrom, coveredTo, holidayData, question));
    this.calendarId = calendarId;
    this.date = date;
    this.coveredFrom = coveredFrom;
    this.coveredTo = coveredTo;
    this.holidayData = holidayData;
    this.question = question;
  }

  private static String message(String calendarId, LocalDate date, LocalDate coveredFrom, LocalDate coveredTo,
      boolean holidayData, String question) {
    Objects.requireNonNull(calendarId, "calendarId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(coveredFrom, "coveredFrom");
    Objects.requireNonNull(coveredTo, "coveredTo");
    Objects.requireNonNull(question, "question");
    String head = "calendar '" + calendarId + "' cannot answer for " + date + ", outside ";
    if (!holidayData) {
      return head + "the supported range " + coveredFrom + " to " + coveredTo + " (asked: " + question + ")";
    }
    return head + coveredFrom + " to " + coveredTo + " (the years of its holiday data; asked: " + question
        + "). Use withWeeklyRuleForUnknownYears() (or a policy with UnknownYears.WEEKLY) to apply the weekly"
        + " rule alone outside that span, or a calendar built from newer holiday data.";
  }

  /**
   * The calendar's id.
   *
   * @return the id
   */
  public String calendarId() {
    return calendarId;
  }

  /**
   * The date asked for: the local date, in the calendar's zone, that the answer needs and the calendar does not
   * cover.
   *
   * @return the date, before {@link #coveredFrom()} or after {@link #coveredTo()}
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The first date the calendar covers (inclusive).
   *
   * @return the date
   */
  public LocalDate coveredFrom() {
    return coveredFrom;
  }

  /**
   * The last date the calendar covers (inclusive).
   *
   * @return the date
   */
  public LocalDate coveredTo() {
    return coveredTo;
  }

  /**
   * Whether the covered range is the span of the calendar's holiday data, so that
   * {@link BusinessCalendar#withWeeklyRuleForUnknownYears()} would answer; false when it is the range of instants
   * every calendar supports.
   *
   * @return true for the holiday data's span
   */
  public boolean holidayData() {
    return holidayData;
  }

  /**
   * What was asked, for example {@code "the 5th working day after 2026-12-28"} or
   * {@code "instant 2027-01-04T01:00:00Z"}.
   *
   * @return the question
   */
  public String question() {
    return question;
  }

  /**
   * The first {@code CalendarRangeException} in a chain of causes, starting with {@code t} itself.
   *
   * @param t an exception, may be null
   * @return the exception, empty when there is none in the chain
   */
  public static Optional<CalendarRangeException> in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof CalendarRangeException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
