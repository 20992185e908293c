package dev.complaints.spring;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Publishes {@link SlaAlertChanged} when SLA lights change, without polling: at each wake-up it compares every
 * open timer's light with the one seen at the previous wake-up, then sleeps until the tracker's next change
 * ({@link SlaTracker#nextChangeAt(Instant, java.util.function.BiConsumer)}), at most the configured longest sleep,
 * or until a {@link ComplaintEventsAppended} arrives, which may bring the next change forward.
 *
 * <p>Complaints whose lights a calendar cannot compute (a deadline past the years of a holiday-data calendar) are
 * left out and logged once each, by complaint id. "Now" is the injected {@link Clock}, so a test drives time with
 * a clock of its own and calls {@link #wake()} directly.
 *
 * <p>Runs from the application context's start to its stop; wake-ups run on the given {@link TaskScheduler}.
 */
public class SlaAlertScheduler implements SmartLifecycle, DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(SlaAlertScheduler.class);

  private final SlaTracker tracker;
  private final Clock clock;
  private final TaskScheduler taskScheduler;
  private final ApplicationEventPublisher publisher;
  private final Duration maxSleep;
  /** The light of every open timer at the last wake-up, by complaint id and timer id. */
  private final Map<String, AlertLevel> seen = new HashMap<>();
  private final Set<String> reported = new HashSet<>();
  /** The task scheduler this scheduler created for itself and shuts down, null when it uses the host's. */
  private @Nullable ThreadPoolTaskScheduler owned;
  private @Nullable ScheduledFuture<?> next;
  private boolean running;

  /**
   * Creates the scheduler; it starts waking up with {@link #start()}.
   *
   * @param tracker the tracker fed with the stored events
   * @param clock where "now" comes from
   * @param taskScheduler where wake-ups run
   * @param publisher publishes {@link SlaAlertChanged}
   * @param maxSleep the longest time between two wake-ups, positive
   */
  public SlaAlertScheduler(SlaTracker tracker, Clock clock, TaskScheduler taskScheduler,
      ApplicationEventPublisher publisher, Duration maxSleep) {
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.taskScheduler = Objects.requireNonNull(taskScheduler, "taskScheduler");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.maxSleep = Objects.requireNonNull(maxSleep, "maxSleep");
    if (maxSleep.isZero() || maxSleep.isNegative()) {
      throw new IllegalArgumentException("maxSleep must be positive, not " + maxSleep);
    }
  }

  /**
   * A scheduler with a task scheduler of its own: one daemon thread named {@code complaints-sla-1}, shut down with
   * {@link #destroy()}.
   *
   * @param tracker the tracker fed with the stored events
   * @param clock where "now" comes from
   * @param publisher publishes {@link SlaAlertChanged}
   * @param maxSleep the longest time between two wake-ups, positive
   * @return the scheduler, not started
   */
  public static SlaAlertScheduler withOwnThread(SlaTracker tracker, Clock clock, ApplicationEventPublisher publisher,
      Duration maxSleep) {
    ThreadPoolTaskScheduler own = new ThreadPoolTaskScheduler();
    own.setPoolSize(1);
    own.setThreadNamePrefix("complaints-sla-");
    own.setDaemon(true);
    own.setRemoveOnCancelPolicy(true);
    own.initialize();
    SlaAlertScheduler s = new SlaAlertScheduler(tracker, clock, own, publisher, maxSleep);
    s.owned = own;
    return s;
  }

  /**
   * Looks at the lights now: publishes an {@link SlaAlertChanged} for every open timer whose light differs from
   * the one seen at the previous wake-up (a timer not seen before counts as {@link AlertLevel#NONE}), and, while
   * running, plans the next wake-up.
   *
   * @return the published changes
   */
  public synchronized List<SlaAlertChanged> wake() {
    Instant now = clock.instant();
    List<SlaAlertChanged> changes = new ArrayList<>();
    try {
      SlaBoard board = tracker.board(now, this::unanswerable);
      Map<String, AlertLevel> current = new HashMap<>();
      for (AlertLevel level : AlertLevel.values()) {
        for (TimerStatus s : board.at(level)) {
          String key = s.complaintId() + "/" + s.timerId();
          current.put(key, s.level());
          AlertLevel before = seen.getOrDefault(key, AlertLevel.NONE);
          if (before != s.level()) {
            changes.add(new SlaAlertChanged(s.complaintId(), s.timerId(), s.targetName(), s.node(), before,
                s.level(), now));
          }
        }
      }
      seen.clear();
      seen.putAll(current);
    } catch (RuntimeException e) {
      LOG.error("SLA lights could not be computed; trying again in {}", maxSleep, e);
      plan(now, Optional.empty());
      return List.of();
    }
    for (SlaAlertChanged c : changes) {
      LOG.debug("SLA light of complaint {} timer {} changed from {} to {}", c.complaintId(), c.timerId(), c.from(),
          c.to());
      try {
        publisher.publishEvent(c);
      } catch (RuntimeException e) {
        LOG.error("a listener of SLA light changes failed for complaint {}", c.complaintId(), e);
      }
    }
    Optional<Instant> at;
    try {
      at = tracker.nextChangeAt(now, this::unanswerable);
    } catch (RuntimeException e) {
      LOG.error("the next SLA light change could not be computed; trying again in {}", maxSleep, e);
      at = Optional.empty();
    }
    plan(now, at);
    return changes;
  }

  /**
   * New events may bring the next light change forward: wakes up at once (on the task scheduler).
   *
   * @param appended the appended events
   */
  @EventListener
  public synchronized void onEventsAppended(ComplaintEventsAppended appended) {
    if (running) {
      reschedule(Duration.ZERO);
    }
  }

  /**
   * When the scheduler wakes up next, as planned at the last wake-up.
   *
   * @return the delay from now, empty when not running
   */
  public synchronized Optional<Duration> nextWakeUpDelay() {
    return next == null || next.isDone() ? Optional.empty()
        : Optional.of(Duration.ofMillis(Math.max(0, next.getDelay(java.util.concurrent.TimeUnit.MILLISECONDS))));
  }

  /** Starts waking up: the first wake-up runs at once. */
  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    reschedule(Duration.ZERO);
  }

  /** Stops waking up; a wake-up already under way finishes. */
  @Override
  public synchronized void stop() {
    running = false;
    if (next != null) {
      next.cancel(false);
      next = null;
    }
  }

  /** Stops, and shuts down the task scheduler this scheduler created for itself (if it did). */
  @Override
  public void destroy() {
    stop();
    ThreadPoolTaskScheduler own;
    synchronized (this) {
      own = owned;
      owned = null;
    }
    if (own != null) {
      own.shutdown();
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return running;
  }

  private void plan(Instant now, Optional<Instant> at) {
    if (!running) {
      return;
    }
    Duration sleep = at.map(t -> Duration.between(now, t)).orElse(maxSleep);
    if (sleep.compareTo(maxSleep) > 0) {
      sleep = maxSleep;
    }
    if (sleep.isNegative()) {
      sleep = Duration.ZERO;
    }
    LOG.debug("next SLA light change at {}; waking up in {}", at.orElse(null), sleep);
    reschedule(sleep);
  }

  private void reschedule(Duration delay) {
    if (next != null) {
      next.cancel(false);
    }
    next = taskScheduler.schedule(this::wake, taskScheduler.getClock().instant().plus(delay));
  }

  private void unanswerable(String complaintId, RuntimeException e) {
    boolean first;
    synchronized (reported) {
      first = reported.add(complaintId);
    }
    if (first) {
      LOG.error("SLA lights of complaint {} cannot be computed and are left out: {}", complaintId, e.getMessage());
    }
  }
}
