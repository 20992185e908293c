package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.LEADER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import org.junit.jupiter.api.Test;

class RetailPlanWorkflowTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.retailPlan());

  private Run classified() {
    Run r = new Run(engine, "R-1", "PRODUCT_QUALITY");
    r.accept(CS);
    r.grade(CS, Grade.MAJOR);
    r.classify(CS, "AFTER_SALES", "batch defect, several customers");
    return r;
  }

  @Test
  void classifiedAndEscalatedComplaintIsPlannedExecutedAndClosed() {
    Run r = classified();
    assertThat(r.complaint.category()).isEqualTo("AFTER_SALES");
    assertThat(r.complaint.escalatedToLeadership()).isTrue();
    r.draft(LEADER);
    r.confirm(LEADER);
    r.note(DEPT, "replacement ordered, arrives Friday", NoteVisibility.CUSTOMER);
    r.resolve(DEPT);
    r.visit(CS, Satisfaction.SATISFIED, false);
    assertThat(r.nodesEntered()).containsExactly("RECEIVED", "CLASSIFICATION", "PLANNING", "EXECUTION", "FEEDBACK",
        "CLOSED");
    assertThat(r.complaint.customerView().notes()).hasSize(1);
    assertThat(r.types(r.events)).contains("CategoryChanged", "EscalatedToLeadership");
  }

  @Test
  void classificationNeedsAGradeAndAKnownCategory() {
    Run r = new Run(engine, "R-2", "LOGISTICS");
    r.accept(CS);
    assertThatThrownBy(() -> r.classify(CS, "LOGISTICS", null)).isInstanceOfSatisfying(
        CommandRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD));
    r.grade(CS, Grade.GENERAL);
    assertThatThrownBy(() -> r.classify(CS, "PARKING", null)).isInstanceOfSatisfying(
        CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
          assertThat(e.detail()).contains("unknown category code 'PARKING'").contains("retail")
              .contains("PRODUCT_QUALITY");
        });
  }

  @Test
  void dissatisfiedFeedbackEscalatesExemptionClosesWithdrawAndReopen() {
    Run r = classified();
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.resolve(DEPT);
    r.visit(CS, Satisfaction.DISSATISFIED, true);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.grade()).isEqualTo(Grade.CRITICAL);
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.resolve(DEPT);
    r.exempt(MANAGER);
    assertThat(r.complaint.closureReason()).isEqualTo("EXEMPT");
    r.reopen(MANAGER);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    r.withdraw(CS);
    assertThat(r.complaint.closureReason()).isEqualTo("WITHDRAWN");
  }

  @Test
  void executionCannotBeEnteredWithoutAConfirmedPlan() {
    Run r = classified();
    var before = r.complaint;
    assertThatThrownBy(() -> r.confirm(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
      assertThat(e.node()).isEqualTo("PLANNING");
      assertThat(e.detail()).isEqualTo("there is no written plan to confirm; draft one with DraftPlan");
    });
    assertThat(r.complaint).isEqualTo(before);
    assertThatThrownBy(() -> r.resolve(DEPT)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE));
    r.draft(DEPT);
    assertThat(r.complaint.customerView().plan()).as("a draft plan is not shown to the customer").isNull();
    r.confirm(LEADER);
    assertThat(r.complaint.node()).isEqualTo("EXECUTION");
    assertThat(r.complaint.customerView().plan().confirmed()).isTrue();
  }
}
