package dev.complaints.sla.timer;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.policy.internal.TimerMath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One SLA timer of one complaint, as recorded so far: when it started, its grade changes, approved extensions,
 * pauses, and when it stopped or was cancelled. Immutable; {@link ComplaintTimers} builds new ones as signals
 * arrive.
 *
 * <p>The status at an instant {@code t} uses only what had happened by {@code t}: the grade at {@code t} (its
 * limit derived from the timer's start), the extensions approved by {@code t}, and the pauses begun by
 * {@code t}. So a timer can be asked about any instant of its history. An extension applies from its approval
 * and never erases a level already reached: the status gives both the light now ({@link TimerStatus#level()})
 * and the highest level held ({@link TimerStatus#highestLevel()}).
 */
public final class SlaTimer {

  /**
   * A grade change while the timer ran.
   *
   * @param at when
   * @param grade the new grade
   */
  public record GradeChange(Instant at, Grade grade) {}

  private final SlaPolicy policy;
  private final String complaintId;
  private final String id;
  private final SlaTarget target;
  private final Instant startedAt;
  private final Grade initialGrade;
  private final @Nullable Instant planDue;
  private final List<GradeChange> gradeChanges;
  private final List<Extension> extensions;
  private final List<Pause> pauses;
  private final @Nullable Instant stoppedAt;
  private final @Nullable Instant cancelledAt;

  SlaTimer(
      SlaPolicy policy,
      String complaintId,
      String id,
      SlaTarget target,
      Instant startedAt,
      Grade initialGrade,
      @Nullable Instant planDue,
      List<GradeChange> gradeChanges,
      List<Extension> extensions,
      List<Pause> pauses,
      @Nullable Instant stoppedAt,
      @Nullable Instant cancelledAt) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.complaintId = Objects.requireNonNull(complaintId, "complaintId");
    this.id = Objects.requireNonNull(id, "id");
    this.target = Objects.requireNonNull(target, "target");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.initialGrade = Objects.requireNonNull(initialGrade, "initialGrade");
    this.planDue = planDue;
    this.gradeChanges = List.copyOf(gradeChanges);
    this.extensions = List.copyOf(extensions);
    this.pauses = List.copyOf(pauses);
    this.stoppedAt = stoppedAt;
    this.cancelledAt = cancelledAt;
  }

  /**
   * The complaint.
   *
   * @return the complaint id
   */
  public String complaintId() {
    return complaintId;
  }

  /**
   * The timer's id, unique in its complaint: {@code <target>#<n>}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The policy target.
   *
   * @return the target
   */
  public SlaTarget target() {
    return target;
  }

  /**
   * When the timer started.
   *
   * @return the instant
   */
  public Instant startedAt() {
    return startedAt;
  }

  /**
   * The grade when the timer started (GENERAL when the complaint was not graded yet).
   *
   * @return the grade
   */
  public Grade initialGrade() {
    return initialGrade;
  }

  /**
   * The due instant of the plan confirmed when this timer started, for a target that runs until it.
   *
   * @return the plan's due instant; null for other timers
   */
  public @Nullable Instant planDue() {
    return planDue;
  }

  /**
   * Grade changes while the timer ran.
   *
   * @return the changes in order
   */
  public List<GradeChange> gradeChanges() {
    return gradeChanges;
  }

  /**
   * Approved extensions.
   *
   * @return the extensions in order
   */
  public List<Extension> extensions() {
    return extensions;
  }

  /**
   * Pauses (possibly overlapping; the last may be open).
   *
   * @return the pauses
   */
  public List<Pause> pauses() {
    return pauses;
  }

  /**
   * When the timer was stopped.
   *
   * @return the instant; null while not stopped
   */
  public @Nullable Instant stoppedAt() {
    return stoppedAt;
  }

  /**
   * When the timer was cancelled.
   *
   * @return the instant; null while not cancelled
   */
  public @Nullable Instant cancelledAt() {
    return cancelledAt;
  }

  /**
   * Whether the timer is neither stopped nor cancelled (as recorded so far).
   *
   * @return true when still open
   */
  public boolean isOpen() {
    return stoppedAt == null && cancelledAt == null;
  }

  /**
   * The status at an instant.
   *
   * @param t the instant
   * @return the status, empty before the timer started
   * @throws CalendarRangeException as the calendar gives it when the timer's calendar cannot answer (a dataset
   *     calendar such as {@code cn-national} asked about a date beyond the years it covers, for example a
   *     WORKING_DAYS deadline that falls in such a year)
   * @throws IllegalArgumentException naming the complaint and the timer when a limit, extension or deadline is
   *     beyond the instants that can be represented
   */
  public Optional<TimerStatus> statusAt(Instant t) {
    return evaluation(Objects.requireNonNull(t, "t")).map(View::status);
  }

  /**
   * The alert level at an instant; NONE before the timer started.
   *
   * @param t the instant
   * @return the level
   * @throws CalendarRangeException when the timer's calendar cannot answer, as for {@link #statusAt}
   */
  public AlertLevel levelAt(Instant t) {
    return statusAt(t).map(TimerStatus::level).orElse(AlertLevel.NONE);
  }

  /**
   * The earliest instant after {@code t} at which this timer's alert level changes, from what is recorded so
   * far: a running timer crossing its next threshold (computed with the calendar, not by stepping), or a
   * recorded grade change or extension that moves the level.
   *
   * <p>The returned instant is the first at which the new level holds: {@code levelAt(result)} differs from
   * {@code levelAt(result - 1 ns)}, and the level is constant in {@code (t, result)}. RED_1 needs elapsed
   * &gt; limit, so it starts 1 ns of working time after the deadline (the next opening plus 1 ns when the
   * calendar is closed at the deadline). A paused timer changes only when a recorded resume, extension or grade
   * change moves it; an open pause with nothing after it means no change.
   *
   * @param t the instant
   * @return the instant, empty when the level never changes again with what is recorded
   * @throws CalendarRangeException as the calendar gives it when the next change (or the deadline the level
   *     depends on) lies beyond the years a dataset calendar covers: the answer is then unknown, never guessed;
   *     a host that accepts the weekly rule alone for such years registers
   *     {@code calendar.withWeeklyRuleForUnknownYears()} in the policy's {@link
   *     dev.complaints.sla.policy.CalendarLookup}
   */
  public Optional<Instant> nextChangeAfter(Instant t) {
    Objects.requireNonNull(t, "t");
    TreeSet<Instant> boundaries = boundaries();
    Instant s = t;
    while (true) {
      Instant b = boundaries.higher(s);
      Optional<View> view = evaluation(s);
      if (view.isPresent() && view.get().status.state() == TimerState.RUNNING) {
        AlertLevel level = view.get().status.level();
        if (level != AlertLevel.RED_3) {
          AlertLevel next = AlertLevel.values()[level.ordinal() + 1];
          Instant c;
          try {
            Duration x = policy.alertLadder().threshold(next, view.get().status.outcome().limit());
            c = view.get().evaluation.instantWhenElapsed(x);
          } catch (ArithmeticException e) {
            throw unanswerable(s, TimerMath.outOfRange(e));
          } catch (IllegalArgumentException e) {
            throw unanswerable(s, e);
          }
          if (c.isAfter(s) && (b == null || c.isBefore(b))) {
            return Optional.of(c);
          }
        }
      }
      if (b == null) {
        return Optional.empty();
      }
      if (levelAt(b) != levelAt(b.minusNanos(1))) {
        return Optional.of(b);
      }
      s = b;
    }
  }

  private TreeSet<Instant> boundaries() {
    TreeSet<Instant> b = new TreeSet<>();
    b.add(startedAt);
    gradeChanges.forEach(g -> b.add(g.at()));
    extensions.forEach(e -> b.add(e.approvedAt()));
    for (Pause p : pauses) {
      b.add(p.from());
      if (p.to() != null) {
        b.add(p.to());
      }
    }
    if (stoppedAt != null) {
      b.add(stoppedAt);
    }
    if (cancelledAt != null) {
      b.add(cancelledAt);
    }
    return b;
  }

  /** A limit, extension or deadline beyond the instants that can be represented, with this timer named. */
  private IllegalArgumentException unanswerable(Instant t, IllegalArgumentException e) {
    return new IllegalArgumentException(
        "complaint " + complaintId + ", timer " + id + " at " + t + ": " + e.getMessage(), e);
  }

  private record View(TimerStatus status, TimerMath.Evaluation evaluation) {}

  private Optional<View> evaluation(Instant t) {
    if (t.isBefore(startedAt)) {
      return Optional.empty();
    }
    Instant stop = stoppedAt != null && !stoppedAt.isAfter(t) ? stoppedAt : null;
    Instant cut = cancelledAt != null && !cancelledAt.isAfter(t) ? cancelledAt : null;
    TimerMath.Evaluation ev;
    try {
      // the evaluation leaves out every fact dated after its end
      ev =
          TimerMath.evaluate(
              new TimerMath.Run(target, initialGrade, gradeChanges, startedAt, stop, extensions, pauses,
                  planDue),
              policy.alertLadder(),
              policy.calendars(),
              t,
              cut);
    } catch (IllegalArgumentException e) {
      throw unanswerable(t, e);
    }
    Grade grade = initialGrade;
    for (GradeChange g : gradeChanges) {
      if (!g.at().isAfter(t)) {
        grade = g.grade();
      }
    }
    VisitOutcome o = ev.outcome();
    TimerState state;
    Instant ended = null;
    if (cut != null) {
      state = TimerState.CANCELLED;
      ended = cut;
    } else if (o.stopped()) {
      state = o.met() ? TimerState.MET : TimerState.BREACHED;
      ended = stop;
    } else {
      state = ev.pausedAtEnd() ? TimerState.PAUSED : TimerState.RUNNING;
    }
    // an open timer shows its light now; a stopped or cancelled one the highest level it held
    AlertLevel level = state == TimerState.RUNNING || state == TimerState.PAUSED ? o.level() : o.highestLevel();
    TimerStatus status =
        new TimerStatus(complaintId, id, target.name(), target.node(), state, level, grade, startedAt, ended, o);
    return Optional.of(new View(status, ev));
  }

  @Override
  public String toString() {
    return "SlaTimer{" + complaintId + "/" + id + ", started " + startedAt
        + (stoppedAt == null ? "" : ", stopped " + stoppedAt)
        + (cancelledAt == null ? "" : ", cancelled " + cancelledAt) + "}";
  }
}
