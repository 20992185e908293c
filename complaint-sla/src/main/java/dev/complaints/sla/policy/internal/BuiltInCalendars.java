package dev.complaints.sla.policy.internal;

import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.policy.CalendarLookup;
import java.util.Optional;
import java.util.Set;

/** The calendars every policy can name without registering them. */
public final class BuiltInCalendars {
  private BuiltInCalendars() {}

  /** Id of the mall calendar: 10:00–20:00 every date. */
  public static final String MALL_HOURS = "mall-hours";
  /** Id of China's national working-day calendar. */
  public static final String CN_NATIONAL = "cn-national";

  /** Lookup of the built-in calendars (built on first use). */
  public static final CalendarLookup LOOKUP =
      new CalendarLookup() {
        @Override
        public Optional<BusinessCalendar> find(String id) {
          if (MALL_HOURS.equals(id)) {
            return Optional.of(BusinessCalendars.mallHours());
          }
          if (CN_NATIONAL.equals(id)) {
            return Optional.of(BusinessCalendars.cnNational());
          }
          return Optional.empty();
        }

        @Override
        public Set<String> ids() {
          return Set.of(MALL_HOURS, CN_NATIONAL);
        }
      };
}
