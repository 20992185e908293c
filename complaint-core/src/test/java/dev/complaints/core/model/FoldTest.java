package dev.complaints.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.CustomerAgreed;
import dev.complaints.core.event.CustomerDisagreed;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.PlanDrafted;
import dev.complaints.core.event.Reassigned;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What each event keeps and what it resets, field by field, on a complaint whose every field is set. Each assertion
 * pins one line of the fold: turning that line into a no-op, or resetting a field it keeps, fails here.
 */
class FoldTest {
  static final Instant AT = Fixtures.T0.plusSeconds(86_400);
  static final Plan PLAN = new Plan(Remedy.REFUND, "zhao", AT.plusSeconds(86_400), "refund the card", true);
  static final Note NOTE = new Note("zhao", AT, "called the shop", NoteVisibility.INTERNAL);

  /** A received complaint, then every field that later events set, set as far from the defaults as it can be. */
  static ImmutableComplaint loaded() {
    Complaint received = WorkflowEngine.of(WorkflowPresets.mallTicket())
        .replay(WorkflowEngine.of(WorkflowPresets.mallTicket()).open(Fixtures.receive("C-1", "SAFETY")));
    return ImmutableComplaint.copyOf(received)
        .withNode("CLOSED")
        .withGrade(Grade.MAJOR)
        .withDepartment("merchant-relations")
        .withAssignee("owner-1")
        .withEscalatedToLeadership(true)
        .withSubstantiated(true)
        .withInvestigationOpinion("checked the records")
        .withPlan(PLAN)
        .withCustomerAgreed(true)
        .withResolution("refunded 300 CNY")
        .withReturnVisit(Satisfaction.DISSATISFIED)
        .withReturnVisitExempted(true)
        .withReturnVisitExemptionRequested(true)
        .withUnresolvedReason("the merchant closed down")
        .withClosed(true)
        .withClosureReason("UNRESOLVED")
        .withWithdrawn(true)
        .withPaused(true)
        .withPendingExtension(Duration.ofHours(24))
        .withNotes(List.of(NOTE))
        .withReopenCount(2);
  }

  static ComplaintReopened reopened(Complaint c) {
    return new ComplaintReopened(c.id(), c.version() + 1, "cmd-reopen", "chen", AT, "customer called again");
  }

  @Test
  void aReopenStartsTheClosingPartAgain() {
    Complaint before = loaded();
    Complaint after = Fold.apply(before, reopened(before));
    assertThat(after.closed()).isFalse();
    assertThat(after.closureReason()).isNull();
    assertThat(after.unresolvedReason()).isNull();
    assertThat(after.withdrawn()).isFalse();
    assertThat(after.reopenCount()).isEqualTo(3);
    assertThat(after.resolution()).as("the work is done again").isNull();
    assertThat(after.returnVisit()).as("a new return visit is made").isNull();
    assertThat(after.returnVisitExempted()).as("an exemption covers the closed round only").isFalse();
    assertThat(after.customerAgreed()).as("the customer agrees to the plan again").isFalse();
  }

  @Test
  void aReopenKeepsWhatTheFirstRoundEstablished() {
    Complaint before = loaded();
    Complaint after = Fold.apply(before, reopened(before));
    assertThat(after.node()).as("the node changes with NodeLeft/NodeEntered, not the reopen").isEqualTo("CLOSED");
    assertThat(after.grade()).isEqualTo(Grade.MAJOR);
    assertThat(after.category()).isEqualTo(before.category());
    assertThat(after.department()).isEqualTo("merchant-relations");
    assertThat(after.assignee()).isEqualTo("owner-1");
    assertThat(after.escalatedToLeadership()).isTrue();
    assertThat(after.substantiated()).isTrue();
    assertThat(after.investigationOpinion()).isEqualTo("checked the records");
    assertThat(after.plan()).as("the plan stays, confirmed, until a new one is drafted").isEqualTo(PLAN);
    assertThat(after.returnVisitExemptionRequested()).as("a request lasts until its node is left").isTrue();
    assertThat(after.paused()).isTrue();
    assertThat(after.pendingExtension()).isEqualTo(Duration.ofHours(24));
    assertThat(after.notes()).containsExactly(NOTE);
    assertThat(after.version()).isEqualTo(before.version() + 1);
    assertThat(after.history()).hasSize(before.history().size() + 1).endsWith(reopened(before));
  }

