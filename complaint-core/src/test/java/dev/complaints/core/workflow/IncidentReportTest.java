package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CALL;
import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.GROUP;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReportIncident;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.IncidentReport;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reporting upward (docs/domain.md, "Reporting upward"): command, roles, fold, JSON. */
class IncidentReportTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private final WorkflowEngine mall = WorkflowEngine.of(WorkflowPresets.mallTicket());

  private static ReportIncident report(Run r, Actor a, String to, Instant reportedAt) {
    return ReportIncident.builder().common(r.nextId(), r.id(), a, r.next()).reportedTo(to)
        .summary("smoke in the food court, two customers hurt").reportedAt(reportedAt).build();
  }

  @Test
  void theDutyOfficerReportsAndTheFoldKeepsEveryReportWithTheFirstInstant() {
    Run r = new Run(mall, "C-1", "SAFETY");
    assertThat(r.complaint.reportedAt()).isNull();
    assertThat(r.complaint.reports()).isEmpty();
    Instant first = Fixtures.T0.plusSeconds(300);
    ReportIncident toGroup = report(r, CS, "group customer service", first);
    assertThat(r.exec(toGroup)).containsExactly(new IncidentReported("C-1", 3,
        toGroup.commandId(), "wang", toGroup.at(), "group customer service",
        "smoke in the food court, two customers hurt", first));
    r.accept(CS);
    r.grade(DISPATCHER, Grade.MAJOR);
    ReportIncident toRegion = report(r, MANAGER, "regional company", r.complaint.receivedAt().plusSeconds(2_000));
    r.exec(toRegion);
    assertThat(r.complaint.reports()).containsExactly(
        new IncidentReport("group customer service", "smoke in the food court, two customers hurt", first, "wang",
            toGroup.at()),
        new IncidentReport("regional company", "smoke in the food court, two customers hurt",
            Fixtures.T0.plusSeconds(1_700), "chen", toRegion.at()));
    assertThat(r.complaint.reportedAt()).isEqualTo(first);
    assertThat(r.complaint.node()).isEqualTo("GRADING");
    assertThat(mall.replay(r.events)).isEqualTo(r.complaint);
    assertThat(mall.decide(r.complaint, toRegion)).as("the same report again is a retry").isEmpty();
  }

  @Test
  void onlyTheRolesThatReportMayReport() {
    Run r = new Run(mall, "C-2", "SAFETY");
    for (Actor a : List.of(DEPT, CALL, GROUP)) {
      assertThatThrownBy(() -> r.exec(report(r, a, "group", Fixtures.T0)))
          .isInstanceOfSatisfying(CommandRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    }
    r.exec(report(r, DISPATCHER, "group", Fixtures.T0));
    assertThat(r.complaint.reports()).hasSize(1);
  }

  @Test
  void aReportIsNotRecordedBeforeItWasMadeNorDatedBeforeTheComplaint() {
    Run r = new Run(mall, "C-3", "SAFETY");
    Instant at = r.next();
    ReportIncident future = ReportIncident.builder().common(r.nextId(), r.id(), CS, at).reportedTo("group")
        .summary("s").reportedAt(at.plusSeconds(1)).build();
    Fixtures.assertRejected(mall, r.complaint, future, Reason.INVALID_VALUE, "a report made at "
        + at.plusSeconds(1) + " cannot be recorded at " + at + ", before it was made");
    Instant received = r.complaint.receivedAt();
    ReportIncident early = report(r, CS, "group", received.minusSeconds(1));
    Fixtures.assertRejected(mall, r.complaint, early, Reason.INVALID_VALUE, "a report made at "
        + received.minusSeconds(1) + " is before the complaint was received at " + received);
  }

  @Test
  void everyPresetAcceptsReportsInEveryOpenNodeNeverFromTheDepartment() {
    for (String id : WorkflowPresets.IDS) {
      WorkflowDefinition d = WorkflowPresets.load(id);
      for (NodeDefinition n : d.nodes()) {
        List<String> roles = n.transitions().stream().filter(t -> t.command().equals("ReportIncident"))
            .flatMap(t -> t.roles().stream()).toList();
        if (n.terminal()) {
          assertThat(roles).as(id + " " + n.name()).isEmpty();
        } else {
          assertThat(roles).as(id + " " + n.name()).contains("CUSTOMER_SERVICE", "STORE_MANAGER")
              .doesNotContain("DEPARTMENT");
        }
      }
    }
  }

  @Test
  void commandEventAndComplaintRoundTripThroughJsonAndStayOutOfTheCustomerView() throws Exception {
    Run r = new Run(mall, "C-4", "SAFETY");
    ReportIncident c = report(r, CS, "group customer service", Fixtures.T0);
    String json = MAPPER.writeValueAsString(c);
    assertThat(json).startsWith("{\"type\":\"ReportIncident\"").contains("\"reportedTo\":\"group customer service\"",
        "\"reportedAt\":\"2026-10-03T11:10:00Z\"");
    assertThat(MAPPER.readValue(json, Command.class)).isEqualTo(c);
    r.exec(c);
    for (ComplaintEvent e : r.events) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(e), ComplaintEvent.class)).isEqualTo(e);
    }
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r.complaint), Complaint.class)).isEqualTo(r.complaint);
    assertThat(MAPPER.writeValueAsString(r.complaint.customerView())).doesNotContain("group customer service");
  }
}
