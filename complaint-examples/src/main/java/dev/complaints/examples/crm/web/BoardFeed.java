package dev.complaints.examples.crm.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.cli.demo.DemoRenderer;
import dev.complaints.core.json.Json;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.ComplaintCommands;
import dev.complaints.spring.ComplaintEventsAppended;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.HashSet;
import org.springframework.context.event.ContextClosedEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The board of the pages: every open SLA timer with its complaint's plaza, region and handler, most urgent
 * first, and the server-sent events that carry it to the open board pages. A new board is pushed on every
 * stored command and at the tracker's next light change, scheduled once on a bounded scheduler (never polled);
 * a client that cannot take a push is dropped and reconnects by itself.
 */
final class BoardFeed {
  private static final Logger LOG = LoggerFactory.getLogger(BoardFeed.class);
  /** Open board pages at most; one more is answered 503. */
  static final int MAX_SUBSCRIBERS = 256;
  /** A page reconnects after this (EventSource does so by itself); bounds a forgotten connection. */
  static final Duration SUBSCRIPTION = Duration.ofMinutes(30);
  /** The longest wait between two pushes: the server clock may be moved (a test clock) or drift. */
  static final Duration MAX_SLEEP = Duration.ofHours(1);

  private final SlaTracker tracker;
  private final ComplaintCommands commands;
  private final ScoringInputs scoring;
  private final Clock clock;
  private final ThreadPoolTaskScheduler scheduler;
  private final ObjectMapper mapper = Json.mapper();
  private final List<SseEmitter> subscribers = new CopyOnWriteArrayList<>();
  /**
   * Complaint facts of the rows by id, dropped when the complaint's events are appended. A complaint is read
   * inside {@link Map#computeIfAbsent}, so that a drop during the read waits for it and removes what it read.
   */
  private final Map<String, Facts> facts = new ConcurrentHashMap<>();
  private ScheduledFuture<?> next;
  /** A push is queued on the scheduler: more changes before it runs need no other. */
  private final AtomicBoolean queued = new AtomicBoolean();

  private record Facts(@Nullable String unit, @Nullable String handler) {}

  /** No complaint with that id: not remembered, so that one stored later is read. */
  private static final Facts NONE = new Facts(null, null);

  /** A feed of the tracker's board; a row's plaza and handler come from the complaint as the commands read it. */
  BoardFeed(SlaTracker tracker, ComplaintCommands commands, ScoringInputs scoring, Clock clock,
      ThreadPoolTaskScheduler scheduler) {
    this.tracker = tracker;
    this.commands = commands;
    this.scoring = scoring;
    this.clock = clock;
    this.scheduler = scheduler;
  }

  /** The board now as JSON: {@code at}, {@code calendarDataEnds}, {@code counts} per light, {@code rows}. */
  ObjectNode board() {
    Instant now = clock.instant();
    Map<String, String> unanswerable = new TreeMap<>();
    SlaBoard b = tracker.board(now, (id, e) -> unanswerable.put(id, e.getMessage()));
    ObjectNode n = mapper.createObjectNode();
    n.put("at", now.toString());
    n.put("calendarDataEnds", b.calendarDataEnds() == null ? null : b.calendarDataEnds().toString());
    ObjectNode counts = n.putObject("counts");
    List<TimerStatus> all = new ArrayList<>();
    for (AlertLevel level : AlertLevel.values()) {
      counts.put(level.name(), b.at(level).size());
      all.addAll(b.at(level));
    }
    // most urgent first: the highest light, then the earliest deadline
    all.sort(Comparator.comparing((TimerStatus s) -> s.level()).reversed()
        .thenComparing(s -> s.outcome().deadline()).thenComparing(TimerStatus::complaintId));
    ArrayNode rows = n.putArray("rows");
    Set<String> onBoard = new HashSet<>();
    for (TimerStatus s : all) {
      onBoard.add(s.complaintId());
      Facts f = facts(s.complaintId());
      rows.addObject().put("id", s.complaintId()).put("unit", f.unit())
          .put("region", scoring.regionOf(f.unit())).put("node", s.node() != null ? s.node() : s.targetName())
          .put("grade", s.grade().name()).put("level", s.level().name()).put("state", s.state().name())
          .put("handler", f.handler()).put("used", duration(s.outcome().elapsed()))
          .put("limit", duration(s.outcome().limit())).put("deadline", s.outcome().deadline().toString());
    }
    facts.keySet().retainAll(onBoard); // only the complaints on the board are remembered
    ArrayNode errors = n.putArray("unanswerable");
    unanswerable.forEach((id, message) -> errors.addObject().put("id", id).put("error", message));
    return n;
  }

