package dev.complaints.sla.policy.internal;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.DueAt;
import dev.complaints.sla.policy.AlertLadder;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.ClockKind;
import dev.complaints.sla.policy.Limit;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.timer.VisitOutcome;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    Objects.requireNonNull(calendar, "calendar");
    return new WorkClock() {
      @Override
      public Duration between(Instant a, Instant b) {
        return calendar.between(a, b);
      }

      @Override
      public Instant add(Instant t, Duration d) {
        return calendar.add(t, d);
      }
    };
  }

  /**
   * The facts of one timer as known at the evaluation instant.
   *
   * @param target the policy target
   * @param grade the grade whose limit applies (derived from {@code start})
   * @param start when the timer started
   * @param stop when it stopped, if it did
   * @param extensions approved extensions
   * @param pauses pauses (clipped and merged here)
   */
  public record Run(
      SlaTarget target,
      Grade grade,
      Instant start,
      Optional<Instant> stop,
      List<Duration> extensions,
      List<Pause> pauses) {}

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
      Run run, AlertLadder ladder, CalendarLookup calendars, Instant asOf, Instant cutOff) {
    try {
      return evaluateInRange(run, ladder, calendars, asOf, cutOff);
    } catch (ArithmeticException | DateTimeException e) {
      throw outOfRange(e);
    }
  }

  /**
   * The error for a limit, extension or deadline too large for a {@link Duration} or an {@link Instant}, as the
   * {@link IllegalArgumentException} that the calendars give for time outside their range.
   *
   * @param e the arithmetic or date-time error
   * @return the exception to throw
   */
  public static IllegalArgumentException outOfRange(RuntimeException e) {
    return new IllegalArgumentException(
        "a limit, extension or deadline beyond the instants that can be represented (" + e.getMessage() + ")", e);
  }

  private static Evaluation evaluateInRange(
      Run run, AlertLadder ladder, CalendarLookup calendars, Instant asOf, Instant cutOff) {
    Limit limitDef = run.target().limitFor(run.grade());
    WorkClock clock;
    Duration base;
    switch (limitDef.clock()) {
      case CONTINUOUS:
        clock = CONTINUOUS;
        base = limitDef.duration().orElseThrow();
        break;
      case BUSINESS_HOURS:
        clock = of(calendar(calendars, limitDef));
        base = limitDef.duration().orElseThrow();
        break;
      default:
        BusinessCalendar cal = calendar(calendars, limitDef);
        BusinessCalendar whole = cal.wholeWorkingDays();
        clock = of(whole);
        Instant due = cal.addWorkingDays(run.start(), limitDef.workingDays().orElseThrow(), DueAt.END_OF_DAY);
        base = whole.between(run.start(), due);
        break;
    }
    Duration limit = base;
    for (Duration e : run.extensions()) {
      limit = limit.plus(e);
    }
    Instant start = run.start();
    boolean stopped = run.stop().isPresent() && !run.stop().get().isAfter(asOf);
    Instant end = stopped ? run.stop().get() : asOf;
    if (cutOff != null && cutOff.isBefore(end)) {
      end = cutOff;
    }
    if (end.isBefore(start)) {
      end = start;
    }
    List<Instant[]> paused = new ArrayList<>();
    boolean pausedAtEnd = false;
    for (Pause p : run.pauses()) {
      Instant to = p.to().orElse(null);
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
    List<Instant[]> active = new ArrayList<>();
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
    Duration elapsed = Duration.ZERO;
    for (Instant[] a : active) {
      elapsed = elapsed.plus(clock.between(a[0], a[1]));
    }
    AlertLevel level = ladder.levelAt(elapsed, limit);
    // After the end the projection runs on without pause (a paused or stopped timer as if resumed at the end).
    Instant tail = end;
    Instant deadline = whenElapsed(clock, active, tail, limit);
    VisitOutcome outcome =
        new VisitOutcome(
            run.target().name(),
            limitDef.clock(),
            limit,
            elapsed,
            deadline,
            level,
            stopped,
            stopped && elapsed.compareTo(limit) <= 0);
    return new Evaluation(outcome, pausedAtEnd && !stopped, clock, List.copyOf(active), tail);
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
    String id = limit.calendar().orElseThrow();
    return calendars
        .find(id)
        .orElseThrow(() -> new IllegalStateException("unknown calendar id '" + id + "'"));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
