package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.NotifyCustomer;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.CustomerNotified;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.CustomerView;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NextStep;
import dev.complaints.core.model.Notification;
import dev.complaints.core.model.NotificationKind;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Telling the customer (docs/domain.md, "Telling the customer"): the command, its discipline, the view, JSON. */
class NotifyCustomerTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private final WorkflowEngine mall = WorkflowEngine.of(WorkflowPresets.mallTicket());

  private static NotifyCustomer tell(Run r, Actor a, ContactChannel channel, NotificationKind kind, String next,
      Duration dueIn) {
    Instant at = r.next();
    return NotifyCustomer.builder().common(r.nextId(), r.id(), a, at).channel(channel).kind(kind)
        .text("we have your complaint").nextStep(next).nextStepDue(next == null ? null : at.plus(dueIn)).build();
  }

  private Run planning() {
    Run r = new Run(mall, "C-1", "PREPAID_CARD");
    r.accept(CS);
    r.grade(DISPATCHER, Grade.GENERAL);
    r.dispatch(DISPATCHER, "tenant-relations");
    return r;
  }

  @Test
  void anAcknowledgementRecordsWhatWasToldAndTheNextStepTheCustomerSees() {
    Run r = new Run(mall, "C-1", "PREPAID_CARD");
    NotifyCustomer ack = tell(r, CS, ContactChannel.SMS, NotificationKind.ACKNOWLEDGEMENT,
        "we call you back with a plan", Duration.ofHours(4));
    List<ComplaintEvent> events = r.exec(ack);
    assertThat(events).containsExactly(new CustomerNotified("C-1", 3, ack.commandId(), "wang", ack.at(),
        ContactChannel.SMS, NotificationKind.ACKNOWLEDGEMENT, "we have your complaint",
        "we call you back with a plan", ack.at().plus(Duration.ofHours(4))));
    NextStep promised = new NextStep("we call you back with a plan", ack.at().plus(Duration.ofHours(4)));
    assertThat(r.complaint.nextStep()).isEqualTo(promised);
    assertThat(r.complaint.notifications()).containsExactly(new Notification("wang", ack.at(), ContactChannel.SMS,
        NotificationKind.ACKNOWLEDGEMENT, "we have your complaint", promised));
    CustomerView view = r.complaint.customerView();
    assertThat(view.nextStep()).isEqualTo(promised);
    assertThat(view.notifications()).isEqualTo(r.complaint.notifications());
    assertThat(r.complaint.node()).as("telling the customer changes no node").isEqualTo("ACCEPTANCE");
    assertThat(mall.replay(r.events)).isEqualTo(r.complaint);
    assertThat(mall.decide(r.complaint, ack)).as("the same notification again is a retry").isEmpty();
  }

  @Test
  void thePlanIsToldOnlyOnceItIsConfirmedInWriting() {
    Run r = planning();
    Fixtures.assertRejected(mall, r.complaint, tell(r, DEPT, ContactChannel.PHONE, NotificationKind.PLAN, null,
        null), Reason.GUARD_FAILED, "the customer may be told the plan only once a written plan is confirmed (there"
            + " is no plan): nothing may be promised to the customer before that");
    r.draft(DEPT);
    Fixtures.assertRejected(mall, r.complaint, tell(r, DEPT, ContactChannel.PHONE, NotificationKind.PLAN, null,
        null), Reason.GUARD_FAILED, "the customer may be told the plan only once a written plan is confirmed (the"
            + " plan is a draft): nothing may be promised to the customer before that");
    r.confirm(MANAGER);
    assertThat(r.complaint.node()).isEqualTo("CUSTOMER_FEEDBACK");
    r.exec(tell(r, DEPT, ContactChannel.PHONE, NotificationKind.PLAN, "refund within two days",
        Duration.ofDays(2)));
    assertThat(r.complaint.notifications()).extracting(Notification::kind).containsExactly(NotificationKind.PLAN);
    assertThat(r.complaint.customerView().nextStep().description()).isEqualTo("refund within two days");
  }

  @Test
  void theResultIsToldOnlyOnceThereIsOneAndALaterNotificationReplacesThePromise() {
    Run r = planning();
    r.exec(tell(r, CS, ContactChannel.PHONE, NotificationKind.ACKNOWLEDGEMENT, "plan by tonight",
        Duration.ofHours(4)));
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    assertThat(r.complaint.node()).isEqualTo("HANDLING");
    Fixtures.assertRejected(mall, r.complaint, tell(r, CS, ContactChannel.EMAIL, NotificationKind.RESULT, null,
        null), Reason.GUARD_FAILED, "the customer may be told the result only once a resolution is recorded (or the"
            + " complaint is closed as not substantiated): until the final decision nobody may disclose handling"
            + " opinions to the customer");
    r.resolve(DEPT);
    r.exec(tell(r, CS, ContactChannel.EMAIL, NotificationKind.RESULT, null, null));
    assertThat(r.complaint.notifications()).extracting(Notification::kind)
        .containsExactly(NotificationKind.ACKNOWLEDGEMENT, NotificationKind.RESULT);
    assertThat(r.complaint.nextStep()).as("the result promised nothing further").isNull();
    assertThat(r.complaint.customerView().nextStep()).isNull();
  }

  @Test
  void onlyTheRolesThatSpeakToTheCustomerMayTellIt() {
    Run r = planning();
    assertThatThrownBy(() -> r.exec(tell(r, DISPATCHER, ContactChannel.PHONE, NotificationKind.ACKNOWLEDGEMENT,
        null, null))).isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    WorkflowDefinition open = WorkflowDefinition.builder("open").initialNode("OPEN").roles("CLERK", "BOSS")
        .customerNoteRoles("CLERK")
        .node(NodeDefinition.named("OPEN").transition(TransitionDefinition.on("NotifyCustomer"))
            .transition(TransitionDefinition.on("AcceptComplaint").closes("DONE", "RESOLVED")))
        .node(NodeDefinition.named("DONE").terminal())
        .build();
    WorkflowEngine e = WorkflowEngine.of(open);
    Run o = new Run(e, "C-2", "SAFETY");
    Fixtures.assertRejected(e, o.complaint, tell(o, Actor.of("boss", "BOSS"), ContactChannel.PHONE,
        NotificationKind.ACKNOWLEDGEMENT, null, null), Reason.MISSING_ROLE, "actor 'boss' with roles [BOSS] may not"
            + " tell the customer anything; required role: one of [CLERK] (the definition's customerNoteRoles)");
    Fixtures.assertRejected(e, o.complaint, tell(o, Actor.of("clerk", "CLERK"), ContactChannel.PHONE,
        NotificationKind.PLAN, null, null), Reason.INVALID_VALUE, "workflow 'open' has no written plans, so there is"
            + " no plan to tell the customer");
    assertThat(o.exec(tell(o, Actor.of("clerk", "CLERK"), ContactChannel.IN_PERSON, NotificationKind.ACKNOWLEDGEMENT,
        null, null))).hasSize(1);
  }

  @Test
  void aPromiseIsForLaterAndComesWithItsDueInstant() {
    Run r = planning();
    Instant at = r.next();
    Fixtures.assertRejected(mall, r.complaint, NotifyCustomer.builder().common("cmd-x", "C-1", CS, at)
            .channel(ContactChannel.PHONE).kind(NotificationKind.ACKNOWLEDGEMENT).nextStep("call back")
            .nextStepDue(at.minusSeconds(60)).build(),
        Reason.INVALID_VALUE, "the next step promised is due at " + at.minusSeconds(60) + ", before the customer is"
            + " told at " + at + "; a promise is for later");
    assertThatThrownBy(() -> NotifyCustomer.builder().common("cmd-x", "C-1", CS, at).channel(ContactChannel.PHONE)
        .kind(NotificationKind.ACKNOWLEDGEMENT).nextStep("call back").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("NotifyCustomer.nextStepDue must be given exactly when NotifyCustomer.nextStep is (a promised"
            + " step has a due instant)");
  }

  @Test
  void sevenStepPromisesAReplyAtReceiptAndReturnsTheOpinionOfAComplaintNotSubstantiated() {
    WorkflowEngine seven = WorkflowEngine.of(WorkflowPresets.sevenStep());
    Run r = new Run(seven, "C-7", "SAFETY");
    r.exec(tell(r, CS, ContactChannel.PHONE, NotificationKind.ACKNOWLEDGEMENT, "reply within 5 working days",
        Duration.ofDays(7)));
    r.accept(CS);
    r.investigate(MANAGER, false, null);
    assertThat(r.complaint.closureReason()).isEqualTo("NOT_SUBSTANTIATED");
    r.exec(tell(r, CS, ContactChannel.PHONE, NotificationKind.RESULT, null, null));
    assertThat(r.complaint.customerView().notifications()).extracting(Notification::kind)
        .containsExactly(NotificationKind.ACKNOWLEDGEMENT, NotificationKind.RESULT);
    assertThat(r.complaint.customerView().investigationOpinion()).isEqualTo("checked the records");
  }

  @Test
  void everyPresetLetsItsCustomerNoteRolesTellTheCustomerInEveryOpenNode() {
    for (String id : WorkflowPresets.IDS) {
      WorkflowDefinition d = WorkflowPresets.load(id);
      for (NodeDefinition n : d.nodes()) {
        List<TransitionDefinition> ts = n.transitions().stream()
            .filter(t -> t.command().equals("NotifyCustomer")).toList();
        if (n.terminal()) {
          assertThat(ts).as(id + " " + n.name()).hasSize(id.equals("seven-step") ? 1 : 0);
        } else {
          assertThat(ts).as(id + " " + n.name()).hasSize(1);
        }
        ts.forEach(t -> assertThat(t.roles()).as(id + " " + n.name()).isEqualTo(d.customerNoteRoles()));
      }
    }
  }

  @Test
  void aDefinitionMayNotLetARoleTellTheCustomerThatMayNotSpeakToIt() {
    assertThatThrownBy(() -> WorkflowDefinition.builder("x").initialNode("OPEN").roles("CLERK", "GUARD")
        .customerNoteRoles("CLERK")
        .node(NodeDefinition.named("OPEN").transition(TransitionDefinition.on("NotifyCustomer").roles("CLERK", "GUARD"))
            .transition(TransitionDefinition.on("AcceptComplaint").closes("DONE", "RESOLVED")))
        .node(NodeDefinition.named("DONE").terminal())
        .build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
            Problem.of("$.nodes[0].transitions[0].roles[1]", "role 'GUARD' may not speak to the customer"
                + " (NotifyCustomer needs one of the customerNoteRoles: CLERK)")));
  }

  @Test
  void commandsEventsAndComplaintsWithNotificationsRoundTripThroughJson() throws Exception {
    Run r = new Run(mall, "C-1", "PREPAID_CARD");
    NotifyCustomer ack = tell(r, CS, ContactChannel.EMAIL, NotificationKind.ACKNOWLEDGEMENT, "plan by tonight",
        Duration.ofHours(4));
    r.exec(ack);
    String command = MAPPER.writeValueAsString(ack);
    assertThat(command).startsWith("{\"type\":\"NotifyCustomer\"").contains("\"channel\":\"EMAIL\"",
        "\"kind\":\"ACKNOWLEDGEMENT\"", "\"nextStep\":\"plan by tonight\"");
    assertThat(MAPPER.readValue(command, Command.class)).isEqualTo(ack);
    ComplaintEvent told = r.events.get(r.events.size() - 1);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(told), ComplaintEvent.class)).isEqualTo(told);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r.complaint), Complaint.class)).isEqualTo(r.complaint);
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(r.complaint.customerView())).get("nextStep").toString())
        .isEqualTo("{\"description\":\"plan by tonight\",\"due\":\"" + ack.nextStepDue() + "\"}");
  }
}
