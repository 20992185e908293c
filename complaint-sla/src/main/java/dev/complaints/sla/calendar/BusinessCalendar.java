package dev.complaints.sla.calendar;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.calendar.internal.CalendarChecks;
import dev.complaints.sla.calendar.internal.Coverage;
import dev.complaints.sla.calendar.internal.OpenTimeIndex;
import dev.complaints.sla.calendar.internal.WorkingDayIndex;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar: open windows per weekday in a zone, with date exceptions (holidays, transfer
 * workdays, special hours), and working-time arithmetic over it.
 *
 * <p>Rules (docs/sla.md):
 *
 * <ul>
 *   <li>Windows are local times, half-open {@code [start, end)}. Each window belongs to the date it is
 *       listed under and ends on the next date when its end is at or before its start. An exception for a
 *       date replaces only that date's own windows.
 *   <li>Working time is real elapsed time: a window's ends are mapped to instants like
 *       {@code ZonedDateTime.of(LocalDateTime, zone)}, so a window that loses an hour to a spring-forward
 *       transition counts one hour less.
 *   <li>A working day is a date whose own window list (after exceptions) is not empty.
 *   <li>A calendar built from a holiday dataset knows only the dates it covers; asking about other time is
 *       a {@link CalendarRangeException} naming the calendar, the date asked for and the covered span, unless
 *       the weekly rule for unknown years is chosen explicitly ({@link #withWeeklyRuleForUnknownYears()}).
 * </ul>
 *
 * <p>Laws: {@code between(a, c) = between(a, b) + between(b, c)} for {@code a <= b <= c};
 * {@code between(t, add(t, d)) = d}; {@code add} is monotonic in {@code d}. The cost of every operation is
 * independent of the length of the limit within the years already computed (open time is precomputed per
 * chunk of about four years, with cumulative sums searched by bisection).
 *
 * <p>Instances are immutable and thread-safe. Supported instants lie between about the years 1425 and 2514
 * (every date from 1426-01-01 to 2513-12-31); asking outside them is a {@link CalendarRangeException} too.
 */
public final class BusinessCalendar {
  private final String id;
  private final ZoneId zone;
  private final Map<DayOfWeek, List<TimeWindow>> weekly;
  private final List<TimeWindow>[] weeklyByDay;
  private final NavigableMap<LocalDate, List<TimeWindow>> exceptions;
  private final LocalDate coveredFrom;
  private final LocalDate coveredTo;
  private final boolean weeklyOutsideCovered;
  private final Coverage coverage;
  private final OpenTimeIndex open;
  private final WorkingDayIndex workingDays;
  private volatile BusinessCalendar whole;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private BusinessCalendar(String id, ZoneId zone, Map<DayOfWeek, List<TimeWindow>> weekly,
      NavigableMap<LocalDate, List<TimeWindow>> exceptions, LocalDate coveredFrom, LocalDate coveredTo,
      boolean weeklyOutsideCovered) {
    this.id = id;
    this.zone = zone;
    EnumMap<DayOfWeek, List<TimeWindow>> w = new EnumMap<>(DayOfWeek.class);
    this.weeklyByDay = new List[7];
    for (DayOfWeek d : DayOfWeek.values()) {
      List<TimeWindow> ws = sorted(weekly.getOrDefault(d, List.of()));
      weeklyByDay[d.ordinal()] = ws;
      if (!ws.isEmpty()) {
        w.put(d, ws);
      }
    }
    this.weekly = Collections.unmodifiableMap(w);
    TreeMap<LocalDate, List<TimeWindow>> ex = new TreeMap<>();
    exceptions.forEach((k, v) -> ex.put(k, sorted(v)));
    this.exceptions = Collections.unmodifiableNavigableMap(ex);
    this.coveredFrom = coveredFrom;
    this.coveredTo = coveredTo;
    this.weeklyOutsideCovered = weeklyOutsideCovered;
    this.coverage = coveredFrom == null || weeklyOutsideCovered
        ? Coverage.all(id, zone) : Coverage.span(id, coveredFrom, coveredTo, zone);
    this.open = new OpenTimeIndex(zone, this::windowsOrNull, coverage);
    this.workingDays = new WorkingDayIndex(this::windowsOrNull, coverage);
  }

  private static List<TimeWindow> sorted(List<TimeWindow> ws) {
    List<TimeWindow> copy = new ArrayList<>(ws);
    Collections.sort(copy);
    return List.copyOf(copy);
  }

  private List<TimeWindow> windowsOrNull(LocalDate date) {
    if (!coverage.knows(date)) {
      return null;
    }
    List<TimeWindow> e = exceptions.get(date);
    return e != null ? e : weeklyByDay[date.getDayOfWeek().ordinal()];
  }

  /**
   * Starts a builder.
   *
   * @param id calendar id, not blank
   * @param zone the zone its windows are in
   * @return a new builder
   */
  public static Builder builder(String id, ZoneId zone) {
    return new Builder(id, zone);
  }

  /**
   * The calendar id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The zone its windows are in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The weekly windows, sorted by start; days without windows are absent (closed).
   *
   * @return an unmodifiable map
   */
  public Map<DayOfWeek, List<TimeWindow>> weekly() {
    return weekly;
  }

  /**
   * The date exceptions: an empty list closes the date, a list replaces its weekly windows.
   *
   * @return an unmodifiable sorted map
   */
  public NavigableMap<LocalDate, List<TimeWindow>> exceptions() {
    return exceptions;
  }

  /**
   * First date of the covered span of a dataset calendar.
   *
   * @return the date; null when the weekly windows repeat without end
   */
  public @Nullable LocalDate coveredFrom() {
    return coveredFrom;
  }

  /**
   * Last date of the covered span of a dataset calendar.
   *
   * @return the date; null when the weekly windows repeat without end
   */
  public @Nullable LocalDate coveredTo() {
    return coveredTo;
  }

  /**
   * Whether dates outside the covered span follow the weekly windows alone (an explicit choice) instead of
   * being an error.
   *
   * @return true when the weekly rule is used for unknown years
   */
  public boolean usesWeeklyRuleForUnknownYears() {
    return weeklyOutsideCovered;
  }

  /**
   * This calendar, but with dates outside its covered span following the weekly windows alone. For a calendar
   * without a covered span this is the same calendar.
   *
   * @return the calendar with the explicit opt-in
   */
  public BusinessCalendar withWeeklyRuleForUnknownYears() {
    if (coveredFrom == null || weeklyOutsideCovered) {
      return this;
    }
    return new BusinessCalendar(id, zone, weekly, exceptions, coveredFrom, coveredTo, true);
  }

  /**
   * The windows a date lists, after exceptions (sorted by start; empty when closed).
   *
   * @param date a local date
   * @return the windows
   * @throws CalendarRangeException when the date is outside a dataset calendar's covered span
   */
  public List<TimeWindow> windows(LocalDate date) {
    coverage.require(date);
    return windowsOrNull(date);
  }

  /**
   * Whether the calendar is open at {@code t} (inside a window; a window's end is not open).
   *
   * @param t the instant
   * @return true when open
   * @throws CalendarRangeException when the instant is outside the known time
   */
  public boolean isOpen(Instant t) {
    return open.isOpen(Objects.requireNonNull(t, "t"));
  }

  /**
   * The next instant at which the calendar is open: {@code t} itself when open.
   *
   * @param t the instant
   * @return t or the start of the next window
   * @throws CalendarRangeException when {@code t} or the next window is outside the known time
   */
  public Instant nextOpen(Instant t) {
    return open.nextOpen(Objects.requireNonNull(t, "t"));
  }

  /**
   * The deadline {@code workingDuration} of open time after {@code t}: the earliest instant by which that
   * much open time has passed. A limit used up exactly at a window's end gives that end. For a zero
   * duration: {@code t} when open, else the next opening.
   *
   * @param t the start
   * @param workingDuration the working time, not negative
   * @return the deadline
   * @throws IllegalArgumentException for a negative duration
   * @throws CalendarRangeException when {@code t} or the deadline is outside the known time
   */
  public Instant add(Instant t, Duration workingDuration) {
    return open.add(Objects.requireNonNull(t, "t"), Objects.requireNonNull(workingDuration, "workingDuration"));
  }

  /**
   * Whether {@link #add(Instant, Duration) add(t, workingDuration)} gives a deadline rather than a
   * {@link CalendarRangeException}: {@code t} and the deadline lie within the known time. Cheaper than
   * {@code add} for a deadline within about four years of {@code t}.
   *
   * @param t the start
   * @param workingDuration the working time, not negative
   * @return true when the deadline is known
   * @throws IllegalArgumentException for a negative duration
   */
  public boolean knowsDeadline(Instant t, Duration workingDuration) {
    return open.knowsDeadline(Objects.requireNonNull(t, "t"), Objects.requireNonNull(workingDuration,
        "workingDuration"));
  }

  /**
   * The open time in {@code [t1, t2)}.
   *
   * @param t1 from
   * @param t2 to, not before {@code t1}
   * @return the working duration
   * @throws IllegalArgumentException naming both instants when {@code t2} is before {@code t1}
   * @throws CalendarRangeException when an instant is outside the known time
   */
  public Duration between(Instant t1, Instant t2) {
    return open.between(Objects.requireNonNull(t1, "t1"), Objects.requireNonNull(t2, "t2"));
  }

  /**
   * Whether a date is a working day: its own window list, after exceptions, is not empty.
   *
   * @param date a local date
   * @return true for a working day
   * @throws CalendarRangeException when the date is outside the known time
   */
  public boolean isWorkingDay(LocalDate date) {
    return workingDays.isWorkingDay(Objects.requireNonNull(date, "date"));
  }

  /**
   * The deadline {@code n} working days after {@code t}. The start day is the local date of {@code t} and is
   * not counted (开始的当日不计入); the target is the n-th working day after it.
   *
   * @param t the start
   * @param n number of working days, at least 1
   * @param dueAt when on the target day the deadline falls
   * @return the deadline
   * @throws IllegalArgumentException when {@code n < 1}
   * @throws CalendarRangeException when {@code t}, the days counted or the deadline are outside the known time
   */
  public Instant addWorkingDays(Instant t, int n, DueAt dueAt) {
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(dueAt, "dueAt");
    if (n < 1) {
      throw new IllegalArgumentException("the number of working days must be at least 1, got " + n);
    }
    coverage.require(t, false);
    LocalDateTime local = LocalDateTime.ofInstant(t, zone);
    LocalDate target = workingDays.nthAfter(local.toLocalDate(), n);
    Instant due;
    switch (dueAt) {
      case END_OF_DAY:
        due = Instant.ofEpochSecond(OpenTimeIndex.epochSecond(zone, target, TimeWindow.DAY));
        break;
      case CLOSE_OF_BUSINESS:
        long latest = Long.MIN_VALUE;
        for (TimeWindow w : windowsOrNull(target)) {
          latest = Math.max(latest, OpenTimeIndex.epochSecond(zone, target, w.endOffset()));
        }
        due = Instant.ofEpochSecond(latest);
        break;
      default:
        due = ZonedDateTime.of(target, local.toLocalTime(), zone).toInstant();
        break;
    }
    if (due.getEpochSecond() >= Coverage.MAX_SECOND) {
      throw coverage.outside(due, "the deadline " + due + " (" + n + " working days after " + t + ")");
    }
    return due;
  }

  /**
   * The derived calendar of whole working days: same zone and covered span, every working day of this
   * calendar open 00:00–24:00 and every other date closed. Used for WORKING_DAYS clocks and their alert
   * fractions (a working day counts 24 h, a closed day 0).
   *
   * @return the derived calendar, with id {@code <id>/working-days}
   */
  public BusinessCalendar wholeWorkingDays() {
    BusinessCalendar w = whole;
    if (w == null) {
      EnumMap<DayOfWeek, List<TimeWindow>> wk = new EnumMap<>(DayOfWeek.class);
      weekly.forEach((d, ws) -> wk.put(d, List.of(TimeWindow.wholeDay())));
      TreeMap<LocalDate, List<TimeWindow>> ex = new TreeMap<>();
      exceptions.forEach((d, ws) -> ex.put(d, ws.isEmpty() ? List.of() : List.of(TimeWindow.wholeDay())));
      w = new BusinessCalendar(id + "/working-days", zone, wk, ex, coveredFrom, coveredTo, weeklyOutsideCovered);
      whole = w;
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BusinessCalendar c
        && id.equals(c.id)
        && zone.equals(c.zone)
        && weekly.equals(c.weekly)
        && exceptions.equals(c.exceptions)
        && Objects.equals(coveredFrom, c.coveredFrom)
        && Objects.equals(coveredTo, c.coveredTo)
        && weeklyOutsideCovered == c.weeklyOutsideCovered;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, zone, weekly, exceptions, coveredFrom, coveredTo, weeklyOutsideCovered);
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + id + ", " + zone + ", weekly=" + weekly + ", " + exceptions.size() + " exceptions"
        + (coveredFrom == null ? "" : ", covers " + coveredFrom + ".." + coveredTo
            + (weeklyOutsideCovered ? " (weekly rule outside)" : ""))
        + "]";
  }

  /**
   * Builds a {@link BusinessCalendar}; {@link #build()} checks the whole definition and lists every problem.
   * Window texts use the file format ({@code 09:00-18:00}, {@code 22:00-02:00}, {@code 00:00-24:00}).
   */
  public static final class Builder {
    private final String id;
    private final ZoneId zone;
    private final EnumMap<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
    private final TreeMap<LocalDate, List<TimeWindow>> exceptions = new TreeMap<>();
    private final List<Problem> parseProblems = new ArrayList<>();
    private LocalDate coveredFrom;
    private LocalDate coveredTo;
    private boolean weeklyOutsideCovered;

    private Builder(String id, ZoneId zone) {
      this.id = id;
      this.zone = zone;
    }

    /**
     * Adds open windows to a weekday.
     *
     * @param day the weekday
     * @param windows window texts such as {@code 09:00-12:30}
     * @return this builder
     */
    public Builder weekly(DayOfWeek day, String... windows) {
      List<TimeWindow> list = weekly.computeIfAbsent(day, d -> new ArrayList<>());
      for (String text : windows) {
        list.add(parse(text, CalendarChecks.weeklyPath(day, list.size())));
      }
      return this;
    }

    /**
     * Adds open windows to a weekday.
     *
     * @param day the weekday
     * @param windows the windows
     * @return this builder
     */
    public Builder weekly(DayOfWeek day, TimeWindow... windows) {
      List<TimeWindow> list = weekly.computeIfAbsent(day, d -> new ArrayList<>());
      for (TimeWindow w : windows) {
        list.add(Objects.requireNonNull(w, "window"));
      }
      return this;
    }

    /**
     * Adds the same windows to every weekday.
     *
     * @param windows window texts
     * @return this builder
     */
    public Builder everyDay(String... windows) {
      for (DayOfWeek d : DayOfWeek.values()) {
        weekly(d, windows);
      }
      return this;
    }

    /**
     * Adds the same windows to Monday to Friday.
     *
     * @param windows window texts
     * @return this builder
     */
    public Builder weekdays(String... windows) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
          weekly(d, windows);
        }
      }
      return this;
    }

    /**
     * Sets an exception: the date's windows are replaced by these ({@code none} closes it).
     *
     * @param date the date
     * @param windows window texts; none for a closed date (holiday)
     * @return this builder
     */
    public Builder exception(LocalDate date, String... windows) {
      List<TimeWindow> list = new ArrayList<>();
      for (String text : windows) {
        list.add(parse(text, CalendarChecks.exceptionPath(date, list.size())));
      }
      exceptions.put(Objects.requireNonNull(date, "date"), list);
      return this;
    }

    /**
     * Sets an exception: the date's windows are replaced by these (an empty list closes it).
     *
     * @param date the date
     * @param windows the windows
     * @return this builder
     */
    public Builder exception(LocalDate date, List<TimeWindow> windows) {
      exceptions.put(Objects.requireNonNull(date, "date"), new ArrayList<>(windows));
      return this;
    }

    /**
     * Closes a date (a holiday).
     *
     * @param date the date
     * @return this builder
     */
    public Builder closed(LocalDate date) {
      return exception(date, List.of());
    }

    /**
     * Limits the calendar to the dates a dataset covers; other dates are an error unless
     * {@link #weeklyRuleForUnknownYears(boolean)} is chosen.
     *
     * @param from first covered date
     * @param to last covered date
     * @return this builder
     */
    public Builder covering(LocalDate from, LocalDate to) {
      this.coveredFrom = Objects.requireNonNull(from, "from");
      this.coveredTo = Objects.requireNonNull(to, "to");
      return this;
    }

    /**
     * Chooses explicitly whether dates outside the covered span follow the weekly windows alone.
     *
     * @param weeklyRule true to use the weekly rule outside the covered span
     * @return this builder
     */
    public Builder weeklyRuleForUnknownYears(boolean weeklyRule) {
      this.weeklyOutsideCovered = weeklyRule;
      return this;
    }

    /** Adds windows read from a file; an entry that could not be read is null, left out of every check. */
    void weeklyWindows(DayOfWeek day, List<TimeWindow> windows) {
      weekly.computeIfAbsent(day, d -> new ArrayList<>()).addAll(windows);
    }

    private TimeWindow parse(String text, String path) {
      try {
        return TimeWindow.parse(text);
      } catch (IllegalArgumentException e) {
        parseProblems.add(Problem.of(path, e.getMessage()));
        return null;
      }
    }

    /**
     * Every problem of the definition so far, with JSON paths as in the file format.
     *
     * @return the problems; empty when {@link #build()} will succeed
     */
    public List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      if (id == null) {
        problems.add(Problem.of("$.id", Wording.MISSING));
      } else if (id.isBlank()) {
        problems.add(Problem.of("$.id", Wording.BLANK));
      }
      if (zone == null) {
        problems.add(Problem.of("$.zone", Wording.MISSING));
      }
      problems.addAll(parseProblems);
      problems.addAll(CalendarChecks.check(weekly, exceptions, coveredFrom, coveredTo, weeklyOutsideCovered));
      return problems;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws ValidationException listing every problem with its JSON path
     */
    public BusinessCalendar build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new ValidationException("calendar '" + id + "'", problems);
      }
      return new BusinessCalendar(id, zone, weekly, exceptions, coveredFrom, coveredTo, weeklyOutsideCovered);
    }
  }
}
