package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SevenStepWorkflowTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.sevenStep());

  private Run investigated() {
    Run r = new Run(engine, "S-1", "MERCHANT_SERVICE");
    r.accept(CS);
    r.investigate(CS, true, "jewellery-counter");
    return r;
  }

  @Test
  void substantiatedComplaintWalksAllSevenSteps() {
    Run r = investigated();
    assertThat(r.complaint.substantiated()).isTrue();
    assertThat(r.complaint.department()).isEqualTo("jewellery-counter");
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    r.visit(CS, Satisfaction.VERY_SATISFIED, false);
    assertThat(r.nodesEntered()).containsExactly("RECEIPT", "INVESTIGATION", "DEPARTMENT_HANDLING", "CUSTOMER_AGREEMENT",
        "IMPLEMENTATION", "RETURN_VISIT", "CLOSED");
    assertThat(r.complaint.closureReason()).isEqualTo("RESOLVED");
  }

  @Test
  void unsubstantiatedComplaintIsClosedByTheStoreManagerOnly() {
    Run r = new Run(engine, "S-2", "SAFETY");
    r.accept(CS);
    assertThatThrownBy(() -> r.investigate(CS, false, null)).isInstanceOfSatisfying(
        CommandRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    assertThat(r.types(r.investigate(MANAGER, false, null))).containsExactly("InvestigationRecorded", "NodeLeft",
        "NodeEntered", "ComplaintClosed");
    assertThat(r.complaint.closureReason()).isEqualTo("NOT_SUBSTANTIATED");
    // the opinion is the final answer returned to the customer
    assertThat(r.complaint.customerView().investigationOpinion()).isEqualTo("checked the records");
  }

  @Test
  void investigationOpinionOfASubstantiatedComplaintStaysInternal() {
    Run r = investigated();
    assertThat(r.complaint.investigationOpinion()).isEqualTo("checked the records");
    assertThat(r.complaint.customerView().investigationOpinion()).isNull();
    assertThat(r.complaint.customerView().toString()).doesNotContain("checked the records");
    r.withdraw(CS);
    assertThat(r.complaint.closed()).isTrue();
    assertThat(r.complaint.customerView().investigationOpinion()).isNull();
  }

  @Test
  void substantiatedComplaintNeedsAResponsibleDepartment() {
    Run r = new Run(engine, "S-3", "SAFETY");
    r.accept(CS);
    assertThatThrownBy(() -> r.investigate(CS, true, null)).isInstanceOfSatisfying(
        CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
          assertThat(e.detail()).contains("DEPARTMENT");
        });
  }

  @Test
  void disagreementReturnsToTheDepartment() {
    Run r = investigated();
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, false);
    assertThat(r.complaint.node()).isEqualTo("DEPARTMENT_HANDLING");
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    assertThat(r.complaint.node()).isEqualTo("IMPLEMENTATION");
  }

  @Test
  void extensionEscalationExemptionWithdrawalAndReopening() {
    Run r = investigated();
    r.requestExtension(DEPT, Duration.ofDays(2));
    r.approveExtension(MANAGER);
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    r.grade(CS, Grade.GENERAL);
    r.visit(CS, Satisfaction.NEUTRAL, true);
    assertThat(r.complaint.node()).isEqualTo("DEPARTMENT_HANDLING");
    assertThat(r.complaint.grade()).isEqualTo(Grade.SERIOUS);
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    r.exempt(MANAGER);
    assertThat(r.complaint.closureReason()).isEqualTo("EXEMPT");
    r.reopen(MANAGER);
    assertThat(r.complaint.node()).isEqualTo("DEPARTMENT_HANDLING");
    r.withdraw(CS);
    assertThat(r.complaint.closureReason()).isEqualTo("WITHDRAWN");
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
  }
}
