package dev.complaints.sla.policy.internal;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.calendar.DueAt;
import dev.complaints.sla.policy.AlertLadder;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.ClockKind;
import dev.complaints.sla.policy.Limit;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.timer.VisitOutcome;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * Working-time arithmetic of one timer: elapsed time with pauses removed, the limit on the timer's clock, the
 * alert level, and the instant at which the elapsed time reaches a given amount.
 */
public final class TimerMath {
  private TimerMath() {}

  /** Working-time arithmetic of a clock. */
  public interface WorkClock {
    /**
     * Working time in {@code [a, b)}.
     *
     * @param a from
     * @param b to, not before a
     * @return the working time
     */
    Duration between(Instant a, Instant b);

    /**
     * The earliest instant by which {@code d} of working time has passed after {@code t}.
     *
     * @param t from
     * @param d working time, positive
     * @return the instant
     */
    Instant add(Instant t, Duration d);

    /**
     * Throws what {@link #add} would throw for these arguments, and nothing when it would return; cheaper than
     * {@code add} where the clock can tell without finding the instant.
     *
     * @param t from
     * @param d working time, positive
     */
    default void requireAdd(Instant t, Duration d) {
      add(t, d);
    }
  }

  /** The 24/7 clock. */
  public static final WorkClock CONTINUOUS =
      new WorkClock() {
        @Override
        public Duration between(Instant a, Instant b) {
          if (b.isBefore(a)) {
            throw new IllegalArgumentException("between(" + a + ", " + b + "): the end is before the start");
          }
          return Duration.between(a, b);
        }

        @Override
        public Instant add(Instant t, Duration d) {
          return t.plus(d);
        }
      };

  /**
   * The clock of a calendar.
   *
   * @param calendar the calendar
   * @return its clock
   */
  public static WorkClock of(BusinessCalendar calendar) {
    return new CalendarClock(Objects.requireNonNull(calendar, "calendar"));
  }

  /** The clock of a calendar. */
  private record CalendarClock(BusinessCalendar calendar) implements WorkClock {
    @Override
    public Duration between(Instant a, Instant b) {
      return calendar.between(a, b);
    }

    @Override
    public Instant add(Instant t, Duration d) {
      return calendar.add(t, d);
    }

    @Override
    public void requireAdd(Instant t, Duration d) {
      if (!calendar.knowsDeadline(t, d)) {
        calendar.add(t, d);
      }
    }
  }

  /**
   * The facts of one timer. Facts dated after the end of an evaluation (a later regrade, extension, pause or
   * stop) are left out by the evaluation itself.
   *
   * @param target the policy target
   * @param grade the grade when the timer started
   * @param gradeChanges regrades while it ran, in order; each re-derives the limit (and clock) from the start
   * @param start when the timer started
   * @param stop when it stopped; null while it has not
   * @param extensions approved extensions, each applying from its approval instant
   * @param pauses pauses (clipped and merged here)
   * @param planDue the due instant of the plan confirmed at the start, for a limit that runs until it; null when none is known
   */
  public record Run(
      SlaTarget target,
      Grade grade,
      List<SlaTimer.GradeChange> gradeChanges,
      Instant start,
      @Nullable Instant stop,
      List<Extension> extensions,
      List<Pause> pauses,
      @Nullable Instant planDue) {}

  /** Result of an evaluation, with the projection used for deadlines and level changes. */
  public static final class Evaluation {
    private final VisitOutcome outcome;
    private final boolean pausedAtEnd;
    private final WorkClock clock;
    private final List<Instant[]> active;
    private final Instant end;

    private Evaluation(
        VisitOutcome outcome, boolean pausedAtEnd, WorkClock clock, List<Instant[]> active, Instant end) {
      this.outcome = outcome;
      this.pausedAtEnd = pausedAtEnd;
      this.clock = clock;
      this.active = active;
      this.end = end;
    }

    /**
     * The outcome.
     *
     * @return the outcome
     */
    public VisitOutcome outcome() {
      return outcome;
    }

    /**
     * Whether a pause covers the evaluation end.
     *
     * @return true when paused at the end
     */
    public boolean pausedAtEnd() {
      return pausedAtEnd;
    }

