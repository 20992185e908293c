package dev.complaints.sla.timer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.ApproveExtension;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ConfirmPlan;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.DraftPlan;
import dev.complaints.core.command.PauseClock;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RecordInvestigation;
import dev.complaints.core.command.RecordResolution;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.command.Reopen;
import dev.complaints.core.command.RequestExtension;
import dev.complaints.core.command.Withdraw;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowDefinitions;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.TestPolicies;
import dev.complaints.sla.policy.ClockKind;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A complaint's life through the real workflow engine, with the timers built from the events the engine emits (in
 * the engine's own order: a grade change before the node change of an escalation, the clock resumed before a
 * paused node is left, the withdrawal before the move to CLOSED). The mall-ticket preset never pauses; to follow
 * pauses through the engine, the first test runs a host's copy of it that lets the department pause PLANNING.
 */
class EngineDrivenTimersTest {
  private static final Actor CS = Actor.of("wang", "CUSTOMER_SERVICE");
  private static final Actor DISPATCHER = Actor.of("li", "DISPATCHER");
  private static final Actor DEPT = Actor.of("zhao", "DEPARTMENT");
  private static final Actor MANAGER = Actor.of("chen", "STORE_MANAGER");
  private static final Actor GROUP = Actor.of("sun", "GROUP_SERVICE");

  private WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
  private final List<ComplaintEvent> events = new ArrayList<>();
  private Complaint complaint;
  private int seq;

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private String id() {
    return "cmd-" + (++seq);
  }

  private void exec(Command c) {
    for (ComplaintEvent e : engine.decide(complaint, c)) {
      complaint = engine.apply(complaint, e);
      events.add(e);
    }
  }

  private static TimerStatus status(ComplaintTimers timers, String timerId, String local) {
    return timers.statusAt(at(local)).stream().filter(s -> s.timerId().equals(timerId)).findFirst()
        .orElseThrow(() -> new AssertionError("no timer " + timerId + " at " + local));
  }

  /** The mall-ticket preset with PauseClock and ResumeClock added to PLANNING, as a host's own definition. */
  private static WorkflowDefinition mallTicketPausingInPlanning() {
    ObjectNode tree = Json.mapper().valueToTree(WorkflowPresets.mallTicket());
    for (JsonNode node : tree.withArray("nodes")) {
      if (node.get("name").asText().equals("PLANNING")) {
        for (String command : List.of("PauseClock", "ResumeClock")) {
          ((ArrayNode) node.get("transitions")).addObject().put("command", command).putArray("roles").add("DEPARTMENT");
        }
      }
    }
    return WorkflowDefinitions.read(tree);
  }

