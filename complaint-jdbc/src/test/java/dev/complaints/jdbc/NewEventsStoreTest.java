package dev.complaints.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.command.Actor;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ConfirmPlan;
import dev.complaints.core.command.DraftPlan;
import dev.complaints.core.command.GiveInstruction;
import dev.complaints.core.command.NotifyCustomer;
import dev.complaints.core.command.RecordEvidence;
import dev.complaints.core.command.ReportIncident;
import dev.complaints.core.command.RequestInstruction;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.CustomerNotified;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.event.EvidenceRecorded;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.event.InstructionGiven;
import dev.complaints.core.event.InstructionRequested;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NotificationKind;
import dev.complaints.core.model.Remedy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The events of routing, of telling the customer, of evidence, of instructions and of reports upward are stored as JSON and read back
 * unchanged, and the complaint replayed from the store is the one the engine decided.
 */
class NewEventsStoreTest {
  private static final Actor ALL = Actor.of("boss", "CUSTOMER_SERVICE", "DISPATCHER", "DEPARTMENT",
      "STORE_MANAGER", "CALL_CENTER", "LEADERSHIP", "GROUP_SERVICE");
  private static final Actor DESK = Actor.of("desk", "CUSTOMER_SERVICE");
  private static final Actor MANAGER = Actor.of("manager", "STORE_MANAGER");

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void theyRoundTripThroughTheStore(TestDatabase.Kind kind) {
    Instant t = Histories.T0;
    List<ComplaintEvent> events = new ArrayList<>(Histories.opened("C-N", t));
    Complaint c = Histories.ENGINE.replay(events);
    List<Command> commands = new ArrayList<>();
    commands.add(new dev.complaints.core.command.AcceptComplaint("n-1", "C-N", ALL, t.plusSeconds(60)));
    commands.add(NotifyCustomer.builder().common("n-2", "C-N", DESK, t.plusSeconds(60)).channel(ContactChannel.SMS)
        .kind(NotificationKind.ACKNOWLEDGEMENT).text("received").nextStep("a plan by phone")
        .nextStepDue(t.plusSeconds(14_400)).build());
    commands.add(new dev.complaints.core.command.AssignGrade("n-3", "C-N", ALL, t.plusSeconds(120), Grade.MAJOR));
    for (Command command : commands) {
      c = apply(c, command, events);
    }
    c = apply(c, Histories.ENGINE.routedDispatch(c, "n-4", ALL, t.plusSeconds(180)).orElseThrow(), events);
    c = apply(c, RequestInstruction.builder().common("n-5", "C-N", DESK, t.plusSeconds(240))
        .question("close the shop front for the day?").build(), events);
    c = apply(c, GiveInstruction.builder().common("n-6", "C-N", MANAGER, t.plusSeconds(300))
        .instruction("yes, and inform the tenants").build(), events);
    c = apply(c, RecordEvidence.builder().common("n-7", "C-N", ALL, t.plusSeconds(360))
        .description("camera recording, entrance B").collectedBy("security-desk").verifiedBy("manager")
        .collectedAt(t.plusSeconds(30)).build(), events);
    c = apply(c, ReportIncident.builder().common("n-7r", "C-N", MANAGER, t.plusSeconds(390))
        .reportedTo("group customer service").summary("door glass broke at entrance B, one customer cut")
        .reportedAt(t.plusSeconds(150)).build(), events);
    c = apply(c, DraftPlan.builder().common("n-8", "C-N", ALL, t.plusSeconds(420)).remedy(Remedy.APOLOGY)
        .owner("security-manager").due(t.plusSeconds(86_400)).description("apologise, repair the door").build(),
        events);
    c = apply(c, new ConfirmPlan("n-9", "C-N", MANAGER, t.plusSeconds(480)), events);
    c = apply(c, NotifyCustomer.builder().common("n-10", "C-N", DESK, t.plusSeconds(540))
        .channel(ContactChannel.PHONE).kind(NotificationKind.PLAN).build(), events);
    assertThat(events).hasAtLeastOneElementOfType(Dispatched.class).hasAtLeastOneElementOfType(CustomerNotified.class)
        .hasAtLeastOneElementOfType(EvidenceRecorded.class).hasAtLeastOneElementOfType(InstructionRequested.class)
        .hasAtLeastOneElementOfType(InstructionGiven.class).hasAtLeastOneElementOfType(IncidentReported.class);
    assertThat(events.stream().filter(e -> e instanceof Dispatched).map(e -> ((Dispatched) e).rule()))
        .containsExactly("prepaid-card");

    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      store.append("C-N", 0, events);
      assertThat(store.load("C-N")).isEqualTo(events);
      Complaint loaded = Histories.ENGINE.replay(store.load("C-N"));
      assertThat(loaded).isEqualTo(c);
      assertThat(loaded.evidence()).hasSize(1);
      assertThat(loaded.instructions()).hasSize(1);
      assertThat(loaded.reportedAt()).isEqualTo(t.plusSeconds(150));
      assertThat(loaded.notifications()).hasSize(2);
      assertThat(loaded.assignee()).isEqualTo("prepaid-card-desk");
    }
  }

  private static Complaint apply(Complaint c, Command command, List<ComplaintEvent> events) {
    Complaint next = c;
    for (ComplaintEvent e : Histories.ENGINE.decide(c, command)) {
      next = Histories.ENGINE.apply(next, e);
      events.add(e);
    }
    return next;
  }
}
