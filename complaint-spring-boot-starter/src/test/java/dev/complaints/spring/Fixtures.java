package dev.complaints.spring;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;

/** Commands, a clock that tests move, a task scheduler that never runs anything, and the context runner. */
final class Fixtures {
  /** 11:00 in Shanghai, within the mall's business hours (10:00-20:00). */
  static final Instant T0 = Instant.parse("2026-10-13T03:00:00Z");
  static final Actor DESK = Actor.of("wang", "CUSTOMER_SERVICE");
  static final Actor DISPATCHER = Actor.of("li", "DISPATCHER");

  private Fixtures() {}

  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(
        AutoConfigurations.of(ComplaintsAutoConfiguration.class, ComplaintsActuatorAutoConfiguration.class));
  }

  static ReceiveComplaint receive(String commandId, String complaintId, Instant at) {
    return ReceiveComplaint.builder()
        .common(commandId, complaintId, DESK, at)
        .channel(Channel.PHONE)
        .complainant(new Complainant("张三", "13812345678", "zhangsan@example.com"))
        .subject(Subject.of("Tea House", "L2-15"))
        .category("PREPAID_CARD")
        .description("Prepaid card not honoured")
        .remediesSought(Remedy.REFUND)
        .needs(CustomerNeed.COMPENSATION)
        .orgUnit("plaza-01")
        .build();
  }

  static AcceptComplaint accept(String commandId, String complaintId, Instant at) {
    return new AcceptComplaint(commandId, complaintId, DESK, at);
  }

  static AssignGrade grade(String commandId, String complaintId, Instant at) {
    return new AssignGrade(commandId, complaintId, DISPATCHER, at, Grade.GENERAL);
  }

  /** The {@link ComplaintsConfigurationException} among the causes of a start-up failure. */
  static ComplaintsConfigurationException configurationError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ComplaintsConfigurationException e) {
        return e;
      }
    }
    throw new AssertionError("no ComplaintsConfigurationException among the causes of " + failure, failure);
  }

  /** A clock that stands still until a test moves it. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant t) {
      now = t;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Records what is scheduled and runs none of it, so that only the test wakes the scheduler up. */
  static final class ManualTaskScheduler implements TaskScheduler {
    final List<Instant> planned = new ArrayList<>();

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
      planned.add(startTime);
      return new NeverRuns(Duration.between(getClock().instant(), startTime));
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class NeverRuns implements ScheduledFuture<Object> {
    private final Duration delay;
    private boolean cancelled;

    NeverRuns(Duration delay) {
      this.delay = delay;
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(delay);
    }

    @Override
    public int compareTo(Delayed o) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), o.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public synchronized boolean cancel(boolean mayInterruptIfRunning) {
      cancelled = true;
      return true;
    }

    @Override
    public synchronized boolean isCancelled() {
      return cancelled;
    }

    @Override
    public synchronized boolean isDone() {
      return cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }
  }
}
