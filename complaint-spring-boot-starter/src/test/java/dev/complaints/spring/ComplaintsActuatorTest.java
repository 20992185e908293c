package dev.complaints.spring;

import static dev.complaints.spring.Fixtures.T0;
import static dev.complaints.spring.Fixtures.accept;
import static dev.complaints.spring.Fixtures.grade;
import static dev.complaints.spring.Fixtures.receive;
import static dev.complaints.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.sla.AlertLevel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ComplaintsActuatorTest {
  private final Fixtures.MutableClock clock = new Fixtures.MutableClock(T0);

  /** The starter without the scheduler, on the test's clock. */
  private ApplicationContextRunner quiet() {
    return runner().withPropertyValues("complaints.scheduler.enabled=false").withBean(Clock.class, () -> clock);
  }

  private ApplicationContextRunner withRegistry() {
    return quiet().withBean(MeterRegistry.class, SimpleMeterRegistry::new);
  }

  @Test
  void healthIsUpWithOpenTimersAndTheEndOfTheHolidayData() {
    quiet().run(context -> {
          ComplaintsHealthIndicator indicator = context.getBean("complaintsHealthIndicator",
              ComplaintsHealthIndicator.class);
          ComplaintCommands commands = context.getBean(ComplaintCommands.class);
          commands.receive(receive("c1", "C-1", T0));
          commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.empty());
          clock.set(T0.plusSeconds(120));
          Health health = indicator.health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("openTimers", 1).containsEntry("trackedComplaints", 1)
              .containsEntry("calendarDataEnds", "2026-12-31");
        });
  }

  @Test
  void healthIsDownWhenTheStoreFails() {
    ComplaintStore broken = new ComplaintStore() {
      @Override
      public void append(String complaintId, long expectedVersion, List<ComplaintEvent> events) {
        throw new IllegalStateException("database is down");
      }

      @Override
      public List<ComplaintEvent> load(String complaintId) {
        throw new IllegalStateException("database is down");
      }

      @Override
      public Stream<ComplaintEvent> streamAll() {
        return Stream.empty();
      }
    };
    quiet().withBean(ComplaintStore.class, () -> broken)
        .run(context -> {
          Health health = context.getBean(ComplaintsHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          // the kind of failure, never its message (a driver's message can quote stored data)
          assertThat(health.getDetails()).containsEntry("store", "IllegalStateException")
              .doesNotContainKey("error");
        });
  }

  @Test
  void theHealthIndicatorCanBeTurnedOff() {
    runner().withPropertyValues("management.health.complaints.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ComplaintsHealthIndicator.class));
  }

  @Test
  void withoutAMeterRegistryThereAreNoMetrics() {
    runner().run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ComplaintsMetrics.class));
  }

  @Test
  void commandsAreTimedByTypeAndOutcome() {
    withRegistry().run(context -> {
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          ComplaintCommands commands = context.getBean(ComplaintCommands.class);
          commands.receive(receive("c1", "C-1", T0));
          commands.receive(receive("c1", "C-1", T0));
          assertThatThrownBy(() -> commands.handle(grade("c2", "C-1", T0.plusSeconds(30)), OptionalLong.empty()))
              .isInstanceOf(CommandRejectedException.class);
          assertThatThrownBy(() -> commands.handle(accept("c3", "C-1", T0.plusSeconds(60)), OptionalLong.of(7)))
              .isInstanceOf(VersionConflictException.class);
          commands.handle(accept("c3", "C-1", T0.plusSeconds(60)), OptionalLong.empty());

          assertThat(count(registry, "ReceiveComplaint", "applied")).isEqualTo(1);
          assertThat(count(registry, "ReceiveComplaint", "duplicate")).isEqualTo(1);
          assertThat(count(registry, "AssignGrade", "rejected")).isEqualTo(1);
          assertThat(count(registry, "AcceptComplaint", "conflict")).isEqualTo(1);
          assertThat(count(registry, "AcceptComplaint", "applied")).isEqualTo(1);
          assertThat(registry.find(ComplaintsMetrics.COMMANDS).timers()).hasSize(5);
        });
  }

  @Test
  void openTimersAreGaugedByLight() {
    withRegistry().run(context -> {
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          ComplaintCommands commands = context.getBean(ComplaintCommands.class);
          for (String id : List.of("C-1", "C-2")) {
            commands.receive(receive("r-" + id, id, T0));
            commands.handle(accept("a-" + id, id, T0.plusSeconds(60)), OptionalLong.empty());
          }
          clock.set(T0.plusSeconds(120));
          assertThat(gauge(registry, AlertLevel.NONE)).isEqualTo(2);
          assertThat(gauge(registry, AlertLevel.YELLOW)).isZero();
          clock.set(Instant.parse("2026-10-13T03:40:00Z"));
          assertThat(gauge(registry, AlertLevel.NONE)).isZero();
          assertThat(gauge(registry, AlertLevel.YELLOW)).isEqualTo(2);
          commands.handle(grade("g-C-1", "C-1", clock.instant()), OptionalLong.empty());
          clock.advance(Duration.ofMinutes(25));
          assertThat(gauge(registry, AlertLevel.RED_1)).isEqualTo(2);
          assertThat(gauge(registry, AlertLevel.RED_2)).isZero();
          assertThat(gauge(registry, AlertLevel.RED_3)).isZero();
        });
  }

  private static long count(MeterRegistry registry, String command, String outcome) {
    Timer timer = registry.find(ComplaintsMetrics.COMMANDS).tag("command", command).tag("outcome", outcome).timer();
    return timer == null ? 0 : timer.count();
  }

  private static double gauge(MeterRegistry registry, AlertLevel light) {
    return registry.get(ComplaintsMetrics.OPEN_TIMERS).tag("light", light.name()).gauge().value();
  }
}
