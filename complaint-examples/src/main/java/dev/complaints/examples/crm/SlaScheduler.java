package dev.complaints.examples.crm;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes up when an SLA light can change, instead of polling: it asks the tracker for {@code nextChangeAt(now)},
 * sleeps until then (or until new events arrive, which may bring the next change forward), and logs every timer
 * that has newly turned yellow or red.
 *
 * <p>"Now" comes from an injected {@link Clock}, so tests drive it with a clock of their own and call
 * {@link #check()} directly; the background thread is only started by {@link #start()}.
 */
public final class SlaScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlaScheduler.class);
  /** Longest single sleep, so that a clock adjusted by the host is noticed eventually. */
  private static final Duration MAX_SLEEP = Duration.ofMinutes(10);

  /**
   * A timer whose light changed to yellow or red.
   *
   * @param complaintId the complaint
   * @param timerId the timer
   * @param node the node the timer runs in (or the target name)
   * @param from the level before
   * @param to the new level
   * @param at when the change was noticed
   * @param deadline the timer's deadline
   */
  public record LightChange(String complaintId, String timerId, String node, AlertLevel from, AlertLevel to,
      Instant at, Instant deadline) {}

  private final SlaTracker tracker;
  private final Clock clock;
  private final Map<String, AlertLevel> known = new HashMap<>();
  /** The last error logged per complaint whose lights cannot be computed. */
  private final Map<String, String> reported = new HashMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private boolean dirty;
  private volatile boolean running;
  private Thread thread;

  /**
   * Creates the scheduler.
   *
   * @param tracker the tracker, fed with every stored event (see {@link #onEvents(List)})
   * @param clock where "now" comes from
   */
  public SlaScheduler(SlaTracker tracker, Clock clock) {
    this.tracker = tracker;
    this.clock = clock;
  }

  /**
   * Feeds newly stored events to the tracker and wakes the scheduler, since they may change the next instant.
   *
   * @param events the events just appended
   */
  public void onEvents(List<ComplaintEvent> events) {
    tracker.applyAll(events);
    lock.lock();
    try {
      dirty = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Compares every open timer's light now with the last one seen and logs (and returns) those that turned
   * yellow or red. The first check after a start reports the lights that are already on, once.
   *
   * @return the new lights
   */
  public List<LightChange> check() {
    Instant now = clock.instant();
    SlaBoard board = tracker.board(now, this::unanswerable);
    List<LightChange> changes = new ArrayList<>();
    synchronized (known) {
      for (AlertLevel level : AlertLevel.values()) {
        for (TimerStatus s : board.at(level)) {
          String key = s.complaintId() + "/" + s.timerId();
          AlertLevel before = known.getOrDefault(key, AlertLevel.NONE);
          known.put(key, s.level());
          if (s.level().compareTo(before) > 0 && s.level() != AlertLevel.NONE) {
            LightChange c = new LightChange(s.complaintId(), s.timerId(), s.node().orElse(s.targetName()), before,
                s.level(), now, s.outcome().deadline());
            changes.add(c);
            log(c, s);
          }
        }
      }
    }
    return changes;
  }

  /**
   * A complaint whose lights a calendar cannot compute (a deadline past a dataset calendar's years) is logged
   * once per distinct error and left out, so the other complaints' lights still come on and wake the scheduler.
   */
  private void unanswerable(String complaintId, IllegalArgumentException e) {
    synchronized (reported) {
      if (!e.getMessage().equals(reported.put(complaintId, e.getMessage()))) {
        LOG.error("SLA lights of complaint {} cannot be computed: {}", complaintId, e.getMessage());
      }
    }
  }

  private static void log(LightChange c, TimerStatus s) {
    if (c.to() == AlertLevel.YELLOW) {
      LOG.warn("yellow light: complaint {} in {} has used {} of {} (deadline {})", c.complaintId(), c.node(),
          minutes(s.outcome().elapsed()), minutes(s.outcome().limit()), c.deadline());
    } else {
      LOG.error("red light {}: complaint {} in {} is overdue, {} used of {} (deadline {})", c.to(), c.complaintId(),
          c.node(), minutes(s.outcome().elapsed()), minutes(s.outcome().limit()), c.deadline());
    }
  }

  private static Duration minutes(Duration d) {
    return d.truncatedTo(ChronoUnit.MINUTES);
  }

  /**
   * When the scheduler will next wake up by itself: the tracker's next change after now.
   *
   * @return the instant, empty when no light will change with what is known
   */
  public Optional<Instant> nextWakeUp() {
    return tracker.nextChangeAt(clock.instant(), this::unanswerable);
  }

  /** Starts the background thread: check, sleep until the next change (or new events), repeat. */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    running = true;
    thread = new Thread(this::loop, "sla-scheduler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      try {
        check();
        Optional<Instant> next = nextWakeUp();
        Duration sleep = next.map(n -> Duration.between(clock.instant(), n)).orElse(MAX_SLEEP);
        if (sleep.compareTo(MAX_SLEEP) > 0) {
          sleep = MAX_SLEEP;
        }
        LOG.debug("next light change at {}; sleeping {}", next.orElse(null), sleep);
        lock.lock();
        try {
          long nanos = Math.max(0, sleep.toNanos());
          while (running && !dirty && nanos > 0) {
            nanos = changed.awaitNanos(nanos);
          }
          dirty = false;
        } finally {
          lock.unlock();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.error("SLA check failed; retrying in a minute", e);
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
      thread = null;
    }
    if (t != null) {
      lock.lock();
      try {
        changed.signalAll();
      } finally {
        lock.unlock();
      }
      t.interrupt();
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
