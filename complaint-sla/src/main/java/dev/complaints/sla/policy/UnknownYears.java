package dev.complaints.sla.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an SLA policy does with dates beyond the years of a holiday-dataset calendar (such as the bundled
 * {@code cn-national}, which knows China's holidays and transfer workdays only for the years of its data). In
 * policy JSON the field {@code "unknownYears"} holds {@code "refuse"} (the default) or {@code "weekly"}.
 */
public enum UnknownYears {
  /**
   * A deadline or elapsed time that needs a date past the data is an error naming the covered span (the
   * calendars are used as the lookup gives them).
   */
  REFUSE,
  /**
   * Dates past the data follow the calendar's weekly windows alone (for {@code cn-national}: Monday to Friday,
   * without holidays or transfer workdays): every dataset calendar the policy names is resolved with
   * {@link dev.complaints.sla.calendar.BusinessCalendar#withWeeklyRuleForUnknownYears()}.
   */
  WEEKLY;

  /**
   * The JSON spelling: {@code refuse} or {@code weekly}.
   *
   * @return the name in lower case
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The value of a JSON spelling.
   *
   * @param text {@code refuse} or {@code weekly}
   * @return the value, empty for any other text
   */
  public static Optional<UnknownYears> parse(String text) {
    return Arrays.stream(values()).filter(u -> u.jsonName().equals(text)).findFirst();
  }

  /**
   * The allowed JSON spellings, for messages: {@code refuse, weekly}.
   *
   * @return the spellings separated by commas
   */
  public static String allowed() {
    return Arrays.stream(values()).map(UnknownYears::jsonName).collect(Collectors.joining(", "));
  }
}
