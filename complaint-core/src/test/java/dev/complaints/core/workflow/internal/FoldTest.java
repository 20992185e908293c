package dev.complaints.core.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.ImmutableComplaint;
import dev.complaints.core.model.Note;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Plan;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
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
    assertThatThrownBy(() -> Fold.apply(before, null)).isInstanceOf(NullPointerException.class);
  }
}