  @Test
  void aReopenCountsFromTheCountBefore() {
    ImmutableComplaint first = loaded().withReopenCount(0);
    Complaint once = Fold.apply(first, reopened(first));
    assertThat(once.reopenCount()).isEqualTo(1);
    Complaint closedAgain = Fold.apply(once, new ComplaintClosed("C-1", once.version() + 1, "cmd-close", "chen", AT,
        "SATISFIED"));
    assertThat(closedAgain.closed()).isTrue();
    assertThat(closedAgain.closureReason()).isEqualTo("SATISFIED");
    assertThat(Fold.apply(closedAgain, reopened(closedAgain)).reopenCount()).isEqualTo(2);
  }

  @Test
  void leavingTheNodeDropsItsPendingExtensionRequestAndExemptionRequest() {
    ImmutableComplaint before = loaded().withNode("HANDLING");
    Complaint after = Fold.apply(before, new NodeLeft("C-1", before.version() + 1, "cmd-1", "zhao", AT, "HANDLING"));
    assertThat(after.pendingExtension()).as("an extension is asked for the current node only").isNull();
    assertThat(after.returnVisitExemptionRequested()).isFalse();
    // the rest stays, the node too until NodeEntered
    assertThat(after.node()).isEqualTo("HANDLING");
    assertThat(after.returnVisitExempted()).isTrue();
    assertThat(after.customerAgreed()).isTrue();
    assertThat(after.returnVisit()).isEqualTo(Satisfaction.DISSATISFIED);
    assertThat(after.paused()).isTrue();
    assertThat(after.plan()).isEqualTo(PLAN);
    assertThat(after.resolution()).isEqualTo("refunded 300 CNY");
  }

  @Test
  void enteringANodeKeepsAPendingRequestSetAfterTheLeave() {
    ImmutableComplaint before = loaded().withNode("HANDLING");
    Complaint entered = Fold.apply(before, new NodeEntered("C-1", before.version() + 1, "cmd-1", "zhao", AT,
        "RETURN_VISIT"));
    assertThat(entered.node()).isEqualTo("RETURN_VISIT");
    assertThat(entered.pendingExtension()).isEqualTo(Duration.ofHours(24));
    assertThat(entered.returnVisitExemptionRequested()).isTrue();
  }

