package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CALL;
import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.GROUP;
import static dev.complaints.core.Fixtures.LEADER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.ExtensionRequested;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.CustomerView;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MallTicketWorkflowTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());

  private Run toPlanning() {
    Run r = new Run(engine, "C-1", "PREPAID_CARD");
    r.accept(CS);
    r.grade(DISPATCHER, Grade.GENERAL);
    r.dispatch(DISPATCHER, "merchant-relations");
    return r;
  }

  private Run toReturnVisit() {
    Run r = toPlanning();
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    return r;
  }

  @Test
  void happyPathWalksEveryNodeAndClosesResolved() {
    Run r = toReturnVisit();
    List<ComplaintEvent> last = r.visit(GROUP, Satisfaction.SATISFIED, false);
    assertThat(r.types(last)).containsExactly("ReturnVisitRecorded", "NodeLeft", "NodeEntered", "ComplaintClosed");
    assertThat(r.nodesEntered()).containsExactly("ACCEPTANCE", "GRADING", "PLANNING", "CUSTOMER_FEEDBACK",
        "HANDLING", "RETURN_VISIT", "CLOSED");
    assertThat(r.complaint.node()).isEqualTo("CLOSED");
    assertThat(r.complaint.closed()).isTrue();
    assertThat(r.complaint.closureReason()).isEqualTo("RESOLVED");
    assertThat(r.complaint.version()).isEqualTo(r.events.size());
    assertThat(r.events.get(0).version()).isEqualTo(1);
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
  }

  @Test
  void nodeChangesEmitLeftThenEnteredAtTheCommandInstant() {
    Run r = new Run(engine, "C-1", "SAFETY");
    List<ComplaintEvent> events = r.accept(CS);
    assertThat(r.types(events)).containsExactly("NodeLeft", "NodeEntered");
    assertThat(events.get(0).at()).isEqualTo(events.get(1).at());
    assertThat(events).extracting(ComplaintEvent::version).containsExactly(3L, 4L);
  }

  @Test
  void disagreementLoopsBackToPlanningAndNeedsANewConfirmation() {
    Run r = toPlanning();
    r.draft(DEPT);
    r.confirm(MANAGER);
    List<ComplaintEvent> back = r.respond(CS, false);
    assertThat(r.types(back)).containsExactly("CustomerDisagreed", "NodeLeft", "NodeEntered");
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.plan().confirmed()).isFalse();
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    assertThat(r.complaint.node()).isEqualTo("HANDLING");
    assertThat(r.nodesEntered()).containsSubsequence("PLANNING", "CUSTOMER_FEEDBACK", "PLANNING",
        "CUSTOMER_FEEDBACK", "HANDLING");
  }

  @Test
  void extensionIsRequestedAndApprovedByTheStoreManagerOnly() {
    Run h = toPlanning();
    h.draft(DEPT);
    h.confirm(MANAGER);
    h.respond(CS, true);
    List<ComplaintEvent> req = h.requestExtension(DEPT, Duration.ofHours(12));
    assertThat(req).singleElement().isInstanceOfSatisfying(ExtensionRequested.class, e -> {
      assertThat(e.node()).isEqualTo("HANDLING");
      assertThat(e.amount()).isEqualTo(Duration.ofHours(12));
    });
    assertThatThrownBy(() -> h.approveExtension(DEPT))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
          assertThat(e.getMessage()).contains("STORE_MANAGER").contains("HANDLING").contains("ApproveExtension");
        });
    List<ComplaintEvent> ok = h.approveExtension(MANAGER);
    assertThat(ok).singleElement().isInstanceOfSatisfying(ExtensionApproved.class, e -> {
      assertThat(e.node()).isEqualTo("HANDLING");
      assertThat(e.amount()).isEqualTo(Duration.ofHours(12));
    });
    assertThat(h.complaint.pendingExtension()).isNull();
    assertThatThrownBy(() -> h.approveExtension(MANAGER))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.detail()).contains("no extension request is pending"));
  }

  @Test
  void rejectedExtensionClearsThePendingRequest() {
    Run r = toPlanning();
    r.requestExtension(DEPT, Duration.ofHours(2));
    assertThat(r.types(r.rejectExtension(MANAGER))).containsExactly("ExtensionRejected");
    assertThat(r.complaint.pendingExtension()).isNull();
  }

  @Test
  void dissatisfiedReturnVisitEscalatesGradeUpAndBackToPlanning() {
    Run r = toReturnVisit();
    List<ComplaintEvent> esc = r.visit(GROUP, Satisfaction.DISSATISFIED, true);
    assertThat(r.types(esc)).containsExactly("ReturnVisitRecorded", "GradeChanged", "NodeLeft", "NodeEntered");
    assertThat(esc.get(1)).isEqualTo(new GradeChanged("C-1", esc.get(1).version(), esc.get(1).commandId(), "qian",
        esc.get(1).at(), Grade.GENERAL, Grade.SERIOUS));
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.grade()).isEqualTo(Grade.SERIOUS);
    assertThatThrownBy(() -> r.confirm(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.detail()).contains("already confirmed"));
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    r.visit(GROUP, Satisfaction.VERY_SATISFIED, false);
    assertThat(r.complaint.closureReason()).isEqualTo("RESOLVED");
  }

  @Test
  void closingADissatisfiedCustomerIsTheGroupsDecision() {
    Run r = toReturnVisit();
    for (var plaza : List.of(CALL, MANAGER, CS)) {
      assertThatThrownBy(() -> r.visit(plaza, Satisfaction.DISSATISFIED, false))
          .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
            assertThat(e.detail()).endsWith("required role: one of [GROUP_SERVICE]");
          });
    }
    List<ComplaintEvent> closed = r.visit(GROUP, Satisfaction.VERY_DISSATISFIED, false);
    assertThat(closed.get(closed.size() - 1)).isInstanceOfSatisfying(ComplaintClosed.class,
        c -> assertThat(c.reason()).isEqualTo("DISSATISFIED"));
    assertThat(r.complaint.returnVisit()).isEqualTo(Satisfaction.VERY_DISSATISFIED);
  }

  @Test
  void onlyTheGroupRecordsTheReturnVisitWhateverTheOutcome() {
    // 业务回访环节为集团回访: the plaza whose complaint it is never records the result
    List<dev.complaints.core.command.Actor> plaza = List.of(CS, CALL, MANAGER, DEPT, DISPATCHER, LEADER);
    for (Satisfaction s : Satisfaction.values()) {
      for (boolean escalate : List.of(false, true)) {
        Run r = toReturnVisit();
        for (var actor : plaza) {
          assertThatThrownBy(() -> r.visit(actor, s, escalate))
              .as("%s, %s, escalate %s", actor.roles(), s, escalate)
              .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
                assertThat(e.node()).isEqualTo("RETURN_VISIT");
              });
        }
        assertThat(r.complaint.returnVisit()).isNull();
        r.visit(GROUP, s, escalate);
        assertThat(r.complaint.returnVisit()).isEqualTo(s);
        assertThat(r.complaint.node()).isEqualTo(s.isSatisfied() || !escalate ? "CLOSED" : "PLANNING");
      }
    }
  }

  @Test
  void thePlazaRequestsAnExemptionAndTheGroupApprovesIt() {
    Run r = toReturnVisit();
    assertThatThrownBy(() -> r.exempt(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    assertThatThrownBy(() -> r.requestExemption(GROUP)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    assertThat(r.types(r.requestExemption(CS))).containsExactly("ReturnVisitExemptionRequested");
    assertThat(r.complaint.returnVisitExemptionRequested()).isTrue();
    assertThat(r.complaint.node()).isEqualTo("RETURN_VISIT");
    assertThatThrownBy(() -> r.requestExemption(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
          assertThat(e.detail()).isEqualTo("a request to waive the return visit is already pending in RETURN_VISIT");
        });
    assertThat(r.types(r.exempt(GROUP))).containsExactly("ReturnVisitExempted", "NodeLeft", "NodeEntered",
        "ComplaintClosed");
    assertThat(r.complaint.closureReason()).isEqualTo("EXEMPT");
    assertThat(r.complaint.returnVisitExempted()).isTrue();
    assertThat(r.complaint.returnVisitExemptionRequested()).isFalse();
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
  }

  @Test
  void theGroupCannotWaiveAVisitNobodyAskedToWaive() {
    Run r = toReturnVisit();
    var recorded = r.recorded();
    assertThatThrownBy(() -> r.exempt(GROUP)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.GUARD_FAILED);
      assertThat(e.detail()).isEqualTo("guard EXEMPTION_REQUESTED does not hold: a request to waive the return"
          + " visit is pending is required");
    });
    assertThatThrownBy(() -> r.refuseExemption(GROUP)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
          assertThat(e.detail()).isEqualTo("no request to waive the return visit is pending in RETURN_VISIT");
        });
    r.assertNothingRecordedSince(recorded);
    assertThat(r.complaint.node()).isEqualTo("RETURN_VISIT");
  }

  @Test
  void theGroupRefusesAnExemptionAndTheVisitStaysDue() {
    Run r = toReturnVisit();
    r.requestExemption(MANAGER);
    assertThatThrownBy(() -> r.refuseExemption(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE));
    assertThat(r.refuseExemption(GROUP)).singleElement().isInstanceOfSatisfying(
        dev.complaints.core.event.ReturnVisitExemptionRefused.class,
        e -> assertThat(e.reason()).isEqualTo("the customer answers on weekends"));
    assertThat(r.complaint.returnVisitExemptionRequested()).isFalse();
    assertThat(r.complaint.node()).isEqualTo("RETURN_VISIT");
    assertThatThrownBy(() -> r.exempt(GROUP)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.GUARD_FAILED));
    // the plaza may ask again; a request still pending ends with the node
    r.requestExemption(CS);
    r.visit(GROUP, Satisfaction.NEUTRAL, true);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.returnVisitExemptionRequested()).isFalse();
    assertThat(engine.replay(r.events)).isEqualTo(r.complaint);
  }

  @Test
  void mallTicketNeverPauses() {
    // 除处理投诉环节(不停止计时)外,其他环节晚上八点停止计时: only the nightly stop halts the clock, never a pause
    WorkflowDefinition d = engine.definition();
    assertThat(d.nodes()).allSatisfy(n -> assertThat(n.commands()).doesNotContain("PauseClock", "ResumeClock"));
    Run r = toReturnVisit();
    Run open = toPlanning();
    for (Run run : List.of(new Run(engine, "C-2", "SAFETY"), open, r)) {
      for (var actor : List.of(CS, DEPT, MANAGER, GROUP)) {
        assertThatThrownBy(() -> run.pause(actor)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE);
          assertThat(e.complaintId()).isEqualTo(run.id());
          assertThat(e.node()).isEqualTo(run.complaint.node());
          assertThat(e.command()).isEqualTo("PauseClock");
          assertThat(e.allowedCommands()).isEqualTo(engine.allowedCommands(run.complaint)).isNotEmpty();
          assertThat(e.detail()).isEqualTo("node " + run.complaint.node() + " of workflow 'mall-ticket' does not"
              + " accept PauseClock; no node of this workflow accepts it");
          assertThat(e.getMessage()).startsWith("command PauseClock (" + e.commandId() + ") rejected for complaint "
              + run.id() + " in node " + run.complaint.node() + ": node " + run.complaint.node());
        });
        assertThatThrownBy(() -> run.resume(actor)).isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE));
      }
    }
    assertThat(r.complaint.paused()).isFalse();
    assertThat(r.types(r.events)).doesNotContain("ClockPaused", "ClockResumed");
  }

  @Test
  void withdrawalClosesFromAnyOpenNode() {
    Run a = new Run(engine, "C-1", "SAFETY");
    assertThat(a.types(a.withdraw(CS))).containsExactly("ComplaintWithdrawn", "NodeLeft", "NodeEntered",
        "ComplaintClosed");
    assertThat(a.complaint.withdrawn()).isTrue();
    assertThat(a.complaint.closureReason()).isEqualTo("WITHDRAWN");
    Run h = toPlanning();
    h.withdraw(CS);
    assertThat(h.complaint.node()).isEqualTo("CLOSED");
  }

  @Test
  void reopeningAClosedComplaintReturnsToPlanning() {
    Run r = toReturnVisit();
    r.visit(GROUP, Satisfaction.SATISFIED, false);
    assertThatThrownBy(() -> r.reopen(CS)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
      assertThat(e.getMessage()).isEqualTo("command Reopen (cmd-9) rejected for complaint C-1 in node CLOSED: "
          + "actor 'wang' with roles [CUSTOMER_SERVICE] may not issue Reopen in node CLOSED; required role: one of "
          + "[STORE_MANAGER]; commands allowed in CLOSED: [Reopen]");
    });
    List<ComplaintEvent> reopened = r.reopen(MANAGER);
    assertThat(r.types(reopened)).containsExactly("ComplaintReopened", "NodeLeft", "NodeEntered");
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.closed()).isFalse();
    assertThat(r.complaint.reopenCount()).isEqualTo(1);
    assertThat(r.complaint.resolution()).isNull();
  }

  @Test
  void closedComplaintAcceptsOnlyReopen() {
    Run r = toReturnVisit();
    r.visit(GROUP, Satisfaction.SATISFIED, false);
    assertThatThrownBy(() -> r.note(CS, "late note", NoteVisibility.INTERNAL))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE);
          assertThat(e.node()).isEqualTo("CLOSED");
          assertThat(e.allowedCommands()).containsExactly("Reopen");
        });
  }

  @Test
  void regradeReassignAndNotesAreSidePaths() {
    Run r = toPlanning();
    assertThat(r.grade(MANAGER, Grade.MAJOR)).singleElement().isInstanceOfSatisfying(GradeChanged.class, g -> {
      assertThat(g.from()).isEqualTo(Grade.GENERAL);
      assertThat(g.to()).isEqualTo(Grade.MAJOR);
    });
    assertThat(r.types(r.reassign(DISPATCHER, "property-management"))).containsExactly("Reassigned");
    assertThat(r.complaint.department()).isEqualTo("property-management");
    r.note(DEPT, "merchant says card was sold by a franchisee", NoteVisibility.INTERNAL);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
    assertThat(r.complaint.notes()).hasSize(1);
  }

  @Test
  void customerFeedbackNeedsAConfirmedWrittenPlan() {
    Run r = toPlanning();
    assertThatThrownBy(() -> r.confirm(MANAGER)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
      assertThat(e.detail()).contains("no written plan");
    });
    r.draft(DEPT);
    var drafted = r.recorded();
    assertThatThrownBy(() -> r.confirm(DEPT)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
      assertThat(e.getMessage()).contains("zhao").contains("[DEPARTMENT]").contains("STORE_MANAGER");
    });
    r.assertNothingRecordedSince(drafted);
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
  }

  @Test
  void dispatchNeedsAGrade() {
    Run r = new Run(engine, "C-1", "SAFETY");
    r.accept(CS);
    assertThatThrownBy(() -> r.dispatch(DISPATCHER, "security"))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD);
          assertThat(e.detail()).contains("GRADE");
        });
  }

  @Test
  void commandNotAllowedInNodeNamesComplaintNodeAndAllowedCommands() {
    Run r = new Run(engine, "C-9", "SAFETY");
    assertThatThrownBy(() -> r.resolve(DEPT)).isInstanceOfSatisfying(CommandRejectedException.class, e -> {
      assertThat(e.reason()).isEqualTo(Reason.NOT_ALLOWED_IN_NODE);
      assertThat(e.complaintId()).isEqualTo("C-9");
      assertThat(e.node()).isEqualTo("ACCEPTANCE");
      assertThat(e.command()).isEqualTo("RecordResolution");
      assertThat(e.allowedCommands()).containsExactly("AcceptComplaint", "RequestInstruction", "GiveInstruction",
          "NotifyCustomer", "ReportIncident", "AddNote", "Withdraw");
      assertThat(e.getMessage()).contains("C-9").contains("ACCEPTANCE").contains("RecordResolution")
          .contains("AcceptComplaint");
    });
  }

  @Test
  void repeatingACommandIdRecordsItsEventsOnce() {
    Run r = new Run(engine, "C-1", "SAFETY");
    var accept = new dev.complaints.core.command.AcceptComplaint("same", "C-1", CS, r.next());
    assertThat(r.exec(accept)).hasSize(2);
    Complaint before = r.complaint;
    var recorded = r.recorded();
    assertThat(r.exec(accept)).isEmpty();
    r.assertNothingRecordedSince(recorded);
    assertThat(r.complaint).isEqualTo(before);
    assertThat(engine.decide(r.complaint, dev.complaints.core.Fixtures.receive("C-1", "SAFETY"))).isEmpty();
  }

  @Test
  void customerViewHidesInternalNotesAndDraftPlansAndMasksPersonalData() {
    Run r = toPlanning();
    r.note(DEPT, "internal: merchant is in arrears", NoteVisibility.INTERNAL);
    r.draft(DEPT);
    CustomerView draftView = r.complaint.customerView();
    assertThat(draftView.plan()).isNull();
    assertThat(draftView.notes()).isEmpty();
    assertThat(draftView.complainant().name()).isEqualTo("张*");
    assertThat(draftView.complainant().phone()).isEqualTo("138****5678");
    assertThat(draftView.complainant().email()).isEqualTo("z***@example.com");
    assertThat(draftView.toString()).doesNotContain("internal:").doesNotContain("13812345678")
        .doesNotContain("张三");
    r.confirm(MANAGER);
    r.note(CS, "we are contacting the merchant", NoteVisibility.CUSTOMER);
    assertThat(r.complaint.customerView().plan()).isNotNull();
    assertThat(r.complaint.customerView().plan().confirmed()).isTrue();
    assertThat(r.complaint.customerView().notes()).extracting(n -> n.text())
        .containsExactly("we are contacting the merchant");
  }

  @Test
  void aNoteToTheCustomerWaitsForAConfirmedPlan() {
    Run r = new Run(engine, "C-1", "SAFETY");
    var received = r.recorded();
    assertThatThrownBy(() -> r.note(CS, "we will refund you", NoteVisibility.CUSTOMER))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.GUARD_FAILED);
          assertThat(e.node()).isEqualTo("ACCEPTANCE");
          assertThat(e.detail()).isEqualTo("a note addressed to the customer is refused before a written plan is"
              + " confirmed (there is no plan): nothing may be promised to the customer before that; write an"
              + " internal note instead");
        });
    r.assertNothingRecordedSince(received);
    Run p = toPlanning();
    p.draft(DEPT);
    assertThatThrownBy(() -> p.note(DEPT, "a refund is planned", NoteVisibility.CUSTOMER))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.GUARD_FAILED);
          assertThat(e.detail()).contains("(the plan is a draft)");
        });
    p.note(DEPT, "a refund is planned", NoteVisibility.INTERNAL);
    p.confirm(MANAGER);
    assertThat(p.types(p.note(DEPT, "the refund is confirmed", NoteVisibility.CUSTOMER)))
        .containsExactly("NoteAdded");
    // the customer rejects the plan: it is a draft again, and so is everything said about it
    p.respond(CS, false);
    var responded = p.recorded();
    assertThatThrownBy(() -> p.note(CS, "a voucher instead?", NoteVisibility.CUSTOMER))
        .isInstanceOfSatisfying(CommandRejectedException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.GUARD_FAILED));
    p.assertNothingRecordedSince(responded);
    assertThat(p.complaint.customerView().notes()).extracting(n -> n.text())
        .containsExactly("the refund is confirmed");
  }

  @Test
  void onlyTheRolesTheDefinitionNamesMayWriteToTheCustomer() {
    assertThat(engine.definition().customerNoteRoles()).containsExactly("CUSTOMER_SERVICE", "DEPARTMENT");
    Run r = toPlanning();
    r.draft(DEPT);
    r.confirm(MANAGER);
    for (var actor : List.of(MANAGER, DISPATCHER, CALL, GROUP, LEADER)) {
      assertThatThrownBy(() -> r.note(actor, "we promise a refund", NoteVisibility.CUSTOMER))
          .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
            assertThat(e.detail()).isEqualTo("actor '" + actor.id() + "' with roles " + actor.roles() + " may not"
                + " write a note addressed to the customer; required role: one of [CUSTOMER_SERVICE, DEPARTMENT]"
                + " (an internal note needs no such role)");
          });
      assertThat(r.types(r.note(actor, "internal view", NoteVisibility.INTERNAL))).containsExactly("NoteAdded");
    }
    r.note(CS, "refund on its way", NoteVisibility.CUSTOMER);
    assertThat(r.complaint.customerView().notes()).extracting(n -> n.text()).containsExactly("refund on its way");
  }

  @Test
  void complaintToStringMasksPersonalData() {
    Run r = toPlanning();
    assertThat(r.complaint.toString()).contains("138****5678").doesNotContain("13812345678")
        .doesNotContain("zhangsan@").doesNotContain("张三");
  }
}
