package dev.complaints.spring;

import static dev.complaints.spring.Fixtures.T0;
import static dev.complaints.spring.Fixtures.accept;
import static dev.complaints.spring.Fixtures.receive;
import static dev.complaints.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.AbstractApplicationContext;

class SlaAlertSchedulerTest {

  /** Collects the {@link SlaAlertChanged} events with the name of the thread that published them. */
  static final class Lights implements ApplicationListener<PayloadApplicationEvent<SlaAlertChanged>> {
    final BlockingQueue<SlaAlertChanged> changes = new LinkedBlockingQueue<>();
    final BlockingQueue<String> threads = new LinkedBlockingQueue<>();

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<SlaAlertChanged> event) {
      threads.add(Thread.currentThread().getName());
      changes.add(event.getPayload());
    }
  }

  private final Fixtures.MutableClock clock = new Fixtures.MutableClock(T0);
  private final Fixtures.ManualTaskScheduler tasks = new Fixtures.ManualTaskScheduler();

  private ApplicationContextRunner manualRunner() {
    return runner().withBean(Clock.class, () -> clock).withBean(Fixtures.ManualTaskScheduler.class, () -> tasks)
        .withBean(Lights.class);
  }

  @Test
  void aGradingTimerTurningYellowIsPublishedOnce() {
    manualRunner().run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      SlaAlertScheduler scheduler = context.getBean(SlaAlertScheduler.class);
      Lights lights = context.getBean(Lights.class);
      commands.receive(receive("c1", "C-1", T0));
      commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.empty());

      // GRADING has one business hour; yellow at 60 %, 36 minutes after the accept at 03:01Z
      clock.set(Instant.parse("2026-10-13T03:36:00Z"));
      assertThat(scheduler.wake()).isEmpty();
      clock.set(Instant.parse("2026-10-13T03:37:00Z"));
      List<SlaAlertChanged> changes = scheduler.wake();
      SlaAlertChanged yellow = new SlaAlertChanged("C-1", "GRADING#1", "GRADING", "GRADING",
          AlertLevel.NONE, AlertLevel.YELLOW, Instant.parse("2026-10-13T03:37:00Z"));
      assertThat(changes).containsExactly(yellow);
      assertThat(lights.changes).containsExactly(yellow);

      clock.advance(Duration.ofMinutes(1));
      assertThat(scheduler.wake()).as("a light already reported is not reported again").isEmpty();
      clock.set(Instant.parse("2026-10-13T04:01:01Z"));
      assertThat(scheduler.wake()).extracting(SlaAlertChanged::from, SlaAlertChanged::to)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertLevel.YELLOW, AlertLevel.RED_1));
    });
  }

  @Test
  void itSleepsUntilTheNextChangeCappedByMaxSleepAndReplansOnNewEvents() {
    manualRunner().withPropertyValues("complaints.scheduler.max-sleep=PT1H").run(context -> {
      SlaAlertScheduler scheduler = context.getBean(SlaAlertScheduler.class);
      assertThat(tasks.planned).as("the first wake-up at start").hasSize(1);
      scheduler.wake();
      assertThat(scheduler.nextWakeUpDelay()).as("nothing to wait for: the longest sleep")
          .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(59), Duration.ofHours(1)));

      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      commands.receive(receive("c1", "C-1", T0));
      commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.empty());
      assertThat(scheduler.nextWakeUpDelay()).as("new events wake it at once")
          .hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofSeconds(5)));
      scheduler.wake();
      // the yellow light comes 36 minutes after the accept, 37 minutes after the clock's now
      assertThat(scheduler.nextWakeUpDelay())
          .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(36), Duration.ofMinutes(37)));
    });
  }

  @Test
  void complaintsTheCalendarCannotAnswerForAreLeftOutAndTheOthersStillWakeIt() {
    // GRADING counts cn-national working days, whose holiday data ends with 2026; ACCEPTANCE mall hours.
    SlaPolicy policy = SlaPolicies.read("""
        {"id": "year-end", "targets": [
          {"name": "ACCEPTANCE", "node": "ACCEPTANCE", "clock": "BUSINESS_HOURS", "calendar": "mall-hours",
           "limit": "PT1H"},
          {"name": "GRADING", "node": "GRADING", "clock": "WORKING_DAYS", "calendar": "cn-national",
           "limit": {"workingDays": 5}}]}
        """);
    Instant late = Instant.parse("2026-12-30T03:00:00Z");
    clock.set(late.plusSeconds(60));
    manualRunner().withPropertyValues("complaints.scheduler.max-sleep=PT2H").withBean(SlaPolicy.class, () -> policy)
        .run(context -> {
          ComplaintCommands commands = context.getBean(ComplaintCommands.class);
          commands.receive(receive("c1", "C-9", late));
          commands.handle(accept("c2", "C-9", late.plusSeconds(60)), OptionalLong.empty());
          commands.receive(receive("c3", "C-1", late.plusSeconds(60)));
          SlaAlertScheduler scheduler = context.getBean(SlaAlertScheduler.class);
          assertThat(scheduler.wake()).isEmpty();
          // C-1's acceptance turns yellow 36 minutes after it was received; C-9 cannot be answered for
          assertThat(scheduler.nextWakeUpDelay())
              .hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(35), Duration.ofMinutes(36)));
        });
  }

  @Test
  void withoutAHostTaskSchedulerItWakesOnItsOwnNamedThreadAndStopsOnClose() throws InterruptedException {
    ComplaintStore store = new InMemoryComplaintStore();
    WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
    List<ComplaintEvent> opened = engine.open(receive("c1", "C-1", T0));
    store.append("C-1", 0, opened);
    store.append("C-1", 2, engine.decide(engine.replay(opened), accept("c2", "C-1", T0.plusSeconds(60))));
    clock.set(Instant.parse("2026-10-13T03:40:00Z"));
    SlaAlertScheduler[] seen = new SlaAlertScheduler[1];
    runner().withBean(Clock.class, () -> clock).withBean(ComplaintStore.class, () -> store).withBean(Lights.class)
        .run(context -> {
          Lights lights = context.getBean(Lights.class);
          SlaAlertChanged first = lights.changes.poll(10, TimeUnit.SECONDS);
          assertThat(first).isNotNull();
          assertThat(first.to()).isEqualTo(AlertLevel.YELLOW);
          assertThat(lights.threads.poll(10, TimeUnit.SECONDS)).startsWith("complaints-sla-");
          seen[0] = context.getBean(SlaAlertScheduler.class);
          assertThat(seen[0].isRunning()).isTrue();
          ((AbstractApplicationContext) context.getSourceApplicationContext()).close();
        });
    assertThat(seen[0].isRunning()).isFalse();
    assertThat(seen[0].nextWakeUpDelay()).isEmpty();
  }
}