  @Test
  void aNodeCanOnlyBeLeftFromInsideIt() {
    ImmutableComplaint before = loaded().withNode("HANDLING");
    assertThatThrownBy(() -> Fold.apply(before, new NodeLeft("C-1", before.version() + 1, "cmd-1", "zhao", AT,
        "PLANNING")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complaint C-1 is in node HANDLING, cannot leave PLANNING");
  }

  @Test
  void anEventMustFollowTheVersionAndNameTheComplaint() {
    ImmutableComplaint before = loaded();
    ComplaintEvent skipping = new ComplaintReopened("C-1", before.version() + 2, "c", "chen", AT, "again");
    assertThatThrownBy(() -> Fold.apply(before, skipping)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event version " + (before.version() + 2) + " does not follow complaint C-1 at version "
            + before.version());
    ComplaintEvent same = new ComplaintReopened("C-1", before.version(), "c", "chen", AT, "again");
    assertThatThrownBy(() -> Fold.apply(before, same)).isInstanceOf(IllegalArgumentException.class);
    ComplaintEvent other = new ComplaintReopened("C-2", before.version() + 1, "c", "chen", AT, "again");
    assertThatThrownBy(() -> Fold.apply(before, other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("event of complaint C-2 cannot be applied to complaint C-1");
    assertThatThrownBy(() -> Fold.apply(before, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("event must not be null");
    assertThatThrownBy(() -> Fold.apply(null, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("event must not be null");
  }

  static ComplaintReceived received(long version) {
    return new ComplaintReceived("C-1", version, "rcv", "wang", Fixtures.T0, "mall-ticket", Channel.PHONE,
        new Complainant("张三", "13812345678", "zhangsan@example.com"), Fixtures.T0.minusSeconds(300),
        Subject.of("Tea House", "L2-15"), "SAFETY", "Prepaid card not honoured", List.of(Remedy.REFUND, Remedy.APOLOGY),
        List.of(CustomerNeed.COMPENSATION), "plaza-01", Grade.SERIOUS);
  }

  @Test
  void theFirstEventCarriesTheWholeIntake() {
    ComplaintReceived r = received(1);
    Complaint c = Fold.apply(null, r);
    assertThat(c.id()).isEqualTo("C-1");
    assertThat(c.workflow()).isEqualTo("mall-ticket");
    assertThat(c.channel()).isEqualTo(Channel.PHONE);
    assertThat(c.complainant()).isEqualTo(r.complainant());
    assertThat(c.receivedAt()).isEqualTo(r.receivedAt());
    assertThat(c.subject()).isEqualTo(r.subject());
    assertThat(c.category()).isEqualTo("SAFETY");
    assertThat(c.description()).isEqualTo("Prepaid card not honoured");
    assertThat(c.remediesSought()).containsExactly(Remedy.REFUND, Remedy.APOLOGY);
    assertThat(c.needs()).containsExactly(CustomerNeed.COMPENSATION);
    assertThat(c.grade()).isEqualTo(Grade.SERIOUS);
    assertThat(c.orgUnit()).isEqualTo("plaza-01");
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.history()).containsExactly(r);
    assertThat(c.node()).isNull();
  }

  @Test
  void onlyAVersionOneReceiptStartsAComplaintAndOnlyOnce() {
    assertThatThrownBy(() -> Fold.apply(null, received(2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ComplaintReceived must be version 1, was 2");
    Complaint c = Fold.apply(null, received(1));
    assertThatThrownBy(() -> Fold.apply(c, received(2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complaint C-1 was already received");
    assertThatThrownBy(() -> Fold.apply(null, reopened(c)))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-1"))
        .hasMessage("no complaint with id 'C-1': its first event must be ComplaintReceived, was ComplaintReopened"
            + " version 2");
  }

  @Test
  void dispatchAndReassignmentSetDepartmentAndAssignee() {
    ImmutableComplaint before = loaded().withDepartment(null).withAssignee(null);
    Complaint d = Fold.apply(before, new Dispatched("C-1", before.version() + 1, "c", "li", AT, "security", "guard-7"));
    assertThat(d.department()).isEqualTo("security");
    assertThat(d.assignee()).isEqualTo("guard-7");
    Complaint r = Fold.apply(d, new Reassigned("C-1", d.version() + 1, "c2", "li", AT, "facilities", "tech-2"));
    assertThat(r.department()).isEqualTo("facilities");
    assertThat(r.assignee()).isEqualTo("tech-2");
  }

  @Test
  void aNewDraftIsUnconfirmedAndUndoesTheCustomersAgreement() {
    ImmutableComplaint before = loaded();
    Plan draft = new Plan(Remedy.COMPENSATION, "zhao", AT.plusSeconds(3600), "a voucher", true);
    Complaint c = Fold.apply(before, new PlanDrafted("C-1", before.version() + 1, "c", "zhao", AT, draft));
    assertThat(c.plan()).isEqualTo(draft.withConfirmed(false));
    assertThat(c.customerAgreed()).isFalse();
    Complaint confirmed = Fold.apply(c, new PlanConfirmed("C-1", c.version() + 1, "c2", "chen", AT, null));
    assertThat(confirmed.plan()).isEqualTo(draft.withConfirmed(true));
    Complaint agreed = Fold.apply(confirmed, new CustomerAgreed("C-1", confirmed.version() + 1, "c3", "wang", AT));
    assertThat(agreed.customerAgreed()).isTrue();
    assertThat(agreed.plan()).isEqualTo(draft.withConfirmed(true));
  }

  @Test
  void aDisagreementTakesBackTheAgreementAndTheConfirmation() {
    ImmutableComplaint before = loaded();
    Complaint c = Fold.apply(before, new CustomerDisagreed("C-1", before.version() + 1, "c", "wang", AT, "too little"));
    assertThat(c.customerAgreed()).isFalse();
    assertThat(c.plan()).isEqualTo(PLAN.withConfirmed(false));
    // without a plan there is nothing to take back but the agreement
    ImmutableComplaint noPlan = loaded().withPlan(null);
    Complaint n = Fold.apply(noPlan, new CustomerDisagreed("C-1", noPlan.version() + 1, "c", "wang", AT, "no"));
    assertThat(n.plan()).isNull();
    assertThat(n.customerAgreed()).isFalse();
  }

  @Test
  void onlyAWrittenPlanCanBeConfirmed() {
    ImmutableComplaint noPlan = loaded().withPlan(null);
    assertThatThrownBy(() -> Fold.apply(noPlan, new PlanConfirmed("C-1", noPlan.version() + 1, "c", "chen", AT, null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("complaint C-1 has no plan to confirm");
  }
}
