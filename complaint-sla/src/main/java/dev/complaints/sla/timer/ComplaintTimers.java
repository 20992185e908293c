package dev.complaints.sla.timer;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.policy.Trigger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The SLA timers of one complaint, driven by its signals in order (not thread-safe; the tracker guards it).
 *
 * <ul>
 *   <li>A target starts when one of its start triggers fires (a node timer: entering its node) unless a timer of
 *       that target is already running; it stops when one of its stop triggers fires. A node visited twice is
 *       two timers.
 *   <li>Entering a node first leaves the current one if no leave was recorded.
 *   <li>A clock pause pauses every running timer whose target pauses while the clock is paused; entering a node
 *       listed in a target's {@code pauseWhile.nodes} pauses that target's timer until the node is left.
 *   <li>An approved extension adds to the running timer of the node it names (or of the target with that name),
 *       from its approval on; a level the timer reached before the approval is kept as its highest level.
 *   <li>A plan confirmation naming its due instant starts the targets started by {@code PLAN_CONFIRMED}.
 *   <li>The complaint becoming MAJOR or CRITICAL (at receipt or by a grade change) starts, once per complaint,
 *       the targets started by {@code MAJOR}, counting from the receipt; a report upward stops the targets
 *       stopped by {@code REPORTED} at the instant the report was made (an earlier report stops a later-started
 *       timer at once).
 *   <li>A grade change applies to running timers from that instant, their limits re-derived from their start;
 *       before the complaint is graded, limits are those of GENERAL.
 *   <li>Closing stops every running timer; withdrawing cancels them, and no timer starts after a withdrawal
 *       until the complaint is reopened (the node changes that follow a withdrawal, such as leaving the node
 *       for CLOSED, start nothing).
 * </ul>
 */
public final class ComplaintTimers {
  /** No signal yet: an epoch second before every {@link Instant}. */
  private static final long NONE = Long.MIN_VALUE;
  private final SlaPolicy policy;
  private final String complaintId;
  // A tracker holds many complaints, most with one open timer: the timers are that one Facts, or an array of
  // them in start order when there are several (no list), and the instant of the last signal is kept as its epoch
  // second and nanosecond (no Instant object).
  private @Nullable Object timers;
  private @Nullable String currentNode;
  private @Nullable Grade grade;
  private boolean clockPaused;
  private boolean withdrawn;
  /** The epoch second of the last signal applied; {@link #NONE} before the first. */
  private long lastSecond = NONE;
  private int lastNano;
  private @Nullable Instant receivedAt;
  private @Nullable Instant reportedAt;
  private long lastVersion;

