package dev.complaints.core.model;

import dev.complaints.core.event.CategoryChanged;
import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ClosedUnresolved;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.ComplaintWithdrawn;
import dev.complaints.core.event.CustomerAgreed;
import dev.complaints.core.event.CustomerDisagreed;
import dev.complaints.core.event.CustomerNotified;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.event.EscalatedToLeadership;
import dev.complaints.core.event.EvidenceRecorded;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.ExtensionRejected;
import dev.complaints.core.event.ExtensionRequested;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.event.InstructionGiven;
import dev.complaints.core.event.InstructionRequested;
import dev.complaints.core.event.InvestigationRecorded;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.event.NoteAdded;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.PlanDrafted;
import dev.complaints.core.event.Reassigned;
import dev.complaints.core.event.ResolutionRecorded;
import dev.complaints.core.event.ReturnVisitExempted;
import dev.complaints.core.event.ReturnVisitExemptionRefused;
import dev.complaints.core.event.ReturnVisitExemptionRequested;
import dev.complaints.core.event.ReturnVisitRecorded;
import dev.complaints.core.internal.Folding;
import dev.complaints.core.store.UnknownComplaintException;
import org.jspecify.annotations.Nullable;

/**
 * The fold of events into a complaint. Pure and deterministic. It lives beside the package-private complaint
 * implementation, the only code that builds complaint states; the engine reaches it through {@link Folding}.
 */
final class Fold {
  static {
    Folding.install(Fold::apply);
  }

  private Fold() {}

