package dev.complaints.sla.policy;

import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.policy.internal.BuiltInCalendars;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Finds the business calendars an SLA policy names by id.
 *
 * <p>{@link #builtIn()} knows {@code mall-hours} (10:00&ndash;20:00 every date, Asia/Shanghai) and
 * {@code cn-national} (China's national working days, Asia/Shanghai). A host adds its own calendars with
 * {@link #of(BusinessCalendar...)} and {@link #orElse(CalendarLookup)}.
 */
public interface CalendarLookup {

  /**
   * The calendar with this id.
   *
   * @param id the calendar id
   * @return the calendar, empty when unknown
   */
  Optional<BusinessCalendar> find(String id);

  /**
   * The ids this lookup knows, for validation messages and checks.
   *
   * @return the known ids
   */
  Set<String> ids();

  /**
   * The built-in calendars: {@code mall-hours} and {@code cn-national}.
   *
   * @return the lookup
   */
  static CalendarLookup builtIn() {
    return BuiltInCalendars.LOOKUP;
  }

  /**
   * A lookup over the given calendars, by their ids.
   *
   * @param calendars the calendars
   * @return the lookup
   */
  static CalendarLookup of(BusinessCalendar... calendars) {
    Map<String, BusinessCalendar> m = new LinkedHashMap<>();
    for (BusinessCalendar c : calendars) {
      m.put(Objects.requireNonNull(c, "calendar").id(), c);
    }
    Map<String, BusinessCalendar> copy = Map.copyOf(m);
    return new CalendarLookup() {
      @Override
      public Optional<BusinessCalendar> find(String id) {
        return Optional.ofNullable(copy.get(id));
      }

      @Override
      public Set<String> ids() {
        return copy.keySet();
      }
    };
  }

  /**
   * This lookup with every calendar built from a holiday dataset answering beyond its years by its weekly
   * windows alone ({@link BusinessCalendar#withWeeklyRuleForUnknownYears()}); other calendars are unchanged.
   *
   * @return the lookup
   */
  default CalendarLookup withWeeklyRuleForUnknownYears() {
    CalendarLookup self = this;
    // id -> {calendar found, its weekly-rule form}: the same form while this lookup finds the same calendar, so
    // that the open time it precomputes is kept
    Map<String, BusinessCalendar[]> derived = new ConcurrentHashMap<>();
    return new CalendarLookup() {
      @Override
      public Optional<BusinessCalendar> find(String id) {
        Optional<BusinessCalendar> found = self.find(id);
        if (found.isEmpty()) {
          return found;
        }
        BusinessCalendar source = found.get();
        BusinessCalendar[] kept = derived.get(id);
        if (kept == null || kept[0] != source) {
          kept = new BusinessCalendar[] {source, source.withWeeklyRuleForUnknownYears()};
          derived.put(id, kept);
        }
        return Optional.of(kept[1]);
      }

      @Override
      public Set<String> ids() {
        return self.ids();
      }
    };
  }

  /**
   * The last date of holiday data among the given calendars: the earliest
   * {@link BusinessCalendar#coveredTo()} of those built from a holiday dataset.
   *
   * @param ids calendar ids; ids this lookup does not know are skipped
   * @return the date; null when none of them is limited to the years of a dataset
   */
  default @Nullable LocalDate dataEnds(Collection<String> ids) {
    return ids.stream()
        .map(this::find)
        .flatMap(Optional::stream)
        .map(BusinessCalendar::coveredTo)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  /**
   * This lookup, then {@code other} for ids this one does not know.
   *
   * @param other the fallback
   * @return the combined lookup
   */
  default CalendarLookup orElse(CalendarLookup other) {
    Objects.requireNonNull(other, "other");
    CalendarLookup self = this;
    return new CalendarLookup() {
      @Override
      public Optional<BusinessCalendar> find(String id) {
        Optional<BusinessCalendar> c = self.find(id);
        return c.isPresent() ? c : other.find(id);
      }

      @Override
      public Set<String> ids() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(self.ids());
        all.addAll(other.ids());
        return java.util.Collections.unmodifiableSet(all);
      }
    };
  }
}