  /**
   * Plaza and handler of a complaint, read once and again only after its events were appended. The handler is
   * not in the store's summary, so one replay gives both.
   */
  private Facts facts(String id) {
    Facts f = facts.computeIfAbsent(id, k -> commands.find(k)
        .map(c -> new Facts(c.orgUnit(), c.assignee() != null ? c.assignee() : c.department())).orElse(null));
    return f != null ? f : NONE;
  }

  /** Used and limit as the command-line board shows them: {@code 2d09h03m}, {@code 4h00m}. */
  static String duration(Duration d) {
    return DemoRenderer.duration(d);
  }

  /** A new board page: it gets the board at once, then every push. */
  SseEmitter subscribe() {
    if (subscribers.size() >= MAX_SUBSCRIBERS) {
      throw new ApiException(503, null, "too many open board pages; try again later");
    }
    SseEmitter emitter = new SseEmitter(SUBSCRIPTION.toMillis());
    emitter.onCompletion(() -> subscribers.remove(emitter));
    emitter.onTimeout(() -> subscribers.remove(emitter));
    emitter.onError(e -> subscribers.remove(emitter));
    try {
      emitter.send(SseEmitter.event().name("board").data(mapper.writeValueAsString(board())));
    } catch (IOException e) {
      emitter.completeWithError(e);
      return emitter;
    }
    subscribers.add(emitter);
    return emitter;
  }

  /** Every stored command: the board changed. Pushed from the feed's thread, never the request's. */
  @EventListener
  void appended(ComplaintEventsAppended appended) {
    facts.remove(appended.complaintId()); // published after the append: the next read sees the new events
    pushSoon();
  }

  /**
   * The server clock moved by other means than time passing (a test clock): push and schedule again. In a
   * running service time only passes, and the scheduled push covers it.
   */
  void clockMoved() {
    pushSoon();
  }

  /** Queues one push on the feed's thread; changes that come while it is queued are in it. */
  void pushSoon() {
    if (queued.compareAndSet(false, true)) {
      try {
        scheduler.execute(() -> {
          queued.set(false);
          push();
        });
      } catch (org.springframework.core.task.TaskRejectedException e) {
        queued.set(false); // shutting down
      }
    }
  }

  /** Before the web server's graceful stop waits for open requests: the event streams end at once. */
  @EventListener
  void closing(ContextClosedEvent closed) {
    subscribers.forEach(SseEmitter::complete);
    subscribers.clear();
  }

  /** Sends the board to every page and schedules the next push at the tracker's next light change. */
  synchronized void push() {
    if (!subscribers.isEmpty()) {
      String data;
      try {
        data = mapper.writeValueAsString(board());
      } catch (IOException | RuntimeException e) {
        LOG.warn("the board cannot be pushed: {}", e.getClass().getSimpleName());
        data = null;
      }
      if (data != null) {
        for (SseEmitter s : subscribers) {
          try {
            s.send(SseEmitter.event().name("board").data(data));
          } catch (IOException | IllegalStateException e) {
            subscribers.remove(s);
          }
        }
      }
    }
    schedule();
  }

  /** One pending push at a time, at the next light change (at most {@link #MAX_SLEEP} away). */
  synchronized void schedule() {
    if (next != null) {
      next.cancel(false);
    }
    Instant now = clock.instant();
    Optional<Instant> change;
    try {
      change = tracker.nextChangeAt(now, (id, e) -> { });
    } catch (RuntimeException e) {
      change = Optional.empty();
    }
    Duration wait = change.map(t -> Duration.between(now, t)).filter(d -> d.compareTo(MAX_SLEEP) < 0)
        .orElse(MAX_SLEEP);
    try {
      next = scheduler.schedule(this::push, Instant.now().plus(wait.isNegative() ? Duration.ZERO : wait));
    } catch (org.springframework.core.task.TaskRejectedException | IllegalStateException e) {
      next = null; // shutting down
    }
  }

  /** At shutdown: the pages are told the stream ended (they reconnect to the next server), the thread stops. */
  void close() {
    scheduler.shutdown();
    subscribers.forEach(SseEmitter::complete);
    subscribers.clear();
  }

  int subscribers() {
    return subscribers.size();
  }
}
