package dev.complaints.scoring.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.PlanDrafted;
import dev.complaints.core.event.ResolutionRecorded;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Plan;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketExportTest {
  private static final Instant T0 = Instant.parse("2026-10-12T02:00:00Z");
  private final List<ComplaintEvent> events = new ArrayList<>();

  private Instant at(int minutes) {
    return T0.plusSeconds(60L * minutes);
  }

  private long v() {
    return events.size() + 1;
  }

  private void received() {
    events.add(new ComplaintReceived("C-1", v(), "c", "desk", T0, "seven-step", Channel.PHONE,
        new Complainant("张三", "13812345678", null), T0, Subject.of("Tea House", "L2-15"), "SERVICE_ATTITUDE",
        "rude", List.of(Remedy.APOLOGY), List.of(), "store-1", null));
  }

  private void node(String from, String to, int minutes) {
    if (from != null) {
      events.add(new NodeLeft("C-1", v(), "c", "x", at(minutes), from));
    }
    events.add(new NodeEntered("C-1", v(), "c", "x", at(minutes), to));
  }

  @Test
  void theRecordCarriesTheEarliestReportUpward() {
    received();
    node(null, "RECEIPT", 0);
    assertThat(TicketExport.of(WorkflowPresets.sevenStep()).export(events, unit -> null).reportedAt()).isNull();
    events.add(new IncidentReported("C-1", v(), "c", "manager", at(50), "regional company", "s", at(40)));
    events.add(new IncidentReported("C-1", v(), "c", "desk", at(60), "group customer service", "s", at(20)));
    TicketRecord t = TicketExport.of(WorkflowPresets.sevenStep()).export(events, unit -> null);
    assertThat(t.reportedAt()).isEqualTo(at(20));
    String line = TicketWriter.toJsonLine(t);
    assertThat(line).contains(",\"reportedAt\":\"").endsWith("\"}");
    assertThat(TicketReader.parseLine(line, "t.jsonl", 1)).isEqualTo(t);
  }

  @Test
  void aHistoryBecomesTheRecordScoringReads() {
    received();
    node(null, "RECEIPT", 0);
    node("RECEIPT", "INVESTIGATION", 10);
    events.add(new GradeChanged("C-1", v(), "c", "x", at(12), null, Grade.SERIOUS));
    node("INVESTIGATION", "DEPARTMENT_HANDLING", 60);
    events.add(new ClockPaused("C-1", v(), "c", "x", at(70), "waiting for the customer"));
    events.add(new ExtensionApproved("C-1", v(), "c", "boss", at(80), "DEPARTMENT_HANDLING", Duration.ofHours(8)));
    events.add(new ExtensionApproved("C-1", v(), "c", "boss", at(85), "ELSEWHERE", Duration.ofHours(1)));
    node("DEPARTMENT_HANDLING", "CUSTOMER_AGREEMENT", 90); // the pause goes on in the next node
    events.add(new ClockResumed("C-1", v(), "c", "x", at(100)));
    node("CUSTOMER_AGREEMENT", "CLOSED", 120);
    events.add(new ComplaintClosed("C-1", v(), "c", "manager", at(120), "UNRESOLVED"));

    TicketRecord t = TicketExport.of(WorkflowPresets.sevenStep()).export(events, unit -> "city-1");
    assertThat(t.id()).isEqualTo("C-1");
    assertThat(t.unit()).isEqualTo("store-1");
    assertThat(t.region()).isEqualTo("city-1");
    assertThat(t.acceptedAt()).as("accepted when RECEIPT was left for INVESTIGATION").isEqualTo(at(10));
    assertThat(t.grade()).isEqualTo(Grade.SERIOUS);
    assertThat(t.stages()).extracting(StageRecord::stage)
        .containsExactly("RECEIPT", "INVESTIGATION", "DEPARTMENT_HANDLING", "CUSTOMER_AGREEMENT");
    StageRecord handling = t.stages().get(2);
    assertThat(handling.extensions()).containsExactly(Extension.of(Duration.ofHours(8), at(80)));
    assertThat(handling.pauses()).containsExactly(Pause.of(at(70), at(90)));
    assertThat(t.stages().get(3).pauses()).containsExactly(Pause.of(at(90), at(100)));
    assertThat(t.closedAt()).isEqualTo(at(120));
    assertThat(t.closeReason()).isEqualTo("UNRESOLVED");
    assertThat(t.closedUnresolvedBy(at(120))).isTrue();
    assertThat(t.closedUnresolvedBy(at(119))).isFalse();
    TicketOutcome outcome = TicketOutcome.evaluate(t, at(200), MetricOptions.defaults(), VisitAlerts.none());
    assertThat(outcome.closedUnresolved()).isTrue();

    // the month's scorecard counts it as closed unresolved
    var report = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.sevenStep()).build()
        .score(java.util.stream.Stream.of(t, t.toBuilder().closeReason("RESOLVED").build()),
            List.of(), java.time.YearMonth.of(2026, 10), at(600));
    assertThat(report.unit("store-1").orElseThrow().metrics().closedUnresolved()).isEqualTo(1);
    assertThat(PeriodReportJson.toJson(report, PeriodReportJson.Language.EN).toString())
        .contains("\"closedUnresolved\":1");

    // written and read back unchanged, close reason included
    String line = TicketWriter.toJsonLine(t);
    assertThat(line).contains("\"closeReason\":\"UNRESOLVED\"");
    assertThat(TicketReader.parseLine(line, "t.jsonl", 1)).isEqualTo(t);

    // reopened: open again, no close reason
    events.add(new ComplaintReopened("C-1", v(), "c", "manager", at(300), "called again"));
    node("CLOSED", "DEPARTMENT_HANDLING", 300);
    TicketRecord reopened = TicketExport.of(WorkflowPresets.sevenStep()).export(events, unit -> null);
    assertThat(reopened.closedAt()).isNull();
    assertThat(reopened.closeReason()).isNull();
    assertThat(reopened.region()).isNull();
    // the close is a stage once left, and the visits after the reopening follow it
    assertThat(reopened.stages()).extracting(StageRecord::stage).containsExactly("RECEIPT", "INVESTIGATION",
        "DEPARTMENT_HANDLING", "CUSTOMER_AGREEMENT", "CLOSED", "DEPARTMENT_HANDLING");
    assertThat(reopened.stages().get(4)).isEqualTo(StageRecord.of("CLOSED", at(120), at(300)));
    assertThat(reopened.stages().get(5).leftAt()).isNull();
    assertThat(reopened.acceptedAt()).isEqualTo(at(10));
    assertThat(TicketOutcome.reopened(reopened, at(300))).isTrue();
    assertThat(TicketOutcome.reopened(t, at(300))).isFalse();
  }

  @Test
  void departmentHandlerRootCauseAndPlanComeFromTheLastDispatchResolutionAndPlanEvents() {
    received();
    node(null, "RECEIPT", 0);
    node("RECEIPT", "INVESTIGATION", 10);
    events.add(new Dispatched("C-1", v(), "c", "x", at(11), "customer-service", "li"));
    events.add(new Dispatched("C-1", v(), "c", "x", at(12), "catering", "wang", "r-1"));
    Plan draft = new Plan(Remedy.APOLOGY, "wang", at(600), "apologise", false);
    events.add(new PlanDrafted("C-1", v(), "c", "x", at(20), draft));
    events.add(new PlanConfirmed("C-1", v(), "c", "x", at(30), at(600)));
    events.add(new PlanDrafted("C-1", v(), "c", "x", at(40), new Plan(Remedy.APOLOGY, "wang", at(900), "again",
        false)));
    events.add(new PlanConfirmed("C-1", v(), "c", "x", at(50), at(900)));
    events.add(new ResolutionRecorded("C-1", v(), "c", "x", at(700), "apologised", "SERVICE_ATTITUDE"));
    events.add(new ResolutionRecorded("C-1", v(), "c", "x", at(800), "apologised again"));

    TicketRecord t = TicketExport.of(WorkflowPresets.sevenStep()).export(events, unit -> null);
    assertThat(t.department()).isEqualTo("catering");
    assertThat(t.handler()).isEqualTo("wang");
    assertThat(t.rootCause()).as("a later resolution without a cause keeps the one named").isEqualTo(
        "SERVICE_ATTITUDE");
    assertThat(t.plan()).isEqualTo(new PlanRecord(at(900), at(700), 2));
    assertThat(t.plan().reworked()).isTrue();
    String line = TicketWriter.toJsonLine(t);
    assertThat(line).contains("\"department\":\"catering\",\"handler\":\"wang\",\"rootCause\":\"SERVICE_ATTITUDE\","
        + "\"plan\":{\"due\":\"2026-10-12T17:00:00Z\",\"doneAt\":\"2026-10-12T13:40:00Z\",\"drafts\":2}");
    assertThat(TicketReader.parseLine(line, "t.jsonl", 1)).isEqualTo(t);
  }

  @Test
  void aHistoryWithoutDispatchResolutionOrPlanLeavesTheFieldsOut() {
    received();
    node(null, "RECEIPT", 0);
    TicketRecord t = TicketExport.of(WorkflowPresets.sevenStep()).export(events, unit -> null);
    assertThat(t.department()).isNull();
    assertThat(t.handler()).isNull();
    assertThat(t.rootCause()).isNull();
    assertThat(t.plan()).isNull();
    assertThat(TicketWriter.toJsonLine(t)).doesNotContain("department", "handler", "rootCause", "plan");
  }

  @Test
  void aComplaintNeverAcceptedKeepsItsReceivedInstant() {
    received();
    node(null, "RECEIPT", 0);
    events.add(new dev.complaints.core.event.ComplaintWithdrawn("C-1", v(), "c", "desk", at(5), "solved"));
    node("RECEIPT", "CLOSED", 5);
    TicketRecord t = TicketExport.of(WorkflowPresets.sevenStep()).export(events, u -> null);
    assertThat(t.acceptedAt()).isEqualTo(T0);
    assertThat(t.closedAt()).isEqualTo(at(5));
    assertThat(t.closeReason()).isEqualTo("WITHDRAWN");
    assertThat(t.stages()).extracting(StageRecord::stage).containsExactly("RECEIPT");

    // only the node change made on AcceptComplaint accepts: under mall-ticket RECEIPT is no acceptance node
    events.clear();
    received();
    node(null, "RECEIPT", 0);
    node("RECEIPT", "INVESTIGATION", 10);
    assertThat(TicketExport.of(WorkflowPresets.mallTicket()).export(events, u -> null).acceptedAt()).isEqualTo(T0);
    assertThat(TicketExport.of(WorkflowPresets.sevenStep()).export(events, u -> null).acceptedAt())
        .isEqualTo(at(10));
  }

  @Test
  void theMonthIsThatOfTheAcceptance() {
    // received 23:50 on 31 October in Shanghai, accepted 00:10 on 1 November: a November ticket
    Instant received = Instant.parse("2026-10-31T15:50:00Z");
    events.add(new ComplaintReceived("C-2", 1, "c", "desk", received, "mall-ticket", Channel.ONLINE,
        new Complainant("张三", "13812345678", null), received, Subject.of("shop", null), "SAFETY", "text",
        List.of(Remedy.APOLOGY), List.of(), "plaza-1", Grade.MAJOR));
    events.add(new NodeEntered("C-2", 2, "c", "x", received, "ACCEPTANCE"));
    Instant accepted = received.plus(Duration.ofMinutes(20));
    events.add(new NodeLeft("C-2", 3, "c", "x", accepted, "ACCEPTANCE"));
    events.add(new NodeEntered("C-2", 4, "c", "x", accepted, "GRADING"));
    TicketRecord t = TicketExport.of(WorkflowPresets.mallTicket()).export(events, u -> null);
    assertThat(t.acceptedAt()).isEqualTo(accepted);
    assertThat(t.period(MetricOptions.defaults().zone())).isEqualTo(java.time.YearMonth.of(2026, 11));
    assertThat(t.channel()).isEqualTo(Channel.ONLINE);
    assertThat(t.category()).isEqualTo("SAFETY");
    assertThat(t.grade()).isEqualTo(Grade.MAJOR);
    // the waiting for acceptance is a stage of its own, which has no target
    assertThat(t.stages()).containsExactly(StageRecord.of("ACCEPTANCE", received, accepted),
        StageRecord.of("GRADING", accepted, null));
  }

  @Test
  void terminalNodesAreThoseOfTheDefinition() {
    received();
    node(null, "RECEIPT", 0);
    node("RECEIPT", "INVESTIGATION", 10);
    node("INVESTIGATION", "ARCHIVED", 20);
    // seven-step has no ARCHIVED node: an unknown node is not terminal, so it is an open stage
    TicketRecord t = TicketExport.of(WorkflowPresets.sevenStep()).export(events, u -> null);
    assertThat(t.stages()).extracting(StageRecord::stage).containsExactly("RECEIPT", "INVESTIGATION", "ARCHIVED");
    events.remove(events.size() - 1);
    node(null, "CLOSED", 20);
    assertThat(TicketExport.of(WorkflowPresets.sevenStep()).export(events, u -> null).stages())
        .extracting(StageRecord::stage).containsExactly("RECEIPT", "INVESTIGATION");
  }

  @Test
  void aCloseReasonNeedsAClose() {
    assertThatThrownBy(() -> Tickets.builder("T", "u", T0).closeReason("UNRESOLVED").build())
        .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("closeReason"));
    assertThatThrownBy(() -> TicketExport.of(WorkflowPresets.sevenStep()).export(List.of(), u -> null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ComplaintReceived");
  }
}