    /**
     * The earliest instant at which the elapsed time reaches {@code x}, counting the active intervals up to the
     * end and running without pause after it.
     *
     * @param x the working time
     * @return the instant
     */
    public Instant instantWhenElapsed(Duration x) {
      try {
        return whenElapsed(clock, active, end, x);
      } catch (CalendarRangeException e) {
        throw e; // a date the calendar does not cover: carried as it is
      } catch (ArithmeticException | DateTimeException e) {
        throw outOfRange(e);
      }
    }
  }

  /**
   * Evaluates a timer up to {@code min(stop, asOf)}.
   *
   * @param run the timer's facts
   * @param ladder the alert ladder
   * @param calendars where calendar ids are found
   * @param asOf the evaluation instant
   * @return the evaluation
   */
  public static Evaluation evaluate(Run run, AlertLadder ladder, CalendarLookup calendars, Instant asOf) {
    return evaluate(run, ladder, calendars, asOf, null);
  }

  /**
   * Evaluates a timer up to {@code min(stop, asOf, cutOff)}; a cut-off ends the evaluation without stopping the
   * timer (used for cancelled timers).
   *
   * @param run the timer's facts
   * @param ladder the alert ladder
   * @param calendars where calendar ids are found
   * @param asOf the evaluation instant
   * @param cutOff an earlier end, or null
   * @return the evaluation
   */
  public static Evaluation evaluate(
      Run run, AlertLadder ladder, CalendarLookup calendars, Instant asOf, @Nullable Instant cutOff) {
    try {
      return evaluateInRange(run, ladder, calendars, asOf, cutOff);
    } catch (CalendarRangeException e) {
      throw e; // a date the calendar does not cover: carried as it is
    } catch (ArithmeticException | DateTimeException e) {
      throw outOfRange(e);
    }
  }

  /**
   * The error for a limit, extension or deadline too large for a {@link Duration} or an {@link Instant}: an
   * {@link IllegalArgumentException} (a date a calendar does not cover is a {@link CalendarRangeException}
   * instead, from the calendar).
   *
   * @param e the arithmetic or date-time error
   * @return the exception to throw
   */
  public static IllegalArgumentException outOfRange(RuntimeException e) {
    return new IllegalArgumentException(
        "a limit, extension or deadline beyond the instants that can be represented (" + e.getMessage() + ")", e);
  }

  /** The limit and clock in force for one grade, derived from the timer's start. */
  private record Rule(ClockKind kind, WorkClock clock, Duration base) {}

  /**
   * The rules of a policy's targets that do not depend on a timer's start (a fixed limit on the continuous or a
   * business-hours clock), kept per target and grade so that evaluating many visits resolves each calendar and
   * builds each clock once. A kept rule is used again only while the lookup still gives the same calendar
   * instance for its id. Thread-safe: a rule is immutable, and two threads that build the same one both get a
   * correct one.
   */
  public static final class Rules {
    private final List<SlaTarget> targets;
    private final AtomicReferenceArray<Kept> kept;
    private final @Nullable LadderInLongs ladder;

    private static final int GRADES = Grade.values().length;

    /** A rule with the calendar it was made with and that calendar's id (both null on the continuous clock). */
    private record Kept(@Nullable String calendarId, @Nullable BusinessCalendar calendar, Rule rule) {}

    /**
     * Rules for a policy's targets and ladder.
     *
     * @param targets the targets, in the order their indexes refer to
     * @param ladder the policy's alert ladder
     */
    public Rules(List<SlaTarget> targets, AlertLadder ladder) {
      this.targets = List.copyOf(targets);
      this.kept = new AtomicReferenceArray<>(this.targets.size() * GRADES);
      this.ladder = LadderInLongs.of(ladder);
    }

    /** The start-independent rule of a target for a grade; null when the rule depends on the start. */
    private @Nullable Rule rule(int target, Grade grade, CalendarLookup calendars) {
      int slot = target * GRADES + grade.ordinal();
      Kept k = kept.getPlain(slot);
      if (k != null && (k.calendarId() == null || calendar(calendars, k.calendarId()) == k.calendar())) {
        return k.rule(); // kept, and the lookup still gives the calendar it was made with
      }
      Limit limitDef = targets.get(target).limitFor(grade);
      if (limitDef.isUntilPlanDue()) {
        return null;
      }
      BusinessCalendar calendar;
      switch (limitDef.clock()) {
        case CONTINUOUS:
          calendar = null;
          break;
        case BUSINESS_HOURS:
          calendar = calendar(calendars, limitDef);
          break;
        default:
          return null;
      }
      Duration base = Objects.requireNonNull(limitDef.duration(), "duration");
      k = new Kept(limitDef.calendar(), calendar, calendar == null ? new Rule(ClockKind.CONTINUOUS, CONTINUOUS, base)
          : new Rule(ClockKind.BUSINESS_HOURS, new CalendarClock(calendar), base));
      kept.set(slot, k);
      return k.rule();
    }

