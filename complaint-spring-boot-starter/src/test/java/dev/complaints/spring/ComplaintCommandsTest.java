package dev.complaints.spring;

import static dev.complaints.spring.Fixtures.T0;
import static dev.complaints.spring.Fixtures.accept;
import static dev.complaints.spring.Fixtures.grade;
import static dev.complaints.spring.Fixtures.receive;
import static dev.complaints.spring.Fixtures.runner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.command.Dispatch;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.sla.tracker.SlaTracker;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

class ComplaintCommandsTest {

  /** Collects the {@link ComplaintEventsAppended} events the commands publish. */
  static final class Appended implements ApplicationListener<PayloadApplicationEvent<ComplaintEventsAppended>> {
    final List<ComplaintEventsAppended> seen = new CopyOnWriteArrayList<>();

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<ComplaintEventsAppended> event) {
      seen.add(event.getPayload());
    }
  }

  private static ApplicationContextRunner runnerWithListener() {
    return runner().withPropertyValues("complaints.scheduler.enabled=false").withBean(Appended.class);
  }

  @Test
  void commandsRunThroughTheEngineIntoTheStoreTheTrackerAndTheEvents() {
    runnerWithListener().run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      Complaint opened = commands.receive(receive("c1", "C-1", T0));
      assertThat(opened.node()).isEqualTo("ACCEPTANCE");
      assertThat(opened.version()).isEqualTo(2);

      Complaint accepted = commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.of(2));
      assertThat(accepted.node()).isEqualTo("GRADING");
      Complaint graded = commands.handle(grade("c3", "C-1", T0.plusSeconds(120)), OptionalLong.empty());
      assertThat(graded.grade()).isEqualTo(Grade.GENERAL);
      Complaint dispatched = commands.handle(new Dispatch("c4", "C-1", Fixtures.DISPATCHER, T0.plusSeconds(180),
          "merchant-relations", "zhao"), OptionalLong.empty());
      assertThat(dispatched.node()).isEqualTo("PLANNING");

      assertThat(commands.find("C-1")).contains(dispatched);
      assertThat(commands.find("C-2")).isEmpty();
      List<ComplaintEvent> stored = context.getBean(ComplaintStore.class).load("C-1");
      assertThat(stored).hasSize((int) dispatched.version());
      assertThat(context.getBean(SlaTracker.class).timersOf("C-1"))
          .extracting(t -> t.id()).containsExactly("GRADING#1", "PLANNING#1");
      List<ComplaintEventsAppended> appended = context.getBean(Appended.class).seen;
      assertThat(appended).hasSize(4);
      assertThat(appended.stream().flatMap(a -> a.events().stream())).containsExactlyElementsOf(stored);
      assertThat(appended).allSatisfy(a -> assertThat(a.complaintId()).isEqualTo("C-1"));
    });
  }

  @Test
  void aCommandForAnUnknownComplaintIsAnUnknownComplaintExceptionAndAppendsNothing() {
    runnerWithListener().run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      assertThatThrownBy(() -> commands.handle(accept("c2", "C-404", T0), OptionalLong.empty()))
          .isInstanceOfSatisfying(UnknownComplaintException.class,
              e -> assertThat(e.complaintId()).isEqualTo("C-404"));
      assertThat(context.getBean(ComplaintStore.class).load("C-404")).isEmpty();
      assertThat(context.getBean(Appended.class).seen).isEmpty();
    });
  }

  @Test
  void aRetriedCommandIdIsAnsweredWithTheFirstResultAndDecidedOnce() {
    runnerWithListener().run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      Complaint opened = commands.receive(receive("c1", "C-1", T0));
      // a retry of the intake with another instant: the complaint as it is, nothing appended
      assertThat(commands.receive(receive("c1", "C-1", T0.plusSeconds(5)))).isEqualTo(opened);
      Complaint accepted = commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.empty());
      Complaint graded = commands.handle(grade("c3", "C-1", T0.plusSeconds(120)), OptionalLong.empty());
      // the accept retried later, with a stale expected version and another instant
      assertThat(commands.handle(accept("c2", "C-1", T0.plusSeconds(300)), OptionalLong.of(2))).isEqualTo(graded);
      assertThat(accepted.version()).isLessThan(graded.version());
      assertThat(context.getBean(ComplaintStore.class).version("C-1")).isEqualTo(graded.version());
      assertThat(context.getBean(Appended.class).seen).hasSize(3);
    });
  }

  @Test
  void anotherIntakeForAnExistingComplaintIsRejected() {
    runnerWithListener().run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      commands.receive(receive("c1", "C-1", T0));
      assertThatThrownBy(() -> commands.receive(receive("c9", "C-1", T0.plusSeconds(5))))
          .isInstanceOf(CommandRejectedException.class).hasMessageContaining("already exists");
      assertThat(context.getBean(ComplaintStore.class).version("C-1")).isEqualTo(2);
    });
  }

  @Test
  void aStaleExpectedVersionIsAConflictAndChangesNothing() {
    runnerWithListener().run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      commands.receive(receive("c1", "C-1", T0));
      assertThatThrownBy(() -> commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.of(1)))
          .isInstanceOf(VersionConflictException.class);
      assertThat(commands.find("C-1").orElseThrow().node()).isEqualTo("ACCEPTANCE");
    });
  }

  @Test
  void aLostRaceWithoutAnExpectedVersionIsDecidedAgain() {
    RacingStore store = new RacingStore();
    runnerWithListener().withBean(ComplaintStore.class, () -> store).run(context -> {
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      commands.receive(receive("c1", "C-1", T0));
      store.conflictsLeft.set(2);
      Complaint accepted = commands.handle(accept("c2", "C-1", T0.plusSeconds(60)), OptionalLong.empty());
      assertThat(accepted.node()).isEqualTo("GRADING");
      assertThat(store.conflictsLeft.get()).isZero();

      store.conflictsLeft.set(ComplaintCommands.ATTEMPTS);
      assertThatThrownBy(() -> commands.handle(grade("c3", "C-1", T0.plusSeconds(120)), OptionalLong.empty()))
          .isInstanceOf(VersionConflictException.class);
      store.conflictsLeft.set(1);
      assertThatThrownBy(() -> commands.handle(grade("c3", "C-1", T0.plusSeconds(120)), OptionalLong.of(4)))
          .as("with an expected version the conflict is the caller's to handle")
          .isInstanceOf(VersionConflictException.class);
      assertThat(commands.find("C-1").orElseThrow().grade()).isNull();
    });
  }

  @Test
  void theAppendedEventShowsNoPersonalData() {
    runnerWithListener().run(context -> {
      context.getBean(ComplaintCommands.class).receive(receive("c1", "C-1", T0));
      String text = context.getBean(Appended.class).seen.get(0).toString();
      assertThat(text).contains("C-1", "ComplaintReceived@1").doesNotContain("张三", "13812345678", "zhangsan");
    });
  }

  /** A store whose next appends fail with a conflict, as if another writer had come first. */
  static final class RacingStore implements ComplaintStore {
    final InMemoryComplaintStore delegate = new InMemoryComplaintStore();
    final AtomicInteger conflictsLeft;

    RacingStore() {
      this.conflictsLeft = new AtomicInteger(0);
    }

    @Override
    public void append(String complaintId, long expectedVersion, List<ComplaintEvent> events) {
      if (conflictsLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new VersionConflictException(complaintId, expectedVersion, expectedVersion + 1);
      }
      delegate.append(complaintId, expectedVersion, events);
    }

    @Override
    public List<ComplaintEvent> load(String complaintId) {
      return delegate.load(complaintId);
    }

    @Override
    public Stream<ComplaintEvent> streamAll() {
      return delegate.streamAll();
    }
  }
}
