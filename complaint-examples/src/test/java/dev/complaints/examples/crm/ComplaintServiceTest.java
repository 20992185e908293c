package dev.complaints.examples.crm;

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
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.tracker.SlaTracker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-id retries, and the SLA lights rebuilt from the stored events after a restart. */
class ComplaintServiceTest {
  /** Saturday 2026-10-03 11:10 local (03:10Z): the mall is open. */
  private static final Instant START = Instant.parse("2026-10-03T03:10:00Z");
  private static final Actor DESK = Actor.of("desk-1", "CUSTOMER_SERVICE");
  private static final Actor DISPATCHER = Actor.of("li", "DISPATCHER");

  @TempDir Path dir;

  private static ReceiveComplaint intake(Instant at) {
    return new ReceiveComplaint("open-1", "C-1", DESK, at, Channel.PHONE,
        new Complainant("Zhang San", "13812345678", null), null, Subject.of("Tea House", "L2-15"),
        "PREPAID_CARD", "card not honoured", List.of(Remedy.REFUND), List.of(CustomerNeed.COMPENSATION),
        "plaza-01", null);
  }

  @Test
  void aRetryStampedLaterAnswersTheFirstResultAndWritesNothing() {
    try (Database db = TestDatabases.h2(dir)) {
      JdbcComplaintStore store = JdbcComplaintStore.open(db, TestDatabases.freshTable(db));
      ComplaintService service = new ComplaintService(WorkflowEngine.of(WorkflowPresets.mallTicket()), store);
      Complaint opened = service.receive(intake(START));
      assertThat(service.receive(intake(START.plusSeconds(30)))).isEqualTo(opened);

      AcceptComplaint accept = new AcceptComplaint("accept-1", "C-1", DESK, START.plusSeconds(60));
      Complaint accepted = service.handle(accept, OptionalLong.of(opened.version()));
      Complaint graded = service.handle(new AssignGrade("grade-1", "C-1", DISPATCHER, START.plusSeconds(120),
          Grade.GENERAL), OptionalLong.empty());
      AcceptComplaint retry = new AcceptComplaint("accept-1", "C-1", DESK, START.plusSeconds(600));
      assertThat(service.handle(retry, OptionalLong.of(opened.version()))).isEqualTo(accepted);
      assertThat(store.version("C-1")).isEqualTo(graded.version());

      AddNote other = new AddNote("accept-1", "C-1", DESK, START.plusSeconds(700), "hello", NoteVisibility.INTERNAL);
      assertThatThrownBy(() -> service.handle(other, OptionalLong.empty()))
          .isInstanceOfSatisfying(CommandRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(CommandRejectedException.Reason.COMMAND_ID_REUSED));
      assertThat(store.version("C-1")).isEqualTo(graded.version());
    }
  }

  @Test
  void theLightsComeOnAndARestartRebuildsThem() {
    MutableClock clock = new MutableClock(START);
    String table;
    try (Database db = TestDatabases.h2(dir)) {
      table = TestDatabases.freshTable(db);
      JdbcComplaintStore store = JdbcComplaintStore.open(db, table);
      SlaTracker tracker = new SlaTracker(CrmPolicies.mallTicketPastHolidayData());
      SlaScheduler scheduler = new SlaScheduler(tracker, clock);
      ComplaintService service = new ComplaintService(WorkflowEngine.of(WorkflowPresets.mallTicket()), store);
      service.onAppend(scheduler::onEvents);
      service.receive(intake(START));
      clock.advance(Duration.ofMinutes(5));
      service.handle(new AcceptComplaint("accept-1", "C-1", DESK, clock.instant()), OptionalLong.empty());
      assertThat(scheduler.check()).isEmpty();
      clock.set(scheduler.nextWakeUp().orElseThrow());
      assertThat(scheduler.check()).extracting(c -> c.node() + " " + c.to()).containsExactly("GRADING YELLOW");
      clock.set(scheduler.nextWakeUp().orElseThrow());
      assertThat(scheduler.check()).extracting(c -> c.node() + " " + c.to()).containsExactly("GRADING RED_1");
    }
    try (Database db = TestDatabases.h2(dir)) {
      SlaTracker again = new SlaTracker(CrmPolicies.mallTicketPastHolidayData());
      try (var events = JdbcComplaintStore.open(db, table).streamAll()) {
        events.forEach(again::apply);
      }
      assertThat(again.levelsAt(clock.instant())).containsValue(AlertLevel.RED_1).hasSize(1);
    }
  }
}