    private AlertLevel levelAt(AlertLadder ladder, Duration elapsed, Duration limit) {
      AlertLevel level = this.ladder == null ? null : this.ladder.levelAt(elapsed, limit);
      return level != null ? level : ladder.levelAt(elapsed, limit);
    }
  }

  /**
   * The highest level a timer without regrades held by {@code min(stop, asOf)}: always
   * {@code evaluate(run, ladder, calendars, asOf).outcome().highestLevel()} for a run of these facts without grade
   * changes or a plan due, with the same exceptions. A timer without pauses in force and without extensions
   * approved while it ran (most node visits) is timed with one working-time difference and a kept rule; its
   * deadline is looked at only as far as needed to give the error the whole evaluation would give.
   *
   * @param rules the policy's kept rules
   * @param target the index of the target in the rules' targets
   * @param grade the grade
   * @param start when the timer started
   * @param stop when it stopped; null while it has not
   * @param extensions approved extensions, each applying from its approval instant
   * @param pauses the pauses in force (those of a target that pauses; empty otherwise)
   * @param ladder the alert ladder
   * @param calendars where calendar ids are found
   * @param asOf the evaluation instant
   * @return the highest level
   */
  public static AlertLevel highestLevel(
      Rules rules, int target, Grade grade, Instant start, @Nullable Instant stop, List<Extension> extensions,
      List<Pause> pauses, AlertLadder ladder, CalendarLookup calendars, Instant asOf) {
    try {
      Instant end = stop != null && !stop.isAfter(asOf) ? stop : asOf;
      if (end.isBefore(start)) {
        end = start;
      }
      Rule rule = pauses.isEmpty() && !approvedWithin(extensions, start, end)
          ? rules.rule(target, grade, calendars) : null;
      if (rule == null) {
        Run run = new Run(rules.targets.get(target), grade, List.of(), start, stop, extensions, pauses, null);
        return evaluateInRange(run, ladder, calendars, asOf, null).outcome().highestLevel();
      }
      Duration limit = limitAt(extensions, rule, end);
      boolean running = start.isBefore(end);
      Duration elapsed = running ? rule.clock().between(start, end) : Duration.ZERO;
      AlertLevel level = rules.levelAt(ladder, elapsed, limit);
      // The whole evaluation also finds the deadline. When the limit was used up by the end, the deadline lies
      // within the time already measured and cannot fail; otherwise it lies after the end and may be beyond the
      // calendar or the instants that can be represented, so it is checked.
      if (!limit.isZero() && !limit.isNegative() && (!running || elapsed.compareTo(limit) < 0)) {
        rule.clock().requireAdd(end, limit.minus(elapsed));
      }
      return level;
    } catch (CalendarRangeException e) {
      throw e; // a date the calendar does not cover: carried as it is
    } catch (ArithmeticException | DateTimeException e) {
      throw outOfRange(e);
    }
  }

  /** Whether an extension was approved after the start and by the end (the limit changes while it ran). */
  private static boolean approvedWithin(List<Extension> extensions, Instant start, Instant end) {
    for (int i = 0, n = extensions.size(); i < n; i++) {
      Instant at = extensions.get(i).approvedAt();
      if (at.isAfter(start) && !at.isAfter(end)) {
        return true;
      }
    }
    return false;
  }

