package dev.complaints.sla.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question that a calendar built from a holiday dataset cannot answer, because it lies outside the years the
 * dataset covers (and the weekly rule for unknown years was not chosen). The message names the calendar, the
 * covered span and what was asked; the parts are available to hosts that word their own message, for example
 * a command line that names its own option for the weekly rule.
 */
public final class CalendarCoverageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String calendarId;
  private final LocalDate coveredFrom;
  private final LocalDate coveredTo;
  private final String question;

  /**
   * Creates the exception.
   *
   * @param calendarId the calendar's id
   * @param coveredFrom first covered date
   * @param coveredTo last covered date
   * @param question what was asked, for example {@code "the 5th working day after 2026-12-28"}
   */
  public CalendarCoverageException(String calendarId, LocalDate coveredFrom, LocalDate coveredTo,
      String question) {
    super("calendar '" + calendarId + "' covers only " + coveredFrom + " to " + coveredTo
        + " (the years of its holiday data); " + question + " is outside that span. Use"
        + " withWeeklyRuleForUnknownYears() (or a policy with UnknownYears.WEEKLY) to apply the weekly rule"
        + " alone outside it, or a calendar built from newer holiday data.");
    this.calendarId = Objects.requireNonNull(calendarId, "calendarId");
    this.coveredFrom = Objects.requireNonNull(coveredFrom, "coveredFrom");
    this.coveredTo = Objects.requireNonNull(coveredTo, "coveredTo");
    this.question = Objects.requireNonNull(question, "question");
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
   * The first date the calendar's data covers.
   *
   * @return the date
   */
  public LocalDate coveredFrom() {
    return coveredFrom;
  }

  /**
   * The last date the calendar's data covers.
   *
   * @return the date
   */
  public LocalDate coveredTo() {
    return coveredTo;
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
   * The first {@code CalendarCoverageException} in a chain of causes, starting with {@code t} itself.
   *
   * @param t an exception, may be null
   * @return the coverage error, empty when there is none in the chain
   */
  public static Optional<CalendarCoverageException> in(@Nullable Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof CalendarCoverageException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
