package dev.complaints.bench;

import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The naive baseline for the calendar benchmarks: steps one minute at a time, deciding for each minute from
 * the windows of its own date and of the previous date whether the calendar is open.
 */
final class CalendarStepping {
  private CalendarStepping() {}

  static boolean isOpen(BusinessCalendar cal, Instant t) {
    LocalDate date = LocalDateTime.ofInstant(t, cal.zone()).toLocalDate();
    return openBy(cal, date, t) || openBy(cal, date.minusDays(1), t);
  }

  private static boolean openBy(BusinessCalendar cal, LocalDate date, Instant t) {
    List<TimeWindow> ws = cal.windows(date);
    for (TimeWindow w : ws) {
      Instant s = ZonedDateTime.of(date.atStartOfDay().plusSeconds(w.startSecond()), cal.zone()).toInstant();
      Instant e = ZonedDateTime.of(date.atStartOfDay().plusSeconds(w.endOffset()), cal.zone()).toInstant();
      if (!t.isBefore(s) && t.isBefore(e)) {
        return true;
      }
    }
    return false;
  }

  /** The deadline by minute stepping (limits and starts on whole minutes). */
  static Instant add(BusinessCalendar cal, Instant t, Duration d) {
    long need = d.toMinutes();
    Instant m = t;
    if (need == 0) {
      while (!isOpen(cal, m)) {
        m = m.plusSeconds(60);
      }
      return m;
    }
    while (need > 0) {
      if (isOpen(cal, m)) {
        need--;
      }
      m = m.plusSeconds(60);
    }
    return m;
  }

  /** Working time by minute stepping. */
  static Duration between(BusinessCalendar cal, Instant a, Instant b) {
    long minutes = 0;
    for (Instant m = a; m.isBefore(b); m = m.plusSeconds(60)) {
      if (isOpen(cal, m)) {
        minutes++;
      }
    }
    return Duration.ofMinutes(minutes);
  }
}