  private static Evaluation evaluateInRange(
      Run run, AlertLadder ladder, CalendarLookup calendars, Instant asOf, @Nullable Instant cutOff) {
    Instant start = run.start();
    Instant stop = run.stop();
    boolean stopped = stop != null && !stop.isAfter(asOf);
    Instant end = stop != null && stopped ? stop : asOf;
    if (cutOff != null && cutOff.isBefore(end)) {
      end = cutOff;
    }
    if (end.isBefore(start)) {
      end = start;
    }
    boolean pausedAtEnd = false;
    List<Instant[]> active;
    if (run.pauses().isEmpty()) {
      // no pause (most visits): one active interval, or none
      active = start.isBefore(end) ? List.<Instant[]>of(new Instant[] {start, end}) : List.of();
    } else {
      active = new ArrayList<>();
      pausedAtEnd = activeIntervals(run, start, end, active);
    }

    // The limit changes at each approval and regrade after the start: between two changes it is fixed and the
    // level can only rise, so the highest level is the level at the end or the level just before some change.
    TreeSet<Instant> changes = null;
    for (Extension x : run.extensions()) {
      if (x.approvedAt().isAfter(start) && !x.approvedAt().isAfter(end)) {
        (changes == null ? changes = new TreeSet<>() : changes).add(x.approvedAt());
      }
    }
    for (SlaTimer.GradeChange g : run.gradeChanges()) {
      if (g.at().isAfter(start) && !g.at().isAfter(end)) {
        (changes == null ? changes = new TreeSet<>() : changes).add(g.at());
      }
    }
    Map<Grade, Rule> rules = changes == null ? null : new EnumMap<>(Grade.class);
    AlertLevel highest = AlertLevel.NONE;
    Instant firstRed = null;
    Instant segmentStart = start;
    for (Instant change : changes == null ? Set.<Instant>of() : changes) {
      Rule rule = rules.computeIfAbsent(gradeAt(run, segmentStart), g -> rule(run, g, calendars));
      Duration limit = limitAt(run, rule, segmentStart);
      AlertLevel before = ladder.levelAt(elapsedUntil(rule.clock(), active, change), limit);
      highest = max(highest, before);
      if (firstRed == null && before.isRed()) {
        firstRed = firstRed(ladder, rule.clock(), active, end, limit, segmentStart);
      }
      segmentStart = change;
    }
    Rule rule = rules == null ? rule(run, gradeAt(run, end), calendars)
        : rules.computeIfAbsent(gradeAt(run, end), g -> rule(run, g, calendars));
    Duration limit = limitAt(run, rule, end);
    Duration elapsed = elapsedUntil(rule.clock(), active, end);
    AlertLevel level = ladder.levelAt(elapsed, limit);
    highest = max(highest, level);
    if (firstRed == null && level.isRed()) {
      firstRed = firstRed(ladder, rule.clock(), active, end, limit, segmentStart);
    }
    // After the end the projection runs on without pause (a paused or stopped timer as if resumed at the end).
    Instant deadline = whenElapsed(rule.clock(), active, end, limit);
    VisitOutcome outcome =
        new VisitOutcome(
            run.target().name(),
            rule.kind(),
            limit,
            elapsed,
            deadline,
            level,
            highest,
            firstRed,
            stopped,
            stopped && !highest.isRed());
    return new Evaluation(outcome, pausedAtEnd && !stopped, rule.clock(), List.copyOf(active), end);
  }

  /** Adds the intervals from {@code start} to {@code end} outside the run's pauses; whether it is paused at the end. */
  private static boolean activeIntervals(Run run, Instant start, Instant end, List<Instant[]> active) {
    boolean pausedAtEnd = false;
    List<Instant[]> paused = new ArrayList<>();
    for (Pause p : run.pauses()) {
      Instant to = p.to();
      if (!p.from().isAfter(end) && (to == null || to.isAfter(end))) {
        pausedAtEnd = true;
      }
      Instant f = max(p.from(), start);
      Instant t = to == null ? end : min(to, end);
      if (f.isBefore(t)) {
        paused.add(new Instant[] {f, t});
      }
    }
    paused.sort(Comparator.comparing((Instant[] a) -> a[0]));
    Instant cursor = start;
    for (Instant[] p : paused) {
      if (p[0].isAfter(cursor)) {
        active.add(new Instant[] {cursor, p[0]});
      }
      cursor = max(cursor, p[1]);
    }
    if (cursor.isBefore(end)) {
      active.add(new Instant[] {cursor, end});
    }
    return pausedAtEnd;
  }

  private static Grade gradeAt(Run run, Instant t) {
    Grade grade = run.grade();
    for (SlaTimer.GradeChange g : run.gradeChanges()) {
      if (!g.at().isAfter(t)) {
        grade = g.grade();
      }
    }
    return grade;
  }

