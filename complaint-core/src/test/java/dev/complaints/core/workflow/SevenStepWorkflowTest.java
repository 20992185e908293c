package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.CloseUnresolved;
import dev.complaints.core.event.ClosedUnresolved;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.ClosureReason;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Duration;
import java.util.List;
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
  void extensionReturnToTheDepartmentUnresolvedCloseWithdrawalAndReopening() {
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
    assertThat(r.complaint.grade()).isEqualTo(Grade.GENERAL);
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    r.closeUnresolved(MANAGER, "the customer cannot be reached after three calls");
    assertThat(r.complaint.closureReason()).isEqualTo("UNRESOLVED");
    r.reopen(MANAGER);
    assertThat(r.complaint.node()).isEqualTo("DEPARTMENT_HANDLING");
    assertThat(r.complaint.unresolvedReason()).isNull();
    r.withdraw(CS);
    assertThat(r.complaint.closureReason()).isEqualTo("WITHDRAWN");
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
  }

  private Run atReturnVisit() {
    Run r = investigated();
    r.grade(CS, Grade.SERIOUS);
    r.planAgreeAndResolve();
    assertThat(r.complaint.node()).isEqualTo("RETURN_VISIT");
    return r;
  }

  @Test
  void aReturnVisitThatIsNotSatisfiedGoesBackToTheDepartmentWithoutAGradeChange() {
    // 如果客户满意或非常满意,则投诉正式受理完毕: anything less is handled again by the responsible department
    for (Satisfaction s : List.of(Satisfaction.NEUTRAL, Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED)) {
      for (boolean escalate : List.of(false, true)) {
        for (var actor : List.of(CS, MANAGER)) {
          Run r = atReturnVisit();
          List<ComplaintEvent> back = r.visit(actor, s, escalate);
          assertThat(r.types(back)).as("%s %s", s, escalate)
              .containsExactly("ReturnVisitRecorded", "NodeLeft", "NodeEntered");
          assertThat(r.complaint.node()).isEqualTo("DEPARTMENT_HANDLING");
          assertThat(r.complaint.grade()).isEqualTo(Grade.SERIOUS);
          assertThat(r.complaint.closed()).isFalse();
          assertThat(r.complaint.returnVisit()).isEqualTo(s);
        }
      }
    }
  }

  @Test
  void onlyASatisfiedOrVerySatisfiedCustomerClosesTheComplaintAsResolved() {
    for (Satisfaction s : Satisfaction.values()) {
      Run r = atReturnVisit();
      r.visit(CS, s, false);
      assertThat(r.complaint.closed()).as("%s", s).isEqualTo(s.isSatisfied());
      assertThat(r.complaint.closureReason()).isEqualTo(s.isSatisfied() ? "RESOLVED" : null);
    }
    // a second round after the department handled it again
    Run r = atReturnVisit();
    r.visit(CS, Satisfaction.DISSATISFIED, false);
    r.planAgreeAndResolve();
    r.visit(CS, Satisfaction.SATISFIED, false);
    assertThat(r.complaint.closureReason()).isEqualTo("RESOLVED");
    assertThat(r.nodesEntered()).containsSubsequence("RETURN_VISIT", "DEPARTMENT_HANDLING", "CUSTOMER_AGREEMENT",
        "IMPLEMENTATION", "RETURN_VISIT", "CLOSED");
  }

  @Test
  void closingUnresolvedIsAStoreManagerDecisionWithAWrittenReason() {
    Run r = atReturnVisit();
    r.visit(CS, Satisfaction.VERY_DISSATISFIED, false);
    assertThatThrownBy(() -> r.closeUnresolved(CS, "customer wants more than the policy allows"))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
          assertThat(e.detail()).endsWith("required role: one of [STORE_MANAGER]");
        });
    assertThatThrownBy(() -> new CloseUnresolved("c", "S-1", MANAGER, Fixtures.T0, " "))
        .hasMessage("CloseUnresolved.reason must not be blank");
    List<ComplaintEvent> closed = r.closeUnresolved(MANAGER, "customer wants more than the policy allows");
    assertThat(r.types(closed)).containsExactly("ClosedUnresolved", "NodeLeft", "NodeEntered", "ComplaintClosed");
    assertThat(closed.get(0)).isInstanceOfSatisfying(ClosedUnresolved.class,
        e -> assertThat(e.reason()).isEqualTo("customer wants more than the policy allows"));
    assertThat(closed.get(3)).isInstanceOfSatisfying(ComplaintClosed.class,
        e -> assertThat(e.reason()).isEqualTo(ClosureReason.UNRESOLVED));
    assertThat(r.complaint.closedUnresolved()).isTrue();
    assertThat(r.complaint.unresolvedReason()).isEqualTo("customer wants more than the policy allows");
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
    r.reopen(MANAGER);
    assertThat(r.complaint.closedUnresolved()).isFalse();
  }

  @Test
  void theStoreManagerMayCloseUnresolvedFromEveryNodeAfterReceipt() {
    WorkflowDefinition d = engine.definition();
    assertThat(d.nodes()).filteredOn(n -> n.commands().contains("CloseUnresolved")).extracting(n -> n.name())
        .containsExactly("INVESTIGATION", "DEPARTMENT_HANDLING", "CUSTOMER_AGREEMENT", "IMPLEMENTATION",
            "RETURN_VISIT");
    Run r = new Run(engine, "S-9", "SAFETY");
    assertThatThrownBy(() -> r.closeUnresolved(MANAGER, "no")).isInstanceOfSatisfying(
        CommandRejectedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE));
    Run c = investigated();
    c.draft(DEPT);
    c.confirm(MANAGER);
    c.closeUnresolved(MANAGER, "the customer refuses every remedy offered");
    assertThat(c.complaint.closureReason()).isEqualTo("UNRESOLVED");
  }

  @Test
  void thereIsNoOtherWayToCloseAfterAReturnVisit() {
    Run r = atReturnVisit();
    assertThatThrownBy(() -> r.exempt(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE);
      assertThat(e.detail()).isEqualTo("node RETURN_VISIT of workflow 'seven-step' does not accept"
          + " ExemptReturnVisit; no node of this workflow accepts it");
    });
    assertThat(engine.allowedCommands(r.complaint)).contains("RecordReturnVisit", "CloseUnresolved", "Withdraw")
        .doesNotContain("ExemptReturnVisit", "RequestReturnVisitExemption");
  }

  @Test
  void pausingStaysAvailableHereAndAPauseStillOpenIsResumedBeforeTheNodeIsLeft() {
    Run r = investigated();
    r.draft(DEPT);
    assertThat(r.types(r.pause(DEPT))).containsExactly("ClockPaused");
    assertThatThrownBy(() -> r.pause(CS)).hasMessageContaining("already paused");
    assertThat(r.types(r.resume(CS))).containsExactly("ClockResumed");
    r.pause(DEPT);
    List<ComplaintEvent> events = r.confirm(MANAGER);
    assertThat(r.types(events)).containsExactly("PlanConfirmed", "ClockResumed", "NodeLeft", "NodeEntered");
    assertThat(r.complaint.paused()).isFalse();
  }

  @Test
  void onlyCustomerServiceSpeaksToTheCustomerAndOnlyAboutAConfirmedPlan() {
    Run r = investigated();
    r.draft(DEPT);
    assertThatThrownBy(() -> r.note(CS, "the shop will repair it", NoteVisibility.CUSTOMER))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.GUARD_FAILED));
    r.confirm(MANAGER);
    assertThatThrownBy(() -> r.note(DEPT, "the shop will repair it", NoteVisibility.CUSTOMER))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
          assertThat(e.detail()).contains("required role: one of [CUSTOMER_SERVICE]");
        });
    r.note(CS, "the shop will repair it", NoteVisibility.CUSTOMER);
    assertThat(r.complaint.customerView().notes()).extracting(n -> n.text()).containsExactly("the shop will repair it");
  }
}