  /**
   * Applies one event.
   *
   * @param complaint the complaint before, or null for the first event
   * @param event the event
   * @return the complaint after
   * @throws UnknownComplaintException when there is no complaint and the event is not its receipt
   * @throws IllegalArgumentException when the event does not fit (wrong complaint, version or node)
   */
  static Complaint apply(@Nullable Complaint complaint, ComplaintEvent event) {
    if (event == null) {
      throw new NullPointerException("event must not be null");
    }
    if (complaint == null) {
      if (!(event instanceof ComplaintReceived r)) {
        throw new UnknownComplaintException(event.complaintId(), "its first event must be ComplaintReceived, was "
            + event.getClass().getSimpleName() + " version " + event.version());
      }
      if (r.version() != 1) {
        throw new IllegalArgumentException("ComplaintReceived must be version 1, was " + r.version());
      }
      return ImmutableComplaint.builder()
          .id(r.complaintId())
          .workflow(r.workflow())
          .channel(r.channel())
          .complainant(r.complainant())
          .receivedAt(r.receivedAt())
          .subject(r.subject())
          .category(r.category())
          .description(r.description())
          .remediesSought(r.remediesSought())
          .needs(r.needs())
          .grade(r.grade())
          .orgUnit(r.orgUnit())
          .version(1)
          .addHistory(r)
          .build();
    }
    if (!complaint.id().equals(event.complaintId())) {
      throw new IllegalArgumentException("event of complaint " + event.complaintId()
          + " cannot be applied to complaint " + complaint.id());
    }
    if (event.version() != complaint.version() + 1) {
      throw new IllegalArgumentException("event version " + event.version() + " does not follow complaint "
          + complaint.id() + " at version " + complaint.version());
    }
    ImmutableComplaint c = ImmutableComplaint.copyOf(complaint)
        .withVersion(event.version())
        .withHistory(append(complaint, event));
    if (event instanceof ComplaintReceived) {
      throw new IllegalArgumentException("complaint " + complaint.id() + " was already received");
    } else if (event instanceof NodeEntered e) {
      return c.withNode(e.node());
    } else if (event instanceof NodeLeft e) {
      if (!e.node().equals(complaint.node())) {
        throw new IllegalArgumentException("complaint " + complaint.id() + " is in node " + complaint.node()
            + ", cannot leave " + e.node());
      }
      return c.withPendingExtension(null).withReturnVisitExemptionRequested(false);
    } else if (event instanceof GradeChanged e) {
      return c.withGrade(e.to());
    } else if (event instanceof CategoryChanged e) {
      return c.withCategory(e.to());
    } else if (event instanceof Dispatched e) {
      return c.withDepartment(e.department()).withAssignee(e.assignee());
    } else if (event instanceof Reassigned e) {
      return c.withDepartment(e.department()).withAssignee(e.assignee());
    } else if (event instanceof EscalatedToLeadership) {
      return c.withEscalatedToLeadership(true);
    } else if (event instanceof InvestigationRecorded e) {
      return c.withSubstantiated(e.substantiated()).withInvestigationOpinion(e.opinion());
    } else if (event instanceof PlanDrafted e) {
      return c.withPlan(e.plan().withConfirmed(false)).withCustomerAgreed(false);
    } else if (event instanceof PlanConfirmed) {
      if (complaint.plan() == null) {
        throw new IllegalArgumentException("complaint " + complaint.id() + " has no plan to confirm");
      }
      return c.withPlan(complaint.plan().withConfirmed(true));
    } else if (event instanceof CustomerAgreed) {
      return c.withCustomerAgreed(true);
    } else if (event instanceof CustomerDisagreed) {
      return c.withCustomerAgreed(false)
          .withPlan(complaint.plan() == null ? null : complaint.plan().withConfirmed(false));
    } else if (event instanceof ResolutionRecorded e) {
      return c.withResolution(e.resolution());
    } else if (event instanceof ExtensionRequested e) {
      return c.withPendingExtension(e.amount());
    } else if (event instanceof ExtensionApproved || event instanceof ExtensionRejected) {
      return c.withPendingExtension(null);
    } else if (event instanceof ClockPaused) {
      return c.withPaused(true);
    } else if (event instanceof ClockResumed) {
      return c.withPaused(false);
    } else if (event instanceof ReturnVisitRecorded e) {
      return c.withReturnVisit(e.result());
    } else if (event instanceof ReturnVisitExemptionRequested) {
      return c.withReturnVisitExemptionRequested(true);
    } else if (event instanceof ReturnVisitExemptionRefused) {
      return c.withReturnVisitExemptionRequested(false);
    } else if (event instanceof ReturnVisitExempted) {
      // the request, when there was one, stays recorded until the node is left: it is what was approved
      return c.withReturnVisitExempted(true);
    } else if (event instanceof ClosedUnresolved e) {
      return c.withUnresolvedReason(e.reason());
    } else if (event instanceof ComplaintClosed e) {
      return c.withClosed(true).withClosureReason(e.reason());
    } else if (event instanceof ComplaintReopened) {
      return c.withClosed(false).withClosureReason(null).withUnresolvedReason(null).withWithdrawn(false)
          .withReopenCount(complaint.reopenCount() + 1).withResolution(null).withReturnVisit(null)
          .withReturnVisitExempted(false).withCustomerAgreed(false);
    } else if (event instanceof ComplaintWithdrawn) {
      return c.withWithdrawn(true);
    } else if (event instanceof NoteAdded e) {
      return c.withNotes(concat(complaint, new Note(e.actor(), e.at(), e.text(), e.visibility())));
    } else if (event instanceof CustomerNotified e) {
      NextStep next = e.nextStep() == null || e.nextStepDue() == null ? null
          : new NextStep(e.nextStep(), e.nextStepDue());
      java.util.List<Notification> told = new java.util.ArrayList<>(complaint.notifications());
      told.add(new Notification(e.actor(), e.at(), e.channel(), e.kind(), e.text(), next));
      return c.withNotifications(told).withNextStep(next);
    } else if (event instanceof EvidenceRecorded e) {
      java.util.List<Evidence> evidence = new java.util.ArrayList<>(complaint.evidence());
      evidence.add(new Evidence(e.description(), e.collectedBy(), e.verifiedBy(), e.collectedAt(), e.actor(),
          e.at()));
      return c.withEvidence(evidence);
    } else if (event instanceof InstructionRequested e) {
      java.util.List<Instruction> instructions = new java.util.ArrayList<>(complaint.instructions());
      instructions.add(new Instruction(e.question(), e.actor(), e.at(), null, null, null));
      return c.withInstructions(instructions);
    } else if (event instanceof InstructionGiven e) {
      Instruction pending = complaint.pendingInstruction();
      if (pending == null) {
        throw new IllegalArgumentException("complaint " + complaint.id() + " has no pending request for"
            + " instructions to answer");
      }
      java.util.List<Instruction> instructions = new java.util.ArrayList<>(complaint.instructions());
      instructions.set(instructions.size() - 1, pending.given(e.instruction(), e.actor(), e.at()));
      return c.withInstructions(instructions);
    } else if (event instanceof IncidentReported e) {
      java.util.List<IncidentReport> reports = new java.util.ArrayList<>(complaint.reports());
      reports.add(new IncidentReport(e.reportedTo(), e.summary(), e.reportedAt(), e.actor(), e.at()));
      return c.withReports(reports);
    }
    throw new IllegalStateException("unhandled event type " + event.getClass().getName());
  }

  private static java.util.List<ComplaintEvent> append(Complaint complaint, ComplaintEvent event) {
    java.util.List<ComplaintEvent> list = new java.util.ArrayList<>(complaint.history().size() + 1);
    list.addAll(complaint.history());
    list.add(event);
    return list;
  }

  private static java.util.List<Note> concat(Complaint complaint, Note note) {
    java.util.List<Note> list = new java.util.ArrayList<>(complaint.notes());
    list.add(note);
    return list;
  }
}