  /** The base limit plus every extension approved by {@code t}. */
  private static Duration limitAt(Run run, Rule rule, Instant t) {
    return limitAt(run.extensions(), rule, t);
  }

  private static Duration limitAt(List<Extension> extensions, Rule rule, Instant t) {
    Duration limit = rule.base();
    for (Extension x : extensions) {
      if (!x.approvedAt().isAfter(t)) {
        limit = limit.plus(x.duration());
      }
    }
    return limit;
  }

  private static Rule rule(Run run, Grade grade, CalendarLookup calendars) {
    Limit limitDef = run.target().limitFor(grade);
    if (limitDef.isUntilPlanDue()) {
      return untilPlanDue(run, limitDef, calendars);
    }
    switch (limitDef.clock()) {
      case CONTINUOUS:
        return new Rule(ClockKind.CONTINUOUS, CONTINUOUS, Objects.requireNonNull(limitDef.duration(), "duration"));
      case BUSINESS_HOURS:
        return new Rule(
            ClockKind.BUSINESS_HOURS, of(calendar(calendars, limitDef)), Objects.requireNonNull(limitDef.duration(), "duration"));
      default:
        BusinessCalendar cal = calendar(calendars, limitDef);
        BusinessCalendar whole = cal.wholeWorkingDays();
        Instant due = cal.addWorkingDays(run.start(), Objects.requireNonNull(limitDef.workingDays(), "workingDays"), DueAt.END_OF_DAY);
        return new Rule(ClockKind.WORKING_DAYS, of(whole), whole.between(run.start(), due));
    }
  }

  /** The limit of a plan's own deadline: the working time from the start to the plan's due instant. */
  private static Rule untilPlanDue(Run run, Limit limitDef, CalendarLookup calendars) {
    Instant due = run.planDue();
    if (due == null) {
      throw new IllegalArgumentException(
          "target '" + run.target().name() + "' runs until the plan's due instant, but no plan due is known");
    }
    WorkClock clock;
    switch (limitDef.clock()) {
      case CONTINUOUS:
        clock = CONTINUOUS;
        break;
      case BUSINESS_HOURS:
        clock = of(calendar(calendars, limitDef));
        break;
      default:
        clock = of(calendar(calendars, limitDef).wholeWorkingDays());
        break;
    }
    Duration base = due.isAfter(run.start()) ? clock.between(run.start(), due) : Duration.ZERO;
    return new Rule(limitDef.clock(), clock, base);
  }

  /** Working time in the active intervals before {@code t}. */
  private static Duration elapsedUntil(WorkClock clock, List<Instant[]> active, Instant t) {
    Duration elapsed = Duration.ZERO;
    for (Instant[] a : active) {
      if (!a[0].isBefore(t)) {
        break;
      }
      elapsed = elapsed.plus(clock.between(a[0], min(a[1], t)));
    }
    return elapsed;
  }

  /**
   * The first instant, not before {@code from}, at which the working time exceeds {@code limit}; the caller knows
   * that it does so before the segment starting at {@code from} ends.
   */
  private static Instant firstRed(
      AlertLadder ladder, WorkClock clock, List<Instant[]> active, Instant end, Duration limit, Instant from) {
    return max(from, whenElapsed(clock, active, end, ladder.threshold(AlertLevel.RED_1, limit)));
  }

  private static Instant whenElapsed(WorkClock clock, List<Instant[]> active, Instant tail, Duration x) {
    if (x.isZero() || x.isNegative()) {
      return active.isEmpty() ? tail : active.get(0)[0];
    }
    Duration remaining = x;
    for (Instant[] a : active) {
      Duration w = clock.between(a[0], a[1]);
      if (w.compareTo(remaining) >= 0) {
        return clock.add(a[0], remaining);
      }
      remaining = remaining.minus(w);
    }
    return clock.add(tail, remaining);
  }

  private static BusinessCalendar calendar(CalendarLookup calendars, Limit limit) {
    return calendar(calendars, Objects.requireNonNull(limit.calendar(), "calendar"));
  }

  private static BusinessCalendar calendar(CalendarLookup calendars, String id) {
    BusinessCalendar c = calendars.find(id).orElse(null);
    if (c == null) {
      throw new IllegalStateException("unknown calendar id '" + id + "'");
    }
    return c;
  }

  private static AlertLevel max(AlertLevel a, AlertLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