  /**
   * Timers of a complaint with no signals yet.
   *
   * @param policy the policy
   * @param complaintId the complaint
   */
  public ComplaintTimers(SlaPolicy policy, String complaintId) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.complaintId = Objects.requireNonNull(complaintId, "complaintId");
  }

  /**
   * Replays a complaint's signals.
   *
   * @param policy the policy
   * @param complaintId the complaint
   * @param signals the signals in order
   * @return the timers
   */
  public static ComplaintTimers replay(SlaPolicy policy, String complaintId, List<? extends TimerSignal> signals) {
    ComplaintTimers t = new ComplaintTimers(policy, complaintId);
    signals.forEach(t::apply);
    return t;
  }

  /**
   * Replays a complaint's events (events of other complaints are an error).
   *
   * @param policy the policy
   * @param complaintId the complaint
   * @param events the events in version order
   * @return the timers
   */
  public static ComplaintTimers fromEvents(
      SlaPolicy policy, String complaintId, List<? extends ComplaintEvent> events) {
    ComplaintTimers t = new ComplaintTimers(policy, complaintId);
    events.forEach(t::apply);
    return t;
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
   * The policy.
   *
   * @return the policy
   */
  public SlaPolicy policy() {
    return policy;
  }

  /**
   * Applies a complaint-core event; events that do not affect timers, and events whose version was already
   * applied (a retried append), are ignored.
   *
   * @param event the event
   * @throws IllegalArgumentException when the event belongs to another complaint or is older than the last one
   */
  public void apply(ComplaintEvent event) {
    Objects.requireNonNull(event, "event");
    if (!complaintId.equals(event.complaintId())) {
      throw new IllegalArgumentException(
          "event of complaint " + event.complaintId() + " given to the timers of " + complaintId);
    }
    if (event.version() <= lastVersion) {
      return;
    }
    lastVersion = event.version();
    TimerSignal.from(event).ifPresent(this::apply);
  }

  /**
   * Applies a signal.
   *
   * @param signal the signal
   * @throws IllegalArgumentException when the signal is older than the last one applied
   */
  public void apply(TimerSignal signal) {
    Objects.requireNonNull(signal, "signal");
    Instant at = signal.at();
    if (lastSecond != NONE && (at.getEpochSecond() < lastSecond
        || at.getEpochSecond() == lastSecond && at.getNano() < lastNano)) {
      throw new IllegalArgumentException("complaint " + complaintId + ": signal at " + at
          + " is before the previous one at " + Instant.ofEpochSecond(lastSecond, lastNano)
          + "; signals must be applied in order");
    }
    lastSecond = at.getEpochSecond();
    lastNano = at.getNano();
    if (signal instanceof TimerSignal.Received r) {
      if (r.grade() != null) {
        grade = r.grade();
      }
      receivedAt = at;
      startOn(Trigger.received(), at);
      if (grade != null && grade.isAtLeast(Grade.MAJOR)) {
        startMajor(at);
      }
    } else if (signal instanceof TimerSignal.Entered e) {
      if (currentNode != null) {
        leave(currentNode, at);
      }
      currentNode = e.node();
      stopOn(Trigger.enter(e.node()), at);
      for (int i = 0, size = count(); i < size; i++) {
        Facts f = timer(i);
        if (f.open() && f.target.pauseWhile().nodes().contains(e.node())) {
          f.openNodePause(at);
        }
      }
      startOn(Trigger.enter(e.node()), at);
    } else if (signal instanceof TimerSignal.Left l) {
      leave(l.node(), at);
    } else if (signal instanceof TimerSignal.Paused) {
      if (!clockPaused) {
        clockPaused = true;
        for (int i = 0, size = count(); i < size; i++) {
          Facts f = timer(i);
          if (f.open() && f.target.pauseWhile().clockPaused()) {
            f.openClockPause(at);
          }
        }
      }
    } else if (signal instanceof TimerSignal.Resumed) {
      if (clockPaused) {
        clockPaused = false;
        for (int i = 0, size = count(); i < size; i++) {
          Facts f = timer(i);
          if (f.open()) {
            f.closeClockPause(at);
          }
        }
      }
    } else if (signal instanceof TimerSignal.Extended x) {
      for (int i = 0, size = count(); i < size; i++) {
        Facts f = timer(i);
        if (f.open() && (x.node().equals(f.target.node()) || f.target.name().equals(x.node()))) {
          f.more().extensions = added(f.more().extensions, Extension.of(x.amount(), at));
        }
      }
    } else if (signal instanceof TimerSignal.Regraded g) {
      grade = g.grade();
      for (int i = 0, size = count(); i < size; i++) {
        Facts f = timer(i);
        if (f.open()) {
          f.more().gradeChanges = added(f.more().gradeChanges, new SlaTimer.GradeChange(at, g.grade()));
        }
      }
      if (g.grade().isAtLeast(Grade.MAJOR)) {
        startMajor(at);
      }
    } else if (signal instanceof TimerSignal.Closed) {
      stopOn(Trigger.closed(), at);
      for (int i = 0, size = count(); i < size; i++) {
        Facts f = timer(i);
        if (f.open()) {
          f.stop(at);
        }
      }
      currentNode = null;
    } else if (signal instanceof TimerSignal.Withdrawn) {
      for (int i = 0, size = count(); i < size; i++) {
        Facts f = timer(i);
        if (f.open()) {
          f.cancel(at);
        }
      }
      currentNode = null;
      withdrawn = true;
    } else if (signal instanceof TimerSignal.PlanConfirmed p) {
      stopOn(Trigger.planConfirmed(), at);
      Instant due = p.due();
      if (due != null) {
        startOn(Trigger.planConfirmed(), at, due);
      }
    } else if (signal instanceof TimerSignal.Reported r) {
      if (reportedAt == null || r.reportedAt().isBefore(reportedAt)) {
        reportedAt = r.reportedAt();
      }
      for (int i = 0, size = count(); i < size; i++) {
        Facts f = timer(i);
        if (f.open() && f.target.stop().contains(Trigger.reported())) {
          Instant started = f.startedAt();
          f.stop(r.reportedAt().isBefore(started) ? started : r.reportedAt());
        }
      }
    } else if (signal instanceof TimerSignal.Reopened) {
      // The next node entry starts new timers.
      withdrawn = false;
    }
  }

  private void leave(String node, Instant at) {
    stopOn(Trigger.leave(node), at);
    for (int i = 0, size = count(); i < size; i++) {
      Facts f = timer(i);
      if (f.open() && f.target.pauseWhile().nodes().contains(node)) {
        f.closeNodePause(at);
      }
    }
    if (node.equals(currentNode)) {
      currentNode = null;
    }
    startOn(Trigger.leave(node), at);
  }

  private void stopOn(Trigger trigger, Instant at) {
    for (int i = 0, size = count(); i < size; i++) {
      Facts f = timer(i);
      if (f.open() && f.target.stop().contains(trigger)) {
        f.stop(at);
      }
    }
  }

  private void startOn(Trigger trigger, Instant at) {
    startOn(trigger, at, null);
  }

  /** Starts the targets {@code trigger} starts; a plan's due instant is given only by a plan confirmation. */
  private void startOn(Trigger trigger, Instant at, @Nullable Instant planDue) {
    if (withdrawn) {
      return;
    }
    for (SlaTarget target : policy.targets()) {
      if (!target.start().contains(trigger)) {
        continue;
      }
      if (running(target)) {
        continue;
      }
      int n = started(target) + 1;
      Facts f = new Facts(target, timerId(target, n), at, grade == null ? Grade.GENERAL : grade, planDue);
      if (clockPaused && target.pauseWhile().clockPaused()) {
        f.openClockPause(at);
      }
      if (currentNode != null && target.pauseWhile().nodes().contains(currentNode)) {
        f.openNodePause(at);
      }
      add(f);
    }
  }

  /** Whether a timer of {@code target} is open. */
  private boolean running(SlaTarget target) {
    for (int i = 0, size = count(); i < size; i++) {
      Facts f = timer(i);
      if (f.open() && f.target.equals(target)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a timer after the last one. */
  private void add(Facts f) {
    Object ts = timers;
    if (ts == null) {
      timers = f;
    } else if (ts instanceof Facts one) {
      timers = new Facts[] {one, f};
    } else {
      Facts[] all = (Facts[]) ts;
      Facts[] more = Arrays.copyOf(all, all.length + 1);
      more[all.length] = f;
      timers = more;
    }
  }

  /** How many timers have started. */
  private int count() {
    Object ts = timers;
    return ts == null ? 0 : ts instanceof Facts ? 1 : ((Facts[]) ts).length;
  }

  /** The {@code i}th timer started. */
  private Facts timer(int i) {
    Object ts = timers;
    return ts instanceof Facts one ? one : ((Facts[]) Objects.requireNonNull(ts))[i];
  }

  /** How many timers of a target have started (timers are never dropped): a count per complaint would cost a map. */
  private int started(SlaTarget target) {
    int n = 0;
    for (int i = 0, size = count(); i < size; i++) {
      Facts f = timer(i);
      if (f.target.name().equals(target.name())) {
        n++;
      }
    }
    return n;
  }

  /** The id of the {@code n}th timer of a target, {@code GRADING#1}: one string shared by every complaint. */
  private static String timerId(SlaTarget target, int n) {
    return (target.name() + "#" + n).intern();
  }

  /**
   * Starts the targets started by {@link Trigger#major()}, once per complaint, counting from the receipt; a
   * report made before stops the new timer at once, at the report's instant.
   */
  private void startMajor(Instant at) {
    if (withdrawn) {
      return;
    }
    Instant from = receivedAt != null && receivedAt.isBefore(at) ? receivedAt : at;
    for (SlaTarget target : policy.targets()) {
      if (!target.start().contains(Trigger.major()) || started(target) > 0) {
        continue;
      }
      Grade g = grade == null ? Grade.GENERAL : grade;
      Facts f = new Facts(target, timerId(target, 1), from, g, null); // the first of its target, as checked above
      if (clockPaused && target.pauseWhile().clockPaused()) {
        f.openClockPause(at);
      }
      if (currentNode != null && target.pauseWhile().nodes().contains(currentNode)) {
        f.openNodePause(at);
      }
      add(f);
      if (reportedAt != null && target.stop().contains(Trigger.reported())) {
        f.stop(reportedAt.isBefore(from) ? from : reportedAt);
      }
    }
  }

  /**
   * The timers so far, in the order they started.
   *
   * @return immutable snapshots
   */
  public List<SlaTimer> timers() {
    List<SlaTimer> out = new ArrayList<>(count());
    for (int i = 0, size = count(); i < size; i++) {
      Facts f = timer(i);
      out.add(f.snapshot(this));
    }
    return out;
  }

  /**
   * The status of every timer started by {@code t}.
   *
   * @param t the instant
   * @return the statuses in start order
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a timer's calendar cannot answer (see
   *     {@link SlaTimer#statusAt})
   */
  public List<TimerStatus> statusAt(Instant t) {
    List<TimerStatus> out = new ArrayList<>();
    for (int i = 0, size = count(); i < size; i++) {
      Facts f = timer(i);
      f.snapshot(this).statusAt(t).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The node the complaint is in, from the signals so far.
   *
   * @return the node; null between nodes or after closing
   */
  public @Nullable String currentNode() {
    return currentNode;
  }

  /** {@code list} with {@code item} added: a list of its own the first time (the empty one is shared). */
  private static <T> List<T> added(List<T> list, T item) {
    List<T> out = list instanceof ArrayList<T> ? list : new ArrayList<>(list);
    out.add(item);
    return out;
  }

  /**
   * Mutable facts of one timer. Kept small, for a tracker holds many: the start as epoch second and nanosecond,
   * the facts most timers never get (a plan's due instant, a cancellation, grade changes, extensions, pauses) in
   * {@link More}, allocated at the first one, the initial grade beside the start's nanosecond, and no cached
   * snapshot (built when asked for). Static: no reference to the complaint's timers, which are given to
   * {@link #snapshot}.
   */
  private static final class Facts {
    private static final Grade[] GRADES = Grade.values();
    private static final int NANO_BITS = 30; // nanoseconds are below 2^30; two bits left for the grade

    static {
      if (GRADES.length > 1 << (Integer.SIZE - NANO_BITS)) {
        throw new IllegalStateException("more grades than a timer's start can hold: " + GRADES.length);
      }
    }

    final SlaTarget target;
    final String id;
    final long startSecond;
    /** The start's nanosecond in the low {@link #NANO_BITS} bits, the initial grade's ordinal above them. */
    final int startNanoAndGrade;
    @Nullable Instant stoppedAt;
    @Nullable More more;

    Facts(SlaTarget target, String id, Instant startedAt, Grade initialGrade, @Nullable Instant planDue) {
      this.target = target;
      this.id = id;
      this.startSecond = startedAt.getEpochSecond();
      this.startNanoAndGrade = startedAt.getNano() | initialGrade.ordinal() << NANO_BITS;
      if (planDue != null) {
        more().planDue = planDue;
      }
    }

    Instant startedAt() {
      return Instant.ofEpochSecond(startSecond, startNanoAndGrade & ((1 << NANO_BITS) - 1));
    }

    Grade initialGrade() {
      return GRADES[startNanoAndGrade >>> NANO_BITS];
    }

    More more() {
      More m = more;
      if (m == null) {
        m = new More();
        more = m;
      }
      return m;
    }

    boolean open() {
      return stoppedAt == null && (more == null || more.cancelledAt == null);
    }

    void openClockPause(Instant at) {
      More m = more();
      m.clockPause = openPause(m, m.clockPause, at);
    }

    void closeClockPause(Instant at) {
      if (more != null) {
        more.clockPause = closePause(more.clockPause, at);
      }
    }

    void openNodePause(Instant at) {
      More m = more();
      m.nodePause = openPause(m, m.nodePause, at);
    }

    void closeNodePause(Instant at) {
      if (more != null) {
        more.nodePause = closePause(more.nodePause, at);
      }
    }

    /** The open pause: {@code current} when there is one, else a new pause from {@code at}. */
    private static Instant[] openPause(More m, Instant @Nullable [] current, Instant at) {
      if (current != null) {
        return current;
      }
      Instant[] p = {at, null};
      m.pauses = added(m.pauses, p);
      return p;
    }

    /** Ends {@code current} (if any) at {@code at}; returns null, the pause being no longer open. */
    private static Instant @Nullable [] closePause(Instant @Nullable [] current, Instant at) {
      if (current != null) {
        current[1] = at;
      }
      return null;
    }

    void stop(Instant at) {
      closeClockPause(at);
      closeNodePause(at);
      stoppedAt = at;
    }

    void cancel(Instant at) {
      closeClockPause(at);
      closeNodePause(at);
      more().cancelledAt = at;
    }

    SlaTimer snapshot(ComplaintTimers of) {
      More m = more;
      if (m == null) {
        return new SlaTimer(of.policy, of.complaintId, id, target, startedAt(), initialGrade(), null, List.of(),
            List.of(), List.of(), stoppedAt, null);
      }
      List<Pause> ps = new ArrayList<>(m.pauses.size());
      for (Instant[] p : m.pauses) {
        ps.add(new Pause(p[0], p[1]));
      }
      return new SlaTimer(of.policy, of.complaintId, id, target, startedAt(), initialGrade(), m.planDue,
          m.gradeChanges, m.extensions, ps, stoppedAt, m.cancelledAt);
    }
  }

  /** The facts of a timer that most timers never get. */
  private static final class More {
    @Nullable Instant planDue;
    @Nullable Instant cancelledAt;
    // empty and shared until the first entry
    List<SlaTimer.GradeChange> gradeChanges = List.of();
    List<Extension> extensions = List.of();
    List<Instant[]> pauses = List.of();
    Instant @Nullable [] clockPause;
    Instant @Nullable [] nodePause;
  }
}
