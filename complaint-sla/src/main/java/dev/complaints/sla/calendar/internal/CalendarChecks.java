package dev.complaints.sla.calendar.internal;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.sla.calendar.TimeWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Structural checks of a calendar definition, in local time: overlapping windows (on one date, and a
 * window running past midnight into the next date's windows), exceptions overlapping a neighbouring date,
 * dates with no open time for a year or more, and dates outside the supported years (which are then left out
 * of the other checks, so that no check walks an unbounded span of dates). Entries that could not be parsed
 * are {@code null} and skipped (their problem is reported by the parser).
 */
public final class CalendarChecks {
  private CalendarChecks() {}

  /**
   * JSON path of a weekly window.
   *
   * @param day the weekday
   * @param i index in its list
   * @return the path
   */
  public static String weeklyPath(DayOfWeek day, int i) {
    return "$.weekly." + day + "[" + i + "]";
  }

  /**
   * JSON path of an exception window (or of the exception itself when {@code i < 0}).
   *
   * @param date the date
   * @param i index in its list, or -1
   * @return the path
   */
  public static String exceptionPath(LocalDate date, int i) {
    return "$.exceptions['" + date + "']" + (i < 0 ? "" : "[" + i + "]");
  }

  /**
   * Runs every check.
   *
   * @param weekly windows per weekday as given (may hold nulls)
   * @param givenExceptions windows per exception date as given (may hold nulls)
   * @param coveredFrom first covered date, or null
   * @param coveredTo last covered date, or null
   * @param weeklyOutside whether the weekly rule applies outside the covered span
   * @return the problems, in document order
   */
  public static List<Problem> check(
      Map<DayOfWeek, List<TimeWindow>> weekly,
      NavigableMap<LocalDate, List<TimeWindow>> givenExceptions,
      @Nullable LocalDate coveredFrom,
      @Nullable LocalDate coveredTo,
      boolean weeklyOutside) {
    List<Problem> problems = new ArrayList<>();
    NavigableMap<LocalDate, List<TimeWindow>> exceptions = new TreeMap<>();
    for (Map.Entry<LocalDate, List<TimeWindow>> e : givenExceptions.entrySet()) {
      if (supported(e.getKey(), exceptionPath(e.getKey(), -1), problems)) {
        exceptions.put(e.getKey(), e.getValue());
      }
    }
    boolean spanSupported = (coveredFrom == null || supported(coveredFrom, "$.covered.from", problems))
        & (coveredTo == null || supported(coveredTo, "$.covered.to", problems));
    for (DayOfWeek d : DayOfWeek.values()) {
      List<TimeWindow> ws = weekly.getOrDefault(d, List.of());
      sameDate(ws, i -> weeklyPath(d, i), problems);
      DayOfWeek next = d.plus(1);
      List<TimeWindow> nws = weekly.getOrDefault(next, List.of());
      spill(ws, i -> weeklyPath(d, i), nws, i -> weeklyPath(next, i), problems);
    }
    for (Map.Entry<LocalDate, List<TimeWindow>> e : exceptions.entrySet()) {
      LocalDate date = e.getKey();
      List<TimeWindow> ws = e.getValue();
      sameDate(ws, i -> exceptionPath(date, i), problems);
      LocalDate prev = date.minusDays(1);
      if (!exceptions.containsKey(prev)) {
        List<TimeWindow> pws = weekly.getOrDefault(prev.getDayOfWeek(), List.of());
        spillInto(pws, i -> weeklyPath(prev.getDayOfWeek(), i) + " (on " + prev + ")", ws,
            i -> exceptionPath(date, i), problems);
      }
      LocalDate next = date.plusDays(1);
      List<TimeWindow> nws = exceptions.containsKey(next)
          ? exceptions.get(next) : weekly.getOrDefault(next.getDayOfWeek(), List.of());
      java.util.function.IntFunction<String> nextPath = exceptions.containsKey(next)
          ? i -> exceptionPath(next, i) : i -> weeklyPath(next.getDayOfWeek(), i) + " (on " + next + ")";
      spill(ws, i -> exceptionPath(date, i), nws, nextPath, problems);
    }
    if (coveredFrom != null && coveredTo != null && coveredTo.isBefore(coveredFrom)) {
      problems.add(Problem.of("$.covered", "the covered span ends (" + coveredTo + ") before it starts ("
          + coveredFrom + ")"));
    }
    if (spanSupported) {
      noOpenTime(weekly, exceptions, coveredFrom, coveredTo, weeklyOutside, problems);
    }
    return problems;
  }

  private static boolean supported(LocalDate date, String path, List<Problem> problems) {
    if (date.isBefore(Coverage.FIRST_DATE) || date.isAfter(Coverage.LAST_DATE)) {
      problems.add(Problem.of(path, Wording.mustBe("a date between " + Coverage.FIRST_DATE + " and "
          + Coverage.LAST_DATE, Wording.found(date.toString()))));
      return false;
    }
    return true;
  }

  private static void sameDate(List<TimeWindow> ws, java.util.function.IntFunction<String> path,
      List<Problem> problems) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      if (ws.get(i) != null) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparing(ws::get));
    int maxIdx = -1;
    for (int i : order) {
      TimeWindow w = ws.get(i);
      if (maxIdx >= 0 && w.startSecond() < ws.get(maxIdx).endOffset()) {
        problems.add(Problem.of(path.apply(i), "window " + w + " overlaps window " + ws.get(maxIdx) + " at "
            + path.apply(maxIdx) + " (windows are half-open [start, end) and must not overlap)"));
      }
      if (maxIdx < 0 || w.endOffset() > ws.get(maxIdx).endOffset()) {
        maxIdx = i;
      }
    }
  }

  /** Problems reported at the spilling windows of {@code ws}. */
  private static void spill(List<TimeWindow> ws, java.util.function.IntFunction<String> path,
      List<TimeWindow> next, java.util.function.IntFunction<String> nextPath, List<Problem> problems) {
    for (int i = 0; i < ws.size(); i++) {
      TimeWindow w = ws.get(i);
      if (w == null || w.endOffset() <= TimeWindow.DAY) {
        continue;
      }
      int spillEnd = w.endOffset() - TimeWindow.DAY;
      for (int j = 0; j < next.size(); j++) {
        TimeWindow n = next.get(j);
        if (n != null && n.startSecond() < spillEnd) {
          problems.add(Problem.of(path.apply(i), "window " + w + " runs past midnight into window " + n + " at "
              + nextPath.apply(j) + " on the next date"));
        }
      }
    }
  }

  /** Problems reported at the windows of {@code ws} that a previous date's window spills into. */
  private static void spillInto(List<TimeWindow> prev, java.util.function.IntFunction<String> prevPath,
      List<TimeWindow> ws, java.util.function.IntFunction<String> path, List<Problem> problems) {
    for (int i = 0; i < prev.size(); i++) {
      TimeWindow p = prev.get(i);
      if (p == null || p.endOffset() <= TimeWindow.DAY) {
        continue;
      }
      int spillEnd = p.endOffset() - TimeWindow.DAY;
      for (int j = 0; j < ws.size(); j++) {
        TimeWindow w = ws.get(j);
        if (w != null && w.startSecond() < spillEnd) {
          problems.add(Problem.of(path.apply(j), "window " + w + " overlaps window " + p + " of the previous date at "
              + prevPath.apply(i) + ", which runs past midnight"));
        }
      }
    }
  }

  private static boolean hasWindow(List<TimeWindow> ws) {
    if (ws == null) {
      return false;
    }
    for (TimeWindow w : ws) {
      if (w != null) {
        return true;
      }
    }
    return false;
  }

  private static void noOpenTime(
      Map<DayOfWeek, List<TimeWindow>> weekly,
      NavigableMap<LocalDate, List<TimeWindow>> exceptions,
      @Nullable LocalDate coveredFrom,
      @Nullable LocalDate coveredTo,
      boolean weeklyOutside,
      List<Problem> problems) {
    boolean anyWeekly = false;
    for (DayOfWeek d : DayOfWeek.values()) {
      anyWeekly |= hasWindow(weekly.get(d));
    }
    boolean limited = coveredFrom != null && coveredTo != null && !weeklyOutside;
    if (!anyWeekly && !limited) {
      problems.add(Problem.of("$.weekly", "the calendar has no open time within a year: no weekday has a"
          + " window, so every date outside the exceptions is closed"));
      return;
    }
    LocalDate from;
    LocalDate to;
    if (limited) {
      if (coveredTo.isBefore(coveredFrom)) {
        return;
      }
      from = coveredFrom;
      to = coveredTo;
    } else if (exceptions.isEmpty()) {
      return;
    } else {
      from = exceptions.firstKey().minusDays(7);
      to = exceptions.lastKey().plusDays(7);
    }
    LocalDate runStart = null;
    LocalDate worstStart = null;
    long worst = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<TimeWindow> ws = exceptions.containsKey(d) ? exceptions.get(d) : weekly.get(d.getDayOfWeek());
      if (hasWindow(ws)) {
        runStart = null;
        continue;
      }
      if (runStart == null) {
        runStart = d;
      }
      long len = ChronoUnit.DAYS.between(runStart, d) + 1;
      if (len > worst) {
        worst = len;
        worstStart = runStart;
      }
    }
    long span = ChronoUnit.DAYS.between(from, to) + 1;
    if (worst >= 366 || (limited && worst == span)) {
      problems.add(Problem.of("$.exceptions", "the calendar has no open time within a year: every date from "
          + worstStart + " to " + worstStart.plusDays(worst - 1) + " (" + worst + " days) is closed"));
    }
  }
}
