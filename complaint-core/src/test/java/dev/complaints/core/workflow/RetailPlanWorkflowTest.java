package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.LEADER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.Actor;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.PlanDrafted;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Instant;
import java.util.List;
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
    r.draft(CS);
    r.confirm(LEADER);
    r.note(CS, "replacement ordered, arrives Friday", NoteVisibility.CUSTOMER);
    r.resolve(CS);
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
    r.draft(CS);
    r.confirm(LEADER);
    r.resolve(CS);
    r.visit(CS, Satisfaction.DISSATISFIED, true);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.grade()).isEqualTo(Grade.CRITICAL);
    r.draft(CS);
    r.confirm(LEADER);
    r.resolve(CS);
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
    var recorded = r.recorded();
    assertThatThrownBy(() -> r.confirm(LEADER)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
      assertThat(e.node()).isEqualTo("PLANNING");
      assertThat(e.detail()).isEqualTo("there is no written plan to confirm; draft one with DraftPlan");
    });
    r.assertNothingRecordedSince(recorded);
    assertThatThrownBy(() -> r.resolve(DEPT)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE));
    r.draft(CS);
    assertThat(r.complaint.customerView().plan()).as("a draft plan is not shown to the customer").isNull();
    r.confirm(LEADER);
    assertThat(r.complaint.node()).isEqualTo("EXECUTION");
    assertThat(r.complaint.customerView().plan().confirmed()).isTrue();
  }

  @Test
  void theSpecialistDraftsThePlanAndCarriesItOut() {
    Run r = classified();
    for (var other : List.of(DEPT, MANAGER, LEADER)) {
      assertThatThrownBy(() -> r.draft(other)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
        assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
        assertThat(e.detail()).endsWith("required role: one of [CUSTOMER_SERVICE]");
      });
    }
    r.draft(CS);
    r.confirm(LEADER);
    for (var other : List.of(DEPT, MANAGER, LEADER)) {
      assertThatThrownBy(() -> r.resolve(other)).isInstanceOfSatisfying(CommandRejectedException.class,
          e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    }
    r.resolve(CS);
    assertThat(r.complaint.node()).isEqualTo("FEEDBACK");
  }

  @Test
  void theLeadershipGroupConfirmsOnlyThePlansOfComplaintsEscalatedToIt() {
    // 处理专员需制定相应的处理方案,并在必要时向领导小组报告
    Run escalated = classified();
    assertThat(escalated.complaint.escalatedToLeadership()).isTrue();
    escalated.draft(CS);
    assertConfirmationRefused(escalated, Fixtures.CS, "LEADERSHIP");
    assertThat(escalated.types(escalated.confirm(LEADER))).containsExactly("PlanConfirmed", "NodeLeft",
        "NodeEntered");

    Run routine = new Run(engine, "R-3", "LOGISTICS");
    routine.accept(CS);
    routine.grade(CS, Grade.GENERAL);
    routine.classify(CS, "LOGISTICS", null);
    assertThat(routine.complaint.escalatedToLeadership()).isFalse();
    routine.draft(CS);
    assertConfirmationRefused(routine, LEADER, "CUSTOMER_SERVICE");
    routine.confirm(CS);
    assertThat(routine.complaint.node()).isEqualTo("EXECUTION");
    assertThat(routine.complaint.plan().confirmed()).isTrue();
  }

  /** The actor may not confirm the plan, for want of the one role that may; the store manager never may. */
  private static void assertConfirmationRefused(Run r, Actor actor, String role) {
    var recorded = r.recorded();
    assertThatThrownBy(() -> r.confirm(actor)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
      assertThat(e.detail()).isEqualTo("actor '" + actor.id() + "' with roles " + actor.roles() + " may not issue"
          + " ConfirmPlan in node PLANNING; required role: one of [" + role + "]");
    });
    assertThatThrownBy(() -> r.confirm(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    r.assertNothingRecordedSince(recorded);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
  }

  @Test
  void thePlansDeadlineTravelsWithTheDraftAndTheConfirmation() throws Exception {
    Run r = classified();
    Instant due = Fixtures.T0.plusSeconds(86_400);
    PlanDrafted drafted = (PlanDrafted) r.draft(CS).get(0);
    assertThat(drafted.plan().due()).isEqualTo(due);
    PlanConfirmed confirmed = (PlanConfirmed) r.confirm(LEADER).get(0);
    assertThat(confirmed.due()).isEqualTo(due);
    assertThat(confirmed.at()).isBefore(due);
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(confirmed), ComplaintEvent.class))
        .isEqualTo(confirmed);
  }
}
