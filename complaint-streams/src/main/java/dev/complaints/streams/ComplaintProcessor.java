package dev.complaints.streams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.json.Json;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.TicketWriter;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each complaint's events and reported lights, indexes the instant its lights change next, and on each
 * wall-clock punctuation reports the changes that have become due. Emits a ticket record whenever a complaint
 * closes ({@code ComplaintClosed}, which also ends a withdrawal), again when it closes after a reopening.
 *
 * <p>Each change is reported with the instant it happened: when a punctuation comes late, every change since the
 * last comparison is reported in order (yellow, then red), not only the light shown now. The lights are compared
 * at the instants {@link SlaTracker#nextChangeAt(Instant)} gives and at the instants of the events, in time order
 * and never twice at one instant, and only a difference from the light last reported is a change; the reported
 * lights and the last comparison instant are stored with the events, in the same transaction as the output, so
 * a change is reported once.
 */
final class ComplaintProcessor implements Processor<String, String, String, Output> {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintProcessor.class);
  /** More changes than this in one complaint and one punctuation mean a runaway computation: the rest waits. */
  private static final int MAX_CHANGES_PER_PUNCTUATION = 64;
  private static final int CACHED_COMPLAINTS = 4096;

  private final ComplaintTopologyConfig config;
  private final TicketExport export;
  private final ObjectMapper mapper = Json.mapper();
  private @Nullable ProcessorContext<String, Output> context;
  private @Nullable KeyValueStore<String, String> complaints;
  private @Nullable KeyValueStore<String, String> index;
  /**
   * The states of recently seen complaints, the same as stored: every change is written through. It spares reading
   * a complaint's history back from its JSON at each event; a task that starts (or restarts after an aborted
   * transaction, when the stores are restored) begins with it empty.
   */
  private final Map<String, ComplaintState> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ComplaintState> eldest) {
      return size() > CACHED_COMPLAINTS;
    }
  };

  ComplaintProcessor(ComplaintTopologyConfig config) {
    this.config = config;
    this.export = TicketExport.of(config.workflow());
  }

  @Override
  public void init(ProcessorContext<String, Output> context) {
    this.context = context;
    cache.clear();
    this.complaints = context.getStateStore(ComplaintTopology.COMPLAINTS_STORE);
    this.index = context.getStateStore(ComplaintTopology.NEXT_CHANGES_STORE);
    context.schedule(config.punctuationInterval(), PunctuationType.WALL_CLOCK_TIME, this::punctuate);
  }

  @Override
  public void process(Record<String, String> record) {
    if (record.value() == null) {
      return; // a tombstone: complaint events are never deleted this way
    }
    ComplaintEvent event;
    try {
      event = mapper.readValue(record.value(), ComplaintEvent.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.warn("skipping an unreadable complaint event with key {}: {}", record.key(), e.getMessage());
      return;
    }
    String id = event.complaintId();
    ComplaintState state = load(id);
    if (event.version() <= state.lastVersion()) {
      return; // already applied: a producer retry or a replay
    }
    if (state.isEmpty() && !(event instanceof ComplaintReceived)) {
      LOG.warn("complaint {}: event {} arrived before ComplaintReceived; it is kept, but the complaint has no ticket"
          + " record until its history starts with ComplaintReceived", id, event.getClass().getSimpleName());
    }
    state.append(event, record.value());
    if (state.checkedAt == null) {
      // lights are NONE until timers start, which is at the earliest with the first event
      state.checkedAt = event.at().minusNanos(1);
    }
    if (event instanceof ComplaintClosed) {
      // the last event of a close (a withdrawal too ends with it): the record then has the final node change
      emitTicket(id, state, record.timestamp());
    }
    // the lights are compared at the event's instant too (at the last comparison for an event recorded late):
    // a fact can change a light at once without being a change the tracker foresees, such as a timer that starts
    // on a regrade counting from the receipt
    Instant at = event.at().isAfter(state.checkedAt) ? event.at() : state.checkedAt;
    Instant due = state.due != null && state.due.isBefore(at) ? state.due : at;
    reschedule(id, state, due);
    save(id, state);
  }

  private void emitTicket(String id, ComplaintState state, long timestamp) {
    if (!(state.events().get(0) instanceof ComplaintReceived)) {
      return;
    }
    try {
      TicketRecord ticket = export.export(state.events(), unit -> config.regions().get(unit));
      String json = TicketWriter.toJsonLine(ticket, config.options().zone());
      requireNonNull(context).forward(new Record<>(id, new Output(Output.Kind.TICKET, json, ticket.unit()),
          timestamp));
    } catch (RuntimeException e) {
      LOG.warn("complaint {}: no ticket record: {}", id, e.getMessage());
    }
  }

  /** Reports the due light changes of every complaint whose next change is at or before the horizon. */
  void punctuate(long wallClockMillis) {
    Instant now = Instant.ofEpochMilli(wallClockMillis);
    Instant horizon = horizon(now);
    List<KeyValue<String, String>> dueEntries = new ArrayList<>();
    int max = config.maxComplaintsPerPunctuation();
    try (KeyValueIterator<String, String> it = requireNonNull(index).range(null, NextChangeKey.upTo(horizon))) {
      while (it.hasNext() && dueEntries.size() < max) {
        dueEntries.add(it.next()); // the rest stay indexed for the next punctuations, earliest first
      }
    }
    for (KeyValue<String, String> entry : dueEntries) {
      index.delete(entry.key);
      String id = entry.value;
      ComplaintState state = load(id);
      if (state.due == null || !NextChangeKey.of(state.due, id).equals(entry.key)) {
        continue; // an entry left behind by a reschedule
      }
      catchUp(id, state, horizon, now, wallClockMillis);
      save(id, state);
    }
  }

  /**
   * How far the lights may be compared: the wall clock, held back to the stream time (the latest event seen) by up
   * to the maximum event delay, so that events still on their way can count.
   */
  private Instant horizon(Instant now) {
    Instant held = now.minus(config.maxEventDelay());
    long streamTime = requireNonNull(context).currentStreamTimeMs();
    Instant seen = streamTime < 0 ? held : Instant.ofEpochMilli(streamTime);
    Instant h = seen.isAfter(held) ? seen : held;
    return h.isBefore(now) ? h : now;
  }

  /** Compares the lights at each change instant up to the horizon, reporting every difference; indexes the next. */
  private void catchUp(String id, ComplaintState state, Instant horizon, Instant now, long wallClockMillis) {
    Instant t = state.due;
    state.due = null;
    SlaTracker tracker;
    try {
      tracker = tracker(state);
    } catch (RuntimeException e) {
      // a history the tracker refuses (an event dated before the one it follows, say) must not fail the task:
      // that would abort the punctuation and bring the same entry back, stopping every complaint's alerts
      LOG.warn("complaint {}: SLA lights cannot be computed from its history and are not followed until its next"
          + " event: {}", id, e.getMessage());
      return;
    }
    for (int i = 0; t != null && !t.isAfter(horizon); i++) {
      if (i == MAX_CHANGES_PER_PUNCTUATION) {
        reschedule(id, state, t);
        return;
      }
      Map<String, AlertLevel> levels = new TreeMap<>();
      try {
        for (TimerStatus s : tracker.statusAt(t)) {
          AlertLevel before = state.levels.getOrDefault(s.timerId(), AlertLevel.NONE);
          if (s.level() != AlertLevel.NONE) {
            levels.put(s.timerId(), s.level());
          }
          if (s.level() != before) {
            AlertChange change = new AlertChange(id, s.timerId(), s.targetName(), s.node(), before, s.level(), t,
                now);
            requireNonNull(context).forward(new Record<>(id,
                new Output(Output.Kind.ALERT, change.toJson(), id), wallClockMillis));
          }
        }
      } catch (CalendarRangeException | IllegalArgumentException e) {
        LOG.warn("complaint {}: SLA lights cannot be computed at {} and are no longer followed: {}", id, t,
            e.getMessage());
        return;
      }
      state.levels.clear();
      state.levels.putAll(levels);
      state.checkedAt = t;
      t = earliest(next(id, tracker, t), firstEventAfter(state, t));
    }
    reschedule(id, state, t);
  }

  private SlaTracker tracker(ComplaintState state) {
    SlaTracker tracker = new SlaTracker(config.policy());
    tracker.applyAll(state.events());
    return tracker;
  }

  private @Nullable Instant next(String id, SlaTracker tracker, Instant after) {
    try {
      Optional<Instant> n = tracker.nextChangeAt(after);
      return n.orElse(null);
    } catch (CalendarRangeException | IllegalArgumentException e) {
      LOG.warn("complaint {}: the next SLA light change cannot be computed and is not followed: {}", id,
          e.getMessage());
      return null;
    }
  }

  private static @Nullable Instant firstEventAfter(ComplaintState state, Instant t) {
    Instant first = null;
    for (ComplaintEvent e : state.events()) {
      if (e.at().isAfter(t) && (first == null || e.at().isBefore(first))) {
        first = e.at();
      }
    }
    return first;
  }

  private static @Nullable Instant earliest(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /** Moves the complaint's entry in the index of next changes. */
  private void reschedule(String id, ComplaintState state, @Nullable Instant due) {
    KeyValueStore<String, String> idx = requireNonNull(index);
    if (state.due != null && !state.due.equals(due)) {
      idx.delete(NextChangeKey.of(state.due, id));
    }
    state.due = due;
    if (due != null) {
      idx.put(NextChangeKey.of(due, id), id);
    }
  }

  private ComplaintState load(String id) {
    ComplaintState cached = cache.get(id);
    if (cached != null) {
      return cached;
    }
    String stored = requireNonNull(complaints).get(id);
    ComplaintState state = stored == null ? ComplaintState.empty() : ComplaintState.fromText(stored);
    cache.put(id, state);
    return state;
  }

  private void save(String id, ComplaintState state) {
    requireNonNull(complaints).put(id, state.toText());
  }

  @Override
  public void close() {
    cache.clear();
  }

  private static <T> T requireNonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the processor is not initialised");
    }
    return value;
  }
}