  @Test
  void aComplaintsLifeThroughTheEngine() {
    engine = WorkflowEngine.of(mallTicketPausingInPlanning());
    String c = "T-1";
    exec(ReceiveComplaint.builder()
        .common(id(), c, CS, at("2026-10-09T19:30:00"))
        .channel(Channel.PHONE)
        .complainant(new Complainant("张三", "13812345678", null))
        .subject(Subject.of("Tea House", "L2-15"))
        .category("PREPAID_CARD")
        .description("card not honoured")
        .remediesSought(Remedy.REFUND)
        .orgUnit("plaza-01")
        .build());
    exec(new AcceptComplaint(id(), c, CS, at("2026-10-09T19:40:00")));
    exec(new AssignGrade(id(), c, DISPATCHER, at("2026-10-10T10:10:00"), Grade.SERIOUS));
    exec(new Dispatch(id(), c, DISPATCHER, at("2026-10-10T10:30:00"), "merchant-relations", "owner-1"));
    // PLANNING, first visit: a 1 h extension, a one-hour pause, left after 5 h 30 min of working time.
    exec(new RequestExtension(id(), c, DEPT, at("2026-10-10T11:00:00"), Duration.ofHours(1), "supplier"));
    exec(new ApproveExtension(id(), c, MANAGER, at("2026-10-10T11:10:00")));
    exec(new PauseClock(id(), c, DEPT, at("2026-10-10T12:00:00"), "waiting for the customer"));
    exec(new dev.complaints.core.command.ResumeClock(id(), c, DEPT, at("2026-10-10T13:00:00")));
    exec(DraftPlan.builder()
        .common(id(), c, DEPT, at("2026-10-10T14:00:00"))
        .remedy(Remedy.REFUND)
        .owner("zhao")
        .due(at("2026-10-12T00:00:00"))
        .description("refund the balance")
        .build());
    exec(new ConfirmPlan(id(), c, MANAGER, at("2026-10-10T17:00:00")));
    // The customer disagrees: PLANNING again (a second timer, without the first visit's extension).
    exec(new RecordCustomerResponse(id(), c, CS, at("2026-10-10T18:00:00"), false, "too little"));
    exec(DraftPlan.builder()
        .common(id(), c, DEPT, at("2026-10-10T18:30:00"))
        .remedy(Remedy.REFUND)
        .owner("zhao")
        .due(at("2026-10-12T00:00:00"))
        .description("refund the balance and a voucher")
        .build());
    exec(new PauseClock(id(), c, DEPT, at("2026-10-10T19:00:00"), "waiting for the customer"));
    // Confirmed while paused: the engine resumes the clock, then leaves the node.
    exec(new ConfirmPlan(id(), c, MANAGER, at("2026-10-11T11:00:00")));
    exec(new RecordCustomerResponse(id(), c, CS, at("2026-10-11T12:00:00"), true, null));
    // HANDLING entered on Sunday 11 October as SERIOUS (48 h continuous), regraded MAJOR on Monday.
    exec(new AssignGrade(id(), c, MANAGER, at("2026-10-12T10:00:00"), Grade.MAJOR));
    exec(new RecordResolution(id(), c, DEPT, at("2026-10-15T12:00:00"), "refunded"));
    // Dissatisfied and escalated: the grade goes up before the complaint leaves RETURN_VISIT.
    exec(new RecordReturnVisit(id(), c, GROUP, at("2026-10-16T10:00:00"), Satisfaction.DISSATISFIED, true));
    exec(new Withdraw(id(), c, CS, at("2026-10-16T11:00:00"), "settled with the merchant"));
    exec(new Reopen(id(), c, MANAGER, at("2026-10-17T10:00:00"), "customer called again"));

    // the pausing variant of the mall-ticket limits, to follow the pauses through the engine
    ComplaintTimers timers = ComplaintTimers.fromEvents(TestPolicies.pausingMallTicket(), c, events);
    assertThat(timers.timers()).extracting(SlaTimer::id).containsExactly(
        "GRADING#1", "PLANNING#1", "CUSTOMER_FEEDBACK#1", "PLANNING#2", "CUSTOMER_FEEDBACK#2", "HANDLING#1",
        "REPORT#1", "RETURN_VISIT#1", "PLANNING#3", "PLANNING#4");

    // GRADING: 19:40 -> 20:00 and 10:00 -> 10:30 on the mall calendar: 50 min of 1 h.
    TimerStatus grading = status(timers, "GRADING#1", "2026-10-20T00:00:00");
    assertThat(grading.state()).isEqualTo(TimerState.MET);
    assertThat(grading.outcome().elapsed()).isEqualTo(Duration.ofMinutes(50));
    assertThat(grading.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(grading.outcome().deadline()).isEqualTo(at("2026-10-10T10:40:00"));
    assertThat(status(timers, "GRADING#1", "2026-10-10T10:15:59").level()).isEqualTo(AlertLevel.NONE);
    assertThat(status(timers, "GRADING#1", "2026-10-10T10:16:00").level()).isEqualTo(AlertLevel.YELLOW);

    // PLANNING#1: 4 h + 1 h extension; 1 h 30 min + 4 h of work with the pause removed.
    TimerStatus planning1 = status(timers, "PLANNING#1", "2026-10-20T00:00:00");
    assertThat(planning1.grade()).isEqualTo(Grade.SERIOUS);
    assertThat(planning1.outcome().limit()).isEqualTo(Duration.ofHours(5));
    assertThat(planning1.outcome().elapsed()).isEqualTo(Duration.ofMinutes(330));
    assertThat(planning1.state()).isEqualTo(TimerState.BREACHED);
    assertThat(planning1.level()).isEqualTo(AlertLevel.RED_1);
    assertThat(status(timers, "PLANNING#1", "2026-10-10T12:30:00").state()).isEqualTo(TimerState.PAUSED);
    // 5 h of work are used up at 16:30 (the pause moved the deadline by an hour); RED_1 just after.
    assertThat(status(timers, "PLANNING#1", "2026-10-10T16:30:00").level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(timers.timers().get(1).nextChangeAfter(at("2026-10-10T16:00:00")))
        .contains(at("2026-10-10T16:30:00.000000001"));

    // PLANNING#2: the extension of the first visit does not carry over; paused from 19:00 until the engine
    // resumed the clock at 11:00 the next day, just before leaving the node.
    TimerStatus planning2 = status(timers, "PLANNING#2", "2026-10-20T00:00:00");
    assertThat(planning2.outcome().limit()).isEqualTo(Duration.ofHours(4));
    assertThat(planning2.outcome().elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(planning2.state()).isEqualTo(TimerState.MET);
    assertThat(planning2.level()).isEqualTo(AlertLevel.NONE);
    TimerStatus feedback2 = status(timers, "CUSTOMER_FEEDBACK#2", "2026-10-11T11:30:00");
    assertThat(feedback2.state()).isEqualTo(TimerState.RUNNING);
    assertThat(feedback2.outcome().elapsed()).isEqualTo(Duration.ofMinutes(30));

    // HANDLING: SERIOUS (48 h continuous) until the regrade; then MAJOR, 5 national working days from the
    // node's start on Sunday 11 October (closed, adds nothing): the 12th to the 16th, due 17 October 00:00.
    TimerStatus serious = status(timers, "HANDLING#1", "2026-10-12T09:59:59");
    assertThat(serious.outcome().clock()).isEqualTo(ClockKind.CONTINUOUS);
    assertThat(serious.outcome().limit()).isEqualTo(Duration.ofHours(48));
    assertThat(serious.outcome().deadline()).isEqualTo(at("2026-10-13T12:00:00"));
    TimerStatus major = status(timers, "HANDLING#1", "2026-10-12T10:00:00");
    assertThat(major.grade()).isEqualTo(Grade.MAJOR);
    assertThat(major.outcome().clock()).isEqualTo(ClockKind.WORKING_DAYS);
    assertThat(major.outcome().limit()).isEqualTo(Duration.ofHours(5 * 24));
    assertThat(major.outcome().elapsed()).isEqualTo(Duration.ofHours(10));
    assertThat(major.outcome().deadline()).isEqualTo(at("2026-10-17T00:00:00"));
    TimerStatus handled = status(timers, "HANDLING#1", "2026-10-20T00:00:00");
    assertThat(handled.state()).isEqualTo(TimerState.MET);
    assertThat(handled.outcome().elapsed()).isEqualTo(Duration.ofHours(84));
    assertThat(handled.level()).isEqualTo(AlertLevel.YELLOW);

    // RETURN_VISIT left on escalation; the grade change (MAJOR -> CRITICAL) came first, in the node.
    TimerStatus visit = status(timers, "RETURN_VISIT#1", "2026-10-20T00:00:00");
    assertThat(visit.state()).isEqualTo(TimerState.MET);
    assertThat(visit.endedAt()).isEqualTo(at("2026-10-16T10:00:00"));
    TimerStatus planning3 = status(timers, "PLANNING#3", "2026-10-20T00:00:00");
    assertThat(planning3.grade()).isEqualTo(Grade.CRITICAL);
    // Withdrawn: cancelled, not stopped by the node change to CLOSED that follows the withdrawal.
    assertThat(planning3.state()).isEqualTo(TimerState.CANCELLED);
    assertThat(planning3.endedAt()).isEqualTo(at("2026-10-16T11:00:00"));
    assertThat(planning3.outcome().elapsed()).isEqualTo(Duration.ofHours(1));

    // Reopened into PLANNING: a fourth PLANNING timer, running, graded CRITICAL.
    TimerStatus planning4 = status(timers, "PLANNING#4", "2026-10-17T12:00:00");
    assertThat(planning4.state()).isEqualTo(TimerState.RUNNING);
    assertThat(planning4.grade()).isEqualTo(Grade.CRITICAL);
    assertThat(planning4.outcome().elapsed()).isEqualTo(Duration.ofHours(2));

    // The tracker fed with the same events agrees, and its next change is PLANNING#4 turning yellow.
    SlaTracker tracker = new SlaTracker(timers.policy());
    tracker.applyAll(events);
    assertThat(tracker.statusAt(at("2026-10-17T12:00:00"))).isEqualTo(timers.statusAt(at("2026-10-17T12:00:00")));
    assertThat(tracker.board(at("2026-10-17T12:00:00")).total()).isEqualTo(1);
    assertThat(tracker.nextChangeAt(at("2026-10-17T12:00:00"))).contains(at("2026-10-17T12:24:00"));
  }

  @Test
  void aWithdrawalStartsNoTimerOnTheWayToClosed() {
    // seven-step: RETURN_VISIT starts on leaving IMPLEMENTATION; a withdrawal from IMPLEMENTATION leaves that
    // node for CLOSED after cancelling the timers, and must not start a return-visit timer.
    engine = WorkflowEngine.of(WorkflowPresets.sevenStep());
    String c = "S-1";
    exec(ReceiveComplaint.builder()
        .common(id(), c, CS, at("2026-10-12T09:00:00"))
        .channel(Channel.PHONE)
        .complainant(new Complainant("李四", "13912345678", null))
        .subject(Subject.of("Shoe Shop", "L1-03"))
        .category("MERCHANT_SERVICE")
        .description("sole came off")
        .remediesSought(Remedy.REPAIR)
        .orgUnit("plaza-01")
        .build());
    exec(new AcceptComplaint(id(), c, CS, at("2026-10-12T09:10:00")));
    exec(RecordInvestigation.builder()
        .common(id(), c, CS, at("2026-10-12T10:00:00"))
        .substantiated(true)
        .opinion("confirmed")
        .department("after-sales")
        .assignee("zhao")
        .build());
    exec(DraftPlan.builder()
        .common(id(), c, DEPT, at("2026-10-12T11:00:00"))
        .remedy(Remedy.REPAIR)
        .owner("zhao")
        .due(at("2026-10-14T00:00:00"))
        .description("repair the sole")
        .build());
    exec(new ConfirmPlan(id(), c, MANAGER, at("2026-10-12T12:00:00")));
    exec(new RecordCustomerResponse(id(), c, CS, at("2026-10-12T13:00:00"), true, null));
    exec(new Withdraw(id(), c, CS, at("2026-10-13T10:00:00"), "settled"));
    assertThat(complaint.node()).isEqualTo("CLOSED");

    ComplaintTimers timers = ComplaintTimers.fromEvents(SlaPolicies.sevenStep(), c, events);
    assertThat(timers.timers()).extracting(SlaTimer::id).containsExactly("CUSTOMER_REPLY#1", "DEPARTMENT_REPLY#1");
    assertThat(timers.statusAt(at("2026-10-20T00:00:00"))).extracting(TimerStatus::state)
        .containsExactly(TimerState.MET, TimerState.MET);

    // Reopened into DEPARTMENT_HANDLING: timers start again.
    exec(new Reopen(id(), c, MANAGER, at("2026-10-14T10:00:00"), "customer called again"));
    timers = ComplaintTimers.fromEvents(SlaPolicies.sevenStep(), c, events);
    assertThat(timers.timers()).extracting(SlaTimer::id)
        .containsExactly("CUSTOMER_REPLY#1", "DEPARTMENT_REPLY#1", "DEPARTMENT_REPLY#2");
    assertThat(timers.statusAt(at("2026-10-14T12:00:00")).get(2).state()).isEqualTo(TimerState.RUNNING);
  }
}
