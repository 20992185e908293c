package dev.complaints.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.UnknownYears;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --unknown-years refuse|weekly}, on every command that times anything: what to do with dates past the
 * holiday data of a calendar built from a dataset (the bundled {@code cn-national} knows 2024 to 2026).
 * {@code refuse} (the default) stops with one error line naming the last covered date, this option and
 * {@code calendar import}; {@code weekly} follows the calendar's weekly windows alone after that date (for
 * {@code cn-national}: Monday to Friday, no holidays, no transfer workdays) and says so in one warning line on
 * standard error. Without the option, a calendar or policy file that chose the weekly rule itself keeps it.
 */
public final class UnknownYearsOption {

  @Option(names = "--unknown-years", paramLabel = "refuse|weekly",
      description = "dates past the holiday data of a dataset calendar (cn-national: 2024-2026): refuse (default)"
          + " gives an error naming the last covered date; weekly follows the weekly windows alone after it"
          + " (Monday to Friday for cn-national), with a warning")
  String value;

  /**
   * The choice on the command line.
   *
   * @return the choice, empty when the option was left out
   * @throws BadInputException for a value other than {@code refuse} and {@code weekly}
   */
  Optional<UnknownYears> given() {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(UnknownYears.parse(value).orElseThrow(() -> BadInputException.option(
        "--unknown-years", "'" + Messages.cut(value) + "' is not one of " + UnknownYears.allowed())));
  }

  /**
   * A calendar file's calendar as the option says (for {@code deadline} and {@code elapsed}), with the warning
   * when it follows the weekly rule past its data.
   *
   * @param calendar the calendar as read
   * @param err where the warning goes
   * @return the calendar to ask
   */
  BusinessCalendar apply(BusinessCalendar calendar, PrintWriter err) {
    BusinessCalendar chosen = given().map(u -> as(calendar, u)).orElse(calendar);
    warn(java.util.List.of(chosen), err);
    return chosen;
  }

  /**
   * A calendar with the given choice for dates past its data: the weekly rule, or none (even when its file chose
   * it).
   *
   * @param calendar the calendar
   * @param choice the choice
   * @return the calendar
   */
  static BusinessCalendar as(BusinessCalendar calendar, UnknownYears choice) {
    if (choice == UnknownYears.WEEKLY) {
      return calendar.withWeeklyRuleForUnknownYears();
    }
    if (!calendar.usesWeeklyRuleForUnknownYears()) {
      return calendar;
    }
    ObjectNode tree = BusinessCalendars.toJson(calendar);
    tree.put("weeklyRuleForUnknownYears", false);
    return BusinessCalendars.read(tree);
  }

  /**
   * Prints one warning line when any of the calendars follows its weekly windows alone past its holiday data,
   * naming the earliest last covered date.
   *
   * @param calendars the calendars in use
   * @param err where the line goes
   */
  static void warn(Collection<BusinessCalendar> calendars, PrintWriter err) {
    calendars.stream()
        .filter(c -> c.usesWeeklyRuleForUnknownYears() && c.coveredTo() != null)
        .min(Comparator.comparing((BusinessCalendar c) -> Objects.requireNonNull(c.coveredTo())))
        .ifPresent(c -> err.println("warning: calendar '" + c.id() + "' has holiday data up to "
            + c.coveredTo() + "; later dates follow its weekly windows alone, without holidays"
            + " or transfer workdays (--unknown-years weekly)"));
  }

  /**
   * The message a command reports for an error: for a date a calendar does not cover, {@link #refusal}; other
   * errors keep their own message.
   *
   * @param e the error
   * @return the message
   */
  static String explained(RuntimeException e) {
    return CalendarRangeException.in(e).map(UnknownYearsOption::refusal).orElse(e.getMessage());
  }

  /**
   * The sentence for a date a calendar does not cover: past its holiday data, one sentence naming the date, the
   * covered span, what was asked and both ways out; outside the supported range, the calendar's own message.
   *
   * @param gap the calendar's refusal
   * @return the sentence
   */
  static String refusal(CalendarRangeException gap) {
    if (!gap.holidayData()) {
      return gap.getMessage();
    }
    String asked = gap.question().equals("date " + gap.date()) ? "" : " (" + gap.question() + ")";
    return "calendar '" + gap.calendarId() + "' has holiday data only from " + gap.coveredFrom() + " to "
        + gap.coveredTo() + "; " + gap.date() + asked + " is outside that span. Use"
        + " --unknown-years weekly to follow its weekly windows alone after " + gap.coveredTo() + ", or build a"
        + " calendar file with the missing years with 'calendar import' and pass it with --calendar";
  }
}
