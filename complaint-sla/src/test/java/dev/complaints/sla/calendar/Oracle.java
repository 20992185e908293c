package dev.complaints.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar rules taken literally, stepping minute by minute and day by day. Slow and obviously right;
 * only for instants on whole minutes of calendars whose windows are on whole minutes.
 */
final class Oracle {
  private final BusinessCalendar cal;
  private final Map<LocalDate, List<long[]>> intervals = new HashMap<>();

  Oracle(BusinessCalendar cal) {
    this.cal = cal;
  }

  /** The date's own windows as instants, each end resolved like ZonedDateTime.of. */
  private List<long[]> intervals(LocalDate d) {
    return intervals.computeIfAbsent(d, date -> {
      List<long[]> out = new ArrayList<>();
      for (TimeWindow w : ownWindows(date)) {
        long s = ZonedDateTime.of(date.atStartOfDay().plusSeconds(w.startSecond()), cal.zone()).toEpochSecond();
        LocalDateTime endLocal = date.atStartOfDay().plusSeconds(w.endSecond()).plusDays(w.crossesMidnight() ? 1 : 0);
        long e = ZonedDateTime.of(endLocal, cal.zone()).toEpochSecond();
        out.add(new long[] {s, e});
      }
      return out;
    });
  }

  List<TimeWindow> ownWindows(LocalDate d) {
    List<TimeWindow> ex = cal.exceptions().get(d);
    return ex != null ? ex : cal.weekly().getOrDefault(d.getDayOfWeek(), List.of());
  }

  boolean isOpen(long epochSecond) {
    LocalDate d = LocalDateTime.ofEpochSecond(epochSecond, 0,
        cal.zone().getRules().getOffset(Instant.ofEpochSecond(epochSecond))).toLocalDate();
    for (int k = -1; k <= 1; k++) {
      for (long[] iv : intervals(d.plusDays(k))) {
        if (iv[0] <= epochSecond && epochSecond < iv[1]) {
          return true;
        }
      }
    }
    return false;
  }

  Instant nextOpen(Instant t) {
    long s = t.getEpochSecond();
    while (!isOpen(s)) {
      s += 60;
    }
    return Instant.ofEpochSecond(s);
  }

  Duration between(Instant a, Instant b) {
    long open = 0;
    for (long s = a.getEpochSecond(); s < b.getEpochSecond(); s += 60) {
      if (isOpen(s)) {
        open += 60;
      }
    }
    return Duration.ofSeconds(open);
  }

  Instant add(Instant t, Duration d) {
    if (d.isZero()) {
      return nextOpen(t);
    }
    long need = d.getSeconds();
    long s = t.getEpochSecond();
    while (need > 0) {
      if (isOpen(s)) {
        need -= 60;
      }
      s += 60;
    }
    return Instant.ofEpochSecond(s);
  }

  boolean isWorkingDay(LocalDate d) {
    return !ownWindows(d).isEmpty();
  }

  Instant addWorkingDays(Instant t, int n, DueAt due) {
    LocalDateTime local = LocalDateTime.ofInstant(t, cal.zone());
    LocalDate d = local.toLocalDate();
    int seen = 0;
    while (seen < n) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        seen++;
      }
    }
    switch (due) {
      case END_OF_DAY:
        return d.plusDays(1).atStartOfDay(cal.zone()).toInstant();
      case CLOSE_OF_BUSINESS:
        long latest = Long.MIN_VALUE;
        for (long[] iv : intervals(d)) {
          latest = Math.max(latest, iv[1]);
        }
        return Instant.ofEpochSecond(latest);
      default:
        return ZonedDateTime.of(d, local.toLocalTime(), cal.zone()).toInstant();
    }
  }
}
