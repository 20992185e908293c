package dev.complaints.sla.tracker;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.ComplaintTimers;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.timer.TimerSignal;
import dev.complaints.sla.timer.TimerStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Tracks the SLA timers of many complaints. Feed it complaint events (or {@link TimerSignal}s) as they are
 * stored; ask it for {@link #statusAt(Instant)}, the {@link #board(Instant) SLA board}, and
 * {@link #nextChangeAt(Instant)} so that a host scheduler can sleep until the next alert change instead of
 * polling. Thread-safe (methods are synchronized).
 *
 * <p>{@code nextChangeAt} is computed, not polled: for each running timer the instant its working time reaches
 * the next threshold of the alert ladder is found with the calendar's {@code add}; recorded grade changes,
 * extensions and pauses that move a level count too. The tracker keeps each complaint's next change in an index
 * ordered by instant, worked out again only for the complaints changed since and those whose change has passed,
 * so that asking for instants that do not go back in time (as a scheduler does) takes logarithmic time in the
 * number of complaints; asking for an earlier instant than before scans every complaint. Levels are those of {@link SlaTimer#levelAt(Instant)}:
 * NONE before a timer starts, the current light while it is open, and the level reached when it stopped or was
 * cancelled afterwards. Calendars that only know some years (such as {@code cn-national}) throw when asked
 * beyond them.
 */
public final class SlaTracker {
  private final SlaPolicy defaultPolicy;
  private final Map<String, Tracked> complaints = new LinkedHashMap<>();

  /** The complaints whose next change is known and after {@link #indexedAt}, by that instant. */
  private final TreeSet<Tracked> byNextChange = new TreeSet<>(Tracked.BY_NEXT_CHANGE);
  /** The complaints changed since their next change was worked out. */
  private final Set<Tracked> changed = new LinkedHashSet<>();
  /** The complaints whose next change a calendar could not answer for, in the order they were first seen. */
  private final TreeSet<Tracked> failing = new TreeSet<>(Tracked.BY_SEQUENCE);
  /**
   * Every next change in the index was worked out at or before this instant (the latest instant asked for): it
   * is the next change after any instant from then on until it passes. Null before the first question.
   */
  private @Nullable Instant indexedAt;
  private long sequence;

  /**
   * A tracker whose complaints use one policy (unless {@link #track(String, SlaPolicy)} says otherwise).
   *
   * @param policy the default policy
   */
  public SlaTracker(SlaPolicy policy) {
    this.defaultPolicy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Tracks a complaint with a policy of its own; must be called before its first event.
   *
   * @param complaintId the complaint
   * @param policy its policy
   * @throws IllegalStateException when the complaint is already tracked
   */
  public synchronized void track(String complaintId, SlaPolicy policy) {
    Objects.requireNonNull(complaintId, "complaintId");
    Objects.requireNonNull(policy, "policy");
    if (complaints.containsKey(complaintId)) {
      throw new IllegalStateException("complaint " + complaintId + " is already tracked");
    }
    complaints.put(complaintId, new Tracked(new ComplaintTimers(policy, complaintId), sequence++));
  }

  /**
   * Applies a stored complaint event (duplicates by version are ignored).
   *
   * @param event the event
   */
  public synchronized void apply(ComplaintEvent event) {
    Objects.requireNonNull(event, "event");
    Tracked c = tracked(event.complaintId());
    unindex(c);
    c.timers.apply(event);
  }

  /**
   * Applies stored complaint events in order.
   *
   * @param events the events
   */
  public synchronized void applyAll(Iterable<? extends ComplaintEvent> events) {
    for (ComplaintEvent e : events) {
      apply(e);
    }
  }

  /**
   * Applies a timer signal of a complaint.
   *
   * @param complaintId the complaint
   * @param signal the signal
   */
  public synchronized void apply(String complaintId, TimerSignal signal) {
    Tracked c = tracked(Objects.requireNonNull(complaintId, "complaintId"));
    unindex(c);
    c.timers.apply(signal);
  }

  /**
   * Stops tracking a complaint (for example once it is archived).
   *
   * @param complaintId the complaint
   */
  public synchronized void forget(String complaintId) {
    Tracked c = complaints.remove(complaintId);
    if (c != null) {
      unindex(c);
      changed.remove(c);
    }
  }

  /**
   * The ids of the tracked complaints, in the order they were first seen.
   *
   * @return the ids
   */
  public synchronized List<String> complaintIds() {
    return List.copyOf(complaints.keySet());
  }

  /**
   * The timers of one complaint.
   *
   * @param complaintId the complaint
   * @return its timers, empty when it is not tracked
   */
  public synchronized List<SlaTimer> timersOf(String complaintId) {
    Tracked t = complaints.get(complaintId);
    return t == null ? List.of() : t.timers.timers();
  }

  /**
   * The status of every timer started by {@code t}, complaint by complaint.
   *
   * @param t the instant
   * @return the statuses
   * @throws CalendarRangeException as the calendar gives it when a timer's calendar cannot answer for the
   *     dates involved (see {@link SlaTimer#statusAt(Instant)})
   * @throws IllegalArgumentException naming the complaint and the timer when a limit, extension or deadline is
   *     beyond the instants that can be represented
   */
  public synchronized List<TimerStatus> statusAt(Instant t) {
    return statusAt(t, null);
  }

  /**
   * The status of every timer started by {@code t}, leaving out the complaints a calendar cannot answer for:
   * each is handed to {@code skipped} with the error instead of failing the whole answer, so a host can report
   * one complaint past a dataset calendar's years and still see every other. The errors handed over are a
   * {@link CalendarRangeException} (a date a calendar does not cover) or an {@link IllegalArgumentException} (a
   * limit, extension or deadline beyond the instants that can be represented).
   *
   * @param t the instant
   * @param skipped told the complaint id and the error for every complaint left out; null fails on the first one
   *     instead, as the overload without it does
   * @return the statuses of the other complaints
   */
  public synchronized List<TimerStatus> statusAt(Instant t, @Nullable BiConsumer<String, RuntimeException> skipped) {
    Objects.requireNonNull(t, "t");
    List<TimerStatus> out = new ArrayList<>();
    for (Tracked tracked : complaints.values()) {
      ComplaintTimers c = tracked.timers;
      try {
        out.addAll(c.statusAt(t));
      } catch (IllegalArgumentException | CalendarRangeException e) {
        skip(c, e, skipped);
      }
    }
    return out;
  }

  /**
   * The SLA board at {@code t}: open (running or paused) timers by alert level.
   *
   * @param t the instant
   * @return the board
   * @throws CalendarRangeException when a timer's calendar cannot answer, as for {@link #statusAt(Instant)}
   */
  public synchronized SlaBoard board(Instant t) {
    return board(t, null);
  }

  /**
   * The SLA board at {@code t}, leaving out the complaints a calendar cannot answer for, each handed to
   * {@code skipped} (see {@link #statusAt(Instant, BiConsumer)}).
   *
   * @param t the instant
   * @param skipped told the complaint id and the error for every complaint left out; null fails on the first one
   *     instead, as the overload without it does
   * @return the board of the other complaints
   */
  public synchronized SlaBoard board(Instant t, @Nullable BiConsumer<String, RuntimeException> skipped) {
    EnumMap<AlertLevel, List<TimerStatus>> by = new EnumMap<>(AlertLevel.class);
    for (TimerStatus s : statusAt(t, skipped)) {
      if (s.state().isOpen()) {
        by.computeIfAbsent(s.level(), l -> new ArrayList<>()).add(s);
      }
    }
    Comparator<TimerStatus> order =
        Comparator.comparing((TimerStatus s) -> s.outcome().deadline())
            .thenComparing(TimerStatus::complaintId)
            .thenComparing(TimerStatus::timerId);
    by.values().forEach(l -> l.sort(order));
    return new SlaBoard(t, by, calendarDataEnds());
  }

  /**
   * The last date of holiday data among the calendars of the tracked policies (the default one and those given to
   * {@link #track(String, SlaPolicy)}): the earliest end when several calendars are built from datasets. Past it
   * a policy refuses to time, or follows the weekly windows alone when it chose
   * {@link dev.complaints.sla.policy.UnknownYears#WEEKLY}; a host shows it so that the date is not a surprise.
   *
   * @return the date; null when no calendar is limited to the years of a dataset
   */
  public synchronized @Nullable LocalDate calendarDataEnds() {
    LocalDate end = defaultPolicy.calendarDataEnds();
    for (Tracked tracked : complaints.values()) {
      ComplaintTimers c = tracked.timers;
      if (c.policy() != defaultPolicy) {
        LocalDate other = c.policy().calendarDataEnds();
        if (other != null && (end == null || other.isBefore(end))) {
          end = other;
        }
      }
    }
    return end;
  }

  /**
   * The earliest instant after {@code t} at which any tracked timer's alert level changes, from what has been
   * recorded so far.
   *
   * @param t the instant
   * @return the instant, empty when no level will change
   * @throws CalendarRangeException as the calendar gives it when a timer's next change cannot be known because it
   *     lies beyond the years a dataset calendar covers (see {@link SlaTimer#nextChangeAfter(Instant)}); never a
   *     guess and never an endless search
   */
  public synchronized Optional<Instant> nextChangeAt(Instant t) {
    return nextChangeAt(t, null);
  }

  /**
   * The earliest instant after {@code t} at which the alert level of a timer changes, leaving out the complaints
   * whose next change a calendar cannot answer for, each handed to {@code skipped} (so one complaint past a
   * dataset calendar's years does not stop a scheduler from waking for the others).
   *
   * @param t the instant
   * @param skipped told the complaint id and the error for every complaint left out; null fails on the first one
   *     instead, as the overload without it does
   * @return the instant, empty when no level of the other complaints will change
   */
  public synchronized Optional<Instant> nextChangeAt(Instant t,
      @Nullable BiConsumer<String, RuntimeException> skipped) {
    Objects.requireNonNull(t, "t");
    if (indexedAt != null && t.isBefore(indexedAt)) {
      return Optional.ofNullable(scanNextChange(t, skipped)); // back in time: the index holds later answers
    }
    indexedAt = t;
    for (Tracked c : changed) {
      reindex(c, t);
    }
    changed.clear();
    while (!byNextChange.isEmpty() && !byNextChange.first().next.isAfter(t)) {
      reindex(byNextChange.pollFirst(), t); // its change has passed: the one after it
    }
    List<Tracked> stillFailing = new ArrayList<>();
    for (Tracked c : new ArrayList<>(failing)) {
      failing.remove(c);
      reindex(c, t);
      if (c.failure != null) {
        stillFailing.add(c);
      }
    }
    for (Tracked c : stillFailing) {
      skip(c.timers, c.failure, skipped);
    }
    return byNextChange.isEmpty() ? Optional.empty() : Optional.of(byNextChange.first().next);
  }

  /** The earliest level change after {@code t} by asking every complaint (also what the index is tested against). */
  @Nullable Instant scanNextChange(Instant t, @Nullable BiConsumer<String, RuntimeException> skipped) {
    Instant best = null;
    for (Tracked tracked : complaints.values()) {
      ComplaintTimers c = tracked.timers;
      try {
        Instant n = nextChangeOf(c, t);
        if (n != null && (best == null || n.isBefore(best))) {
          best = n;
        }
      } catch (IllegalArgumentException | CalendarRangeException e) {
        skip(c, e, skipped);
      }
    }
    return best;
  }

  /** Works out a complaint's next change after {@code t} and files it: in the index, among the failing, or none. */
  private void reindex(Tracked c, Instant t) {
    c.failure = null;
    c.next = null;
    try {
      c.next = nextChangeOf(c.timers, t);
    } catch (IllegalArgumentException | CalendarRangeException e) {
      c.failure = e;
      failing.add(c);
      return;
    }
    if (c.next != null) {
      byNextChange.add(c);
    }
  }

  /** Takes a complaint out of the index before it changes; its next change is worked out at the next question. */
  private void unindex(Tracked c) {
    if (c.next != null) {
      byNextChange.remove(c);
      c.next = null;
    }
    if (c.failure != null) {
      failing.remove(c);
      c.failure = null;
    }
    changed.add(c);
  }

  /** The earliest level change after {@code t} among one complaint's timers, or null. */
  private static @Nullable Instant nextChangeOf(ComplaintTimers c, Instant t) {
    Instant best = null;
    for (SlaTimer timer : c.timers()) {
      if (!timer.isOpen() && lastFact(timer).compareTo(t) <= 0) {
        continue;
      }
      Optional<Instant> n = timer.nextChangeAfter(t);
      if (n.isPresent() && (best == null || n.get().isBefore(best))) {
        best = n.get();
      }
    }
    return best;
  }

  /** Hands a complaint a calendar cannot answer for to {@code skipped}, or rethrows when there is none. */
  private static void skip(ComplaintTimers c, RuntimeException e,
      @Nullable BiConsumer<String, RuntimeException> skipped) {
    if (skipped == null) {
      throw e;
    }
    skipped.accept(c.complaintId(), e);
  }

  /**
   * The alert level of every timer at {@code t}, by complaint and timer id (NONE for timers not started).
   *
   * @param t the instant
   * @return the levels
   * @throws CalendarRangeException when a timer's calendar cannot answer, as for {@link #statusAt(Instant)}
   */
  public synchronized Map<String, AlertLevel> levelsAt(Instant t) {
    Map<String, AlertLevel> out = new LinkedHashMap<>();
    for (Tracked tracked : complaints.values()) {
      ComplaintTimers c = tracked.timers;
      for (SlaTimer timer : c.timers()) {
        out.put(c.complaintId() + "/" + timer.id(), timer.levelAt(t));
      }
    }
    return out;
  }

  private static Instant lastFact(SlaTimer timer) {
    Instant last = timer.stoppedAt() != null ? timer.stoppedAt()
        : timer.cancelledAt() != null ? timer.cancelledAt() : timer.startedAt();
    for (SlaTimer.GradeChange g : timer.gradeChanges()) {
      last = g.at().isAfter(last) ? g.at() : last;
    }
    for (Extension e : timer.extensions()) {
      last = e.approvedAt().isAfter(last) ? e.approvedAt() : last;
    }
    return last;
  }

  private Tracked tracked(String complaintId) {
    return complaints.computeIfAbsent(complaintId,
        id -> new Tracked(new ComplaintTimers(defaultPolicy, id), sequence++));
  }

  /** A complaint's timers and where it stands in the index of next changes. */
  private static final class Tracked {
    static final Comparator<Tracked> BY_SEQUENCE = Comparator.comparingLong(c -> c.sequence);
    static final Comparator<Tracked> BY_NEXT_CHANGE = (a, b) -> {
      int c = a.next.compareTo(b.next);
      return c != 0 ? c : Long.compare(a.sequence, b.sequence);
    };

    final ComplaintTimers timers;
    /** The order the complaint was first seen in (the order of {@link #complaints}). */
    final long sequence;
    /** The next change worked out, while in the index. */
    @Nullable Instant next;
    /** Why the next change could not be worked out, while among the failing. */
    @Nullable RuntimeException failure;

    Tracked(ComplaintTimers timers, long sequence) {
      this.timers = timers;
      this.sequence = sequence;
    }
  }
}
