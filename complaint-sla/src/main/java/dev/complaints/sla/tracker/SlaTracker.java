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
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
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
  /** Not in the index of next changes (a {@link #heapPos}). */
  private static final int NOT_INDEXED = -1;
  /** A {@link #flags} bit: the complaint is in {@link #changed}. */
  private static final byte CHANGED = 1;
  private static final int MIN_CAPACITY = 16;

  private final SlaPolicy defaultPolicy;

  // The complaints are kept in columns rather than an object per complaint (a tracker holds very many): a
  // complaint has a slot, given in the order first seen; a forgotten one leaves its slot empty until the slots
  // are compacted.
  /** The complaints by slot; null for a forgotten one. */
  private ComplaintTimers[] slots = new ComplaintTimers[MIN_CAPACITY];
  /** Where each slot's next change stands in the heap, or {@link #NOT_INDEXED}. */
  private int[] heapPos = new int[MIN_CAPACITY];
  /** Bits per slot ({@link #CHANGED}). */
  private byte[] flags = new byte[MIN_CAPACITY];
  /** Slots given (tracked and forgotten complaints). */
  private int slotCount;
  /** Tracked complaints. */
  private int live;

  /**
   * Open addressing (linear probing) from complaint id to slot + 1; 0 is empty. A forgotten complaint's entry stays
   * until the table is rebuilt, and matches nothing (its slot is null).
   */
  private int[] table = new int[MIN_CAPACITY];
  private int tableShift = 32 - Integer.numberOfTrailingZeros(MIN_CAPACITY);
  private int tableUsed;

  /**
   * The complaints whose next change is known and after {@link #indexedAt}: a binary min-heap of (epoch second,
   * nanosecond, slot) in three columns.
   */
  private long[] heapSecond = new long[MIN_CAPACITY];
  private int[] heapNano = new int[MIN_CAPACITY];
  private int[] heapSlot = new int[MIN_CAPACITY];
  private int heapSize;

  /** The slots changed since their next change was worked out (each once: {@link #CHANGED}). */
  private int[] changed = new int[MIN_CAPACITY];
  private int changedSize;
  /** The complaints whose next change a calendar could not answer for, by slot (the order first seen). */
  private final TreeMap<Integer, RuntimeException> failing = new TreeMap<>();
  /**
   * Every next change in the index was worked out at or before this instant (the latest instant asked for): it
   * is the next change after any instant from then on until it passes. Null before the first question.
   */
  private @Nullable Instant indexedAt;

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
    if (find(complaintId) >= 0) {
      throw new IllegalStateException("complaint " + complaintId + " is already tracked");
    }
    add(new ComplaintTimers(policy, complaintId));
  }

  /**
   * Applies a stored complaint event (duplicates by version are ignored).
   *
   * @param event the event
   */
  public synchronized void apply(ComplaintEvent event) {
    Objects.requireNonNull(event, "event");
    int c = tracked(event.complaintId());
    unindex(c);
    slots[c].apply(event);
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
    int c = tracked(Objects.requireNonNull(complaintId, "complaintId"));
    unindex(c);
    slots[c].apply(signal);
  }

  /**
   * Stops tracking a complaint (for example once it is archived).
   *
   * @param complaintId the complaint
   */
  public synchronized void forget(String complaintId) {
    int c = find(complaintId);
    if (c >= 0) {
      unindex(c);
      flags[c] = 0; // its entry in the changed slots is passed over
      slots[c] = null;
      live--;
      int empty = slotCount - live;
      if (empty > MIN_CAPACITY && empty > live) {
        compact();
      }
    }
  }

  /**
   * The ids of the tracked complaints, in the order they were first seen.
   *
   * @return the ids
   */
  public synchronized List<String> complaintIds() {
    List<String> ids = new ArrayList<>(live);
    for (int i = 0; i < slotCount; i++) {
      if (slots[i] != null) {
        ids.add(slots[i].complaintId());
      }
    }
    return List.copyOf(ids);
  }

  /**
   * The timers of one complaint.
   *
   * @param complaintId the complaint
   * @return its timers, empty when it is not tracked
   */
  public synchronized List<SlaTimer> timersOf(String complaintId) {
    int c = find(Objects.requireNonNull(complaintId, "complaintId"));
    return c < 0 ? List.of() : slots[c].timers();
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
    for (int i = 0; i < slotCount; i++) {
      ComplaintTimers c = slots[i];
      if (c == null) {
        continue;
      }
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
    for (int i = 0; i < slotCount; i++) {
      ComplaintTimers c = slots[i];
      if (c != null && c.policy() != defaultPolicy) {
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
    // the complaints that failed before are in neither the changed list nor the heap: asked once more below, after
    // (not beside) those that fail now
    List<Integer> failedBefore = new ArrayList<>(failing.keySet());
    failing.clear();
    int[] toIndex = changed;
    int n = changedSize;
    changed = new int[MIN_CAPACITY]; // not kept at the size of a burst of changes
    changedSize = 0;
    for (int i = 0; i < n; i++) {
      int c = toIndex[i];
      if ((flags[c] & CHANGED) != 0) { // else forgotten since
        flags[c] &= ~CHANGED;
        reindex(c, t);
      }
    }
    long second = t.getEpochSecond();
    int nano = t.getNano();
    while (heapSize > 0
        && (heapSecond[0] < second || heapSecond[0] == second && heapNano[0] <= nano)) {
      int c = heapSlot[0];
      heapRemove(0);
      reindex(c, t); // its change has passed: the one after it
    }
    for (int c : failedBefore) {
      reindex(c, t);
    }
    // a copy: the host's callback may change the tracker
    for (Map.Entry<Integer, RuntimeException> f : new ArrayList<>(failing.entrySet())) {
      skip(slots[f.getKey()], f.getValue(), skipped);
    }
    return heapSize == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(heapSecond[0], heapNano[0]));
  }

  /** The earliest level change after {@code t} by asking every complaint (also what the index is tested against). */
  @Nullable Instant scanNextChange(Instant t, @Nullable BiConsumer<String, RuntimeException> skipped) {
    Instant best = null;
    for (int i = 0; i < slotCount; i++) {
      ComplaintTimers c = slots[i];
      if (c == null) {
        continue;
      }
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
  private void reindex(int c, Instant t) {
    Instant next;
    try {
      next = nextChangeOf(slots[c], t);
    } catch (IllegalArgumentException | CalendarRangeException e) {
      failing.put(c, e);
      return;
    }
    if (next != null) {
      heapAdd(c, next);
    }
  }

  /** Takes a complaint out of the index before it changes; its next change is worked out at the next question. */
  private void unindex(int c) {
    if (heapPos[c] != NOT_INDEXED) {
      heapRemove(heapPos[c]);
    }
    failing.remove(c);
    if ((flags[c] & CHANGED) == 0) {
      flags[c] |= CHANGED;
      if (changedSize == changed.length) {
        changed = Arrays.copyOf(changed, changedSize * 2);
      }
      changed[changedSize++] = c;
    }
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
    for (int i = 0; i < slotCount; i++) {
      ComplaintTimers c = slots[i];
      if (c == null) {
        continue;
      }
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

  /** The slot of a tracked complaint, given one (with the default policy) when it is new. */
  private int tracked(String complaintId) {
    int c = find(complaintId);
    return c >= 0 ? c : add(new ComplaintTimers(defaultPolicy, complaintId));
  }

  /** The slot of a tracked complaint, or -1. */
  private int find(String complaintId) {
    int mask = table.length - 1;
    for (int i = bucket(complaintId); ; i = (i + 1) & mask) {
      int e = table[i];
      if (e == 0) {
        return -1;
      }
      ComplaintTimers c = slots[e - 1];
      if (c != null && c.complaintId().equals(complaintId)) {
        return e - 1;
      }
    }
  }

  private int bucket(String complaintId) {
    return (complaintId.hashCode() * 0x9E3779B9) >>> tableShift;
  }

  /** Gives a new complaint the next slot. */
  private int add(ComplaintTimers timers) {
    if (slotCount == slots.length) {
      int size = slots.length * 2;
      slots = Arrays.copyOf(slots, size);
      heapPos = Arrays.copyOf(heapPos, size);
      flags = Arrays.copyOf(flags, size);
    }
    int c = slotCount++;
    slots[c] = timers;
    heapPos[c] = NOT_INDEXED;
    flags[c] = 0;
    live++;
    if ((tableUsed + 1) * 4L > table.length * 3L) {
      rehash();
    } else {
      put(c);
    }
    return c;
  }

  /** Files a slot in the table. */
  private void put(int c) {
    int mask = table.length - 1;
    int i = bucket(slots[c].complaintId());
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = c + 1;
    tableUsed++;
  }

  /** Builds the table again for the tracked complaints (the forgotten ones' entries dropped). */
  private void rehash() {
    int capacity = MIN_CAPACITY;
    while ((live + 1) * 4L > capacity * 3L) {
      capacity *= 2;
    }
    table = new int[capacity];
    tableShift = 32 - Integer.numberOfTrailingZeros(capacity);
    tableUsed = 0;
    for (int c = 0; c < slotCount; c++) {
      if (slots[c] != null) {
        put(c);
      }
    }
  }

  /** Closes up the slots of forgotten complaints, keeping the order of the others. */
  private void compact() {
    int[] moved = new int[slotCount];
    int size = MIN_CAPACITY;
    while (size < live) {
      size *= 2;
    }
    ComplaintTimers[] s = new ComplaintTimers[size];
    int[] p = new int[size];
    byte[] f = new byte[size];
    int n = 0;
    for (int c = 0; c < slotCount; c++) {
      if (slots[c] == null) {
        moved[c] = -1;
        continue;
      }
      moved[c] = n;
      s[n] = slots[c];
      p[n] = heapPos[c];
      f[n] = flags[c];
      n++;
    }
    slots = s;
    heapPos = p;
    flags = f;
    slotCount = n;
    for (int i = 0; i < heapSize; i++) {
      heapSlot[i] = moved[heapSlot[i]];
    }
    int kept = 0;
    for (int i = 0; i < changedSize; i++) {
      int c = moved[changed[i]];
      if (c >= 0 && (flags[c] & CHANGED) != 0) {
        changed[kept++] = c;
      }
    }
    changedSize = kept;
    Map<Integer, RuntimeException> failures = new LinkedHashMap<>(failing);
    failing.clear();
    failures.forEach((c, e) -> failing.put(moved[c], e));
    rehash();
  }

  /** Adds a complaint's next change to the heap. */
  private void heapAdd(int c, Instant next) {
    if (heapSize == heapSlot.length) {
      int size = heapSize * 2;
      heapSecond = Arrays.copyOf(heapSecond, size);
      heapNano = Arrays.copyOf(heapNano, size);
      heapSlot = Arrays.copyOf(heapSlot, size);
    }
    int i = heapSize++;
    heapSecond[i] = next.getEpochSecond();
    heapNano[i] = next.getNano();
    heapSlot[i] = c;
    heapPos[c] = i;
    siftUp(i);
  }

  /** Takes the entry at {@code i} out of the heap. */
  private void heapRemove(int i) {
    heapPos[heapSlot[i]] = NOT_INDEXED;
    int last = --heapSize;
    if (i == last) {
      return;
    }
    heapSecond[i] = heapSecond[last];
    heapNano[i] = heapNano[last];
    heapSlot[i] = heapSlot[last];
    heapPos[heapSlot[i]] = i;
    siftDown(i);
    siftUp(i);
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int least = i;
      int l = 2 * i + 1;
      int r = l + 1;
      if (l < heapSize && before(l, least)) {
        least = l;
      }
      if (r < heapSize && before(r, least)) {
        least = r;
      }
      if (least == i) {
        return;
      }
      swap(i, least);
      i = least;
    }
  }

  /** Whether heap entry {@code a} comes before {@code b}: by instant, then by slot (the order first seen). */
  private boolean before(int a, int b) {
    if (heapSecond[a] != heapSecond[b]) {
      return heapSecond[a] < heapSecond[b];
    }
    if (heapNano[a] != heapNano[b]) {
      return heapNano[a] < heapNano[b];
    }
    return heapSlot[a] < heapSlot[b];
  }

  private void swap(int a, int b) {
    long s = heapSecond[a];
    heapSecond[a] = heapSecond[b];
    heapSecond[b] = s;
    int n = heapNano[a];
    heapNano[a] = heapNano[b];
    heapNano[b] = n;
    int c = heapSlot[a];
    heapSlot[a] = heapSlot[b];
    heapSlot[b] = c;
    heapPos[heapSlot[a]] = a;
    heapPos[heapSlot[b]] = b;
  }
}
