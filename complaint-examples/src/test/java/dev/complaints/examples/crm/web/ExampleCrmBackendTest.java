package dev.complaints.examples.crm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AddNote;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.store.VersionConflictException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.examples.crm.CrmPolicies;
import dev.complaints.examples.crm.MutableClock;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.ComplaintCommands;
import dev.complaints.spring.ComplaintsSchemaMigration;
import dev.complaints.spring.SlaAlertScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The backend on the starter's pieces over {@code complaint-jdbc} (H2 in memory): command-id retries answer the
 * first result, pages come from the summary rows, and the SLA lights come on and are rebuilt after a restart.
 */
class ExampleCrmBackendTest {
  /** Saturday 2026-10-03 11:10 local (03:10Z): the mall is open. */
  private static final Instant START = Instant.parse("2026-10-03T03:10:00Z");
  private static final Actor DESK = Actor.of("desk-1", "CUSTOMER_SERVICE");
  private static final Actor DISPATCHER = Actor.of("li", "DISPATCHER");
  private static final SlaPolicy POLICY = CrmPolicies.mallTicketPastHolidayData();

  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
  private final MutableClock clock = new MutableClock(START);
  private JdbcDataSource dataSource;

  @BeforeEach
  void database() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:backend-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new ComplaintsSchemaMigration(dataSource).migrate();
  }

  /** What the service wires at start: the store, a tracker fed with the stored events, the commands. */
  private record Service(JdbcComplaintStore store, SlaTracker tracker, ExampleCrmBackend backend) {}

  private Service start() {
    JdbcComplaintStore store = JdbcComplaintStore.of(dataSource, POLICY, clock);
    SlaTracker tracker = new SlaTracker(POLICY);
    try (Stream<?> events = store.streamAll().peek(tracker::apply)) {
      events.forEach(e -> { });
    }
    ComplaintCommands commands = new ComplaintCommands(engine, store, tracker, event -> { }, List.of());
    return new Service(store, tracker, new ExampleCrmBackend(commands, store, tracker, engine, clock));
  }

  private static ReceiveComplaint intake(String commandId, String complaintId, Instant at) {
    return new ReceiveComplaint(commandId, complaintId, DESK, at, Channel.PHONE,
        new Complainant("Zhang San", "13812345678", null), null, Subject.of("Tea House", "L2-15"),
        "PREPAID_CARD", "card not honoured", List.of(Remedy.REFUND), List.of(CustomerNeed.COMPENSATION),
        "plaza-01", null);
  }

  @Test
  void aRetryStampedLaterAnswersTheFirstResultAndWritesNothing() {
    Service s = start();
    ExampleCrmBackend backend = s.backend();
    Complaint opened = backend.receive(intake("open-1", "C-1", START));
    assertThat(backend.receive(intake("open-1", "C-1", START.plusSeconds(30)))).isEqualTo(opened);

    AcceptComplaint accept = new AcceptComplaint("accept-1", "C-1", DESK, START.plusSeconds(60));
    Complaint accepted = backend.handle(accept, OptionalLong.of(opened.version()));
    Complaint graded = backend.handle(new AssignGrade("grade-1", "C-1", DISPATCHER, START.plusSeconds(120),
        Grade.GENERAL), OptionalLong.empty());
    AcceptComplaint retry = new AcceptComplaint("accept-1", "C-1", DESK, START.plusSeconds(600));
    assertThat(backend.handle(retry, OptionalLong.of(opened.version()))).isEqualTo(accepted);
    assertThat(s.store().version("C-1")).isEqualTo(graded.version());

    AddNote other = new AddNote("accept-1", "C-1", DESK, START.plusSeconds(700), "hello", NoteVisibility.INTERNAL);
    assertThatThrownBy(() -> backend.handle(other, OptionalLong.empty()))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.COMMAND_ID_REUSED));
    backend.receive(intake("open-2", "C-2", START.plusSeconds(800)));
    AcceptComplaint elsewhere = new AcceptComplaint("accept-1", "C-2", DESK, START.plusSeconds(900));
    assertThatThrownBy(() -> backend.handle(elsewhere, OptionalLong.empty()))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.COMMAND_ID_REUSED));
    assertThat(s.store().version("C-1")).isEqualTo(graded.version());
    assertThat(s.store().version("C-2")).isEqualTo(2);
  }

  @Test
  void staleVersionsAndUnknownComplaintsAreToldApart() {
    ExampleCrmBackend backend = start().backend();
    backend.receive(intake("open-1", "C-1", START));
    AcceptComplaint accept = new AcceptComplaint("accept-1", "C-1", DESK, START.plusSeconds(60));
    assertThatThrownBy(() -> backend.handle(accept, OptionalLong.of(1)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    AcceptComplaint nowhere = new AcceptComplaint("accept-9", "C-9", DESK, START.plusSeconds(60));
    assertThatThrownBy(() -> backend.handle(nowhere, OptionalLong.empty()))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-9"))
        .hasMessage("no complaint with id 'C-9'");
  }

  @Test
  void aServerStampedCommandOvertakenByALaterEventIsStampedAgain() {
    ExampleCrmBackend backend = start().backend();
    backend.receive(intake("open-1", "C-1", START));
    backend.handle(new AcceptComplaint("accept-1", "C-1", DESK, START.plusSeconds(100)), OptionalLong.empty());
    // stamped on arrival at +50, but another writer's event at +100 was appended first
    AddNote note = new AddNote("note-1", "C-1", DESK, START.plusSeconds(50), "called back", NoteVisibility.INTERNAL);
    assertThatThrownBy(() -> backend.handle(note, OptionalLong.empty(), false))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.INSTANT_OUT_OF_ORDER));
    clock.set(START.plusSeconds(200));
    Complaint noted = backend.handle(note, OptionalLong.empty(), true);
    assertThat(noted.notes()).hasSize(1);
    assertThat(noted.notes().get(0).at()).isEqualTo(START.plusSeconds(200));
  }

  @Test
  void pagesComeFromTheSummaryRowsOldestFirst() {
    ExampleCrmBackend backend = start().backend();
    backend.receive(intake("open-b", "C-b", START.plusSeconds(10)));
    backend.receive(intake("open-a", "C-a", START));
    Complaint accepted = backend.handle(new AcceptComplaint("accept-a", "C-a", DESK, START.plusSeconds(60)),
        OptionalLong.empty());
    CrmBackend.Page first = backend.page(0, 1);
    assertThat(first.total()).isEqualTo(2);
    assertThat(first.items()).containsExactly(new CrmBackend.Item("C-a", "GRADING", accepted.version(), false));
    assertThat(backend.page(1, 1).items()).containsExactly(new CrmBackend.Item("C-b", "ACCEPTANCE", 2, false));
    assertThat(backend.page(2, 1).items()).isEmpty();
  }

  @Test
  void theLightsComeOnAndARestartRebuildsThem() {
    Service s = start();
    SlaAlertScheduler scheduler = new SlaAlertScheduler(s.tracker(), clock, new ThreadPoolTaskScheduler(),
        event -> { }, Duration.ofMinutes(1));
    s.backend().receive(intake("open-1", "C-1", START));
    clock.advance(Duration.ofMinutes(5));
    s.backend().handle(new AcceptComplaint("accept-1", "C-1", DESK, clock.instant()), OptionalLong.empty());
    assertThat(scheduler.wake()).isEmpty();
    clock.set(s.tracker().nextChangeAt(clock.instant()).orElseThrow());
    assertThat(scheduler.wake()).extracting(c -> c.node() + " " + c.to())
        .containsExactly("GRADING YELLOW");
    clock.set(s.tracker().nextChangeAt(clock.instant()).orElseThrow());
    assertThat(scheduler.wake()).extracting(c -> c.node() + " " + c.to())
        .containsExactly("GRADING RED_1");
    assertThat(s.backend().find("C-1").orElseThrow().timers()).extracting(t -> t.level())
        .containsExactly(AlertLevel.RED_1);

    Service again = start();
    assertThat(again.tracker().levelsAt(clock.instant())).containsValue(AlertLevel.RED_1).hasSize(1);
    assertThat(again.backend().board().board().at(AlertLevel.RED_1)).hasSize(1);
  }
}
