package dev.complaints.scoring.record;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.event.CategoryChanged;
import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.ComplaintWithdrawn;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.PlanDrafted;
import dev.complaints.core.event.Reassigned;
import dev.complaints.core.event.ResolutionRecorded;
import dev.complaints.core.event.ReturnVisitExempted;
import dev.complaints.core.event.ReturnVisitRecorded;
import dev.complaints.core.model.ClosureReason;
import dev.complaints.core.model.Grade;
import dev.complaints.core.workflow.TransitionDefinition;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a complaint's event history into the flat ticket timeline record that the scorecards read: the export a
 * CRM produces from its event store (see docs/scoring.md, "Ticket records").
 *
 * <ul>
 *   <li><b>acceptedAt</b> is the instant the complaint was accepted: the {@code NodeLeft} of the node change that
 *       the definition makes on {@code AcceptComplaint} (in {@code mall-ticket} ACCEPTANCE → GRADING, in
 *       {@code seven-step} RECEIPT → INVESTIGATION), the first one when there are several. A complaint that was
 *       never accepted (still waiting, or withdrawn before acceptance), and every complaint of a definition
 *       without an {@code AcceptComplaint} transition, has its received instant instead. The ticket's month,
 *       "accepted by the as-of instant", the handling time and the 24 hours counted from acceptance all start
 *       there; the time a complaint waits for acceptance is not the unit's.
 *   <li><b>stages</b>: one per visit of a node that is not terminal in the definition (the initial node
 *       included), in order: entered, left (absent while still there), the extensions approved for that node
 *       while it was open (each with its approval instant; an approval for another node or outside a visit is
 *       left out) and the clock pauses (a pause that outlasts a node goes on in the next one; one still running
 *       is open). A visit of a terminal node is a stage only when it was left, that is when the complaint was
 *       reopened: {@code CLOSED} entered at the close and left at the reopening, without extensions or pauses
 *       (the scorecards count a ticket as reopened by such a stage followed by another). The terminal nodes are
 *       those of the definition.
 *   <li>The grade and category are the final ones; the last return visit result (or the exemption) stands.
 *   <li><b>reportedAt</b> is the earliest report upward ({@code IncidentReported}, the instant the report was
 *       made); absent when the complaint was never reported.
 *   <li><b>closedAt</b> and <b>closeReason</b> come from the last close ({@code ComplaintClosed}, or
 *       {@code ComplaintWithdrawn} with reason {@code WITHDRAWN}); a reopening clears both, and the stages of the
 *       visits after it follow those before.
 *   <li><b>department</b> and <b>handler</b> are those of the last {@code Dispatched} (or {@code Reassigned},
 *       a later dispatch to someone else): the department and person complained about, for the statistics by
 *       department and handler (docs/domain.md §"Root causes").
 *   <li><b>rootCause</b> is that of the last {@code ResolutionRecorded} that names one.
 *   <li><b>plan</b>: {@code due} of the last {@code PlanConfirmed} (the drafted plan's due in histories whose
 *       confirmation does not carry it), {@code doneAt} the first {@code ResolutionRecorded} after that
 *       confirmation, {@code drafts} the number of {@code PlanDrafted}; absent when no plan was confirmed.
 * </ul>
 *
 * <p>Scoring derives every SLA outcome from these stages with the policy, by the same rules as the live timers.
 */
public final class TicketExport {
  private static final String ACCEPT = AcceptComplaint.class.getSimpleName();
  private final Set<String> terminalNodes;
  /** Node changes made on AcceptComplaint, as [from, to]. */
  private final Set<List<String>> acceptances;

  private TicketExport(Set<String> terminalNodes, Set<List<String>> acceptances) {
    this.terminalNodes = Set.copyOf(terminalNodes);
    this.acceptances = Set.copyOf(acceptances);
  }

  /**
   * An export for complaints of a workflow definition: its terminal nodes are stages only when left, and its
   * {@code AcceptComplaint} transitions mark the acceptance.
   *
   * @param definition the workflow definition
   * @return the export
   */
  public static TicketExport of(WorkflowDefinition definition) {
    Objects.requireNonNull(definition, "definition");
    Set<String> terminal = new HashSet<>();
    Set<List<String>> acceptances = new HashSet<>();
    definition.nodes().forEach(n -> {
      if (n.terminal()) {
        terminal.add(n.name());
      }
      for (TransitionDefinition t : n.transitions()) {
        if (t.command().equals(ACCEPT) && t.to() != null) {
          acceptances.add(List.of(n.name(), t.to()));
        }
      }
    });
    return new TicketExport(terminal, acceptances);
  }

  /**
   * The ticket record of one complaint's history.
   *
   * @param events the complaint's events in order, starting with {@code ComplaintReceived}
   * @param regionOfUnit the region of an org unit, or null when it has none
   * @return the record
   * @throws IllegalArgumentException when the history does not start with {@code ComplaintReceived}
   */
  public TicketRecord export(List<? extends ComplaintEvent> events,
      Function<String, @Nullable String> regionOfUnit) {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(regionOfUnit, "regionOfUnit");
    if (events.isEmpty() || !(events.get(0) instanceof ComplaintReceived received)) {
      throw new IllegalArgumentException("a complaint history starts with ComplaintReceived");
    }
    String unit = received.orgUnit() == null ? "unassigned" : received.orgUnit();
    Grade grade = received.grade() == null ? Grade.GENERAL : received.grade();
    String category = received.category();
    List<Stage> stages = new ArrayList<>();
    Stage open = null;
    ReturnVisitRecord visit = null;
    Instant closedAt = null;
    String closeReason = null;
    boolean clockPaused = false;
    Instant acceptedAt = null;
    Stage closedVisit = null;
    NodeLeft lastLeft = null;
    String department = null;
    String handler = null;
    String rootCause = null;
    int drafts = 0;
    Instant draftDue = null;
    Instant planDue = null;
    Instant planDone = null;
    Instant reportedAt = null;
    for (ComplaintEvent e : events) {
      if (e instanceof IncidentReported r && (reportedAt == null || r.reportedAt().isBefore(reportedAt))) {
        reportedAt = r.reportedAt();
      }
      if (e instanceof NodeEntered n) {
        if (acceptedAt == null && lastLeft != null && acceptances.contains(List.of(lastLeft.node(), n.node()))) {
          acceptedAt = lastLeft.at();
        }
        lastLeft = null;
        closedVisit = terminalNodes.contains(n.node()) ? new Stage(n.node(), n.at()) : null;
        open = closedVisit != null ? null : new Stage(n.node(), n.at());
        if (open != null) {
          stages.add(open);
          if (clockPaused) {
            open.pauseFrom = n.at(); // a pause that outlasts a node goes on in the next one
          }
        }
      } else if (e instanceof NodeLeft l) {
        lastLeft = l;
        if (closedVisit != null && closedVisit.node.equals(l.node())) {
          closedVisit.leftAt = l.at(); // a terminal node is only left by a reopening: the close becomes a stage
          stages.add(closedVisit);
          closedVisit = null;
        }
        if (open != null && open.node.equals(l.node())) {
          open.closePause(l.at());
          open.leftAt = l.at();
        }
        open = null;
      } else if (e instanceof ExtensionApproved x && open != null && open.node.equals(x.node())) {
        open.extensions.add(Extension.of(x.amount(), x.at()));
      } else if (e instanceof ClockPaused p) {
        if (open != null && !clockPaused) {
          open.pauseFrom = p.at();
        }
        clockPaused = true;
      } else if (e instanceof ClockResumed r) {
        if (open != null) {
          open.closePause(r.at());
        }
        clockPaused = false;
      } else if (e instanceof GradeChanged g) {
        grade = g.to();
      } else if (e instanceof CategoryChanged c) {
        category = c.to();
      } else if (e instanceof ReturnVisitRecorded v) {
        visit = ReturnVisitRecord.of(v.result());
      } else if (e instanceof ReturnVisitExempted) {
        visit = ReturnVisitRecord.exempted();
      } else if (e instanceof ComplaintClosed c) {
        closedAt = c.at();
        closeReason = c.reason();
      } else if (e instanceof ComplaintWithdrawn w) {
        closedAt = w.at();
        closeReason = ClosureReason.WITHDRAWN;
      } else if (e instanceof Dispatched d) {
        department = d.department();
        handler = d.assignee();
      } else if (e instanceof Reassigned d) {
        department = d.department();
        handler = d.assignee();
      } else if (e instanceof PlanDrafted p) {
        drafts++;
        draftDue = p.plan().due();
      } else if (e instanceof PlanConfirmed p) {
        planDue = p.due() != null ? p.due() : draftDue;
        planDone = null;
      } else if (e instanceof ResolutionRecorded r) {
        if (r.rootCause() != null) {
          rootCause = r.rootCause();
        }
        if (planDue != null && planDone == null) {
          planDone = r.at();
        }
      } else if (e instanceof ComplaintReopened) {
        closedAt = null;
        closeReason = null;
      }
    }
    TicketRecord.Builder b = TicketRecord.builder(received.complaintId(), unit,
            acceptedAt == null ? received.receivedAt() : acceptedAt)
        .channel(received.channel())
        .category(category)
        .grade(grade)
        .subject(received.subject().name());
    String region = regionOfUnit.apply(unit);
    if (region != null) {
      b.region(region);
    }
    if (received.subject().location() != null) {
      b.location(received.subject().location());
    }
    for (Stage s : stages) {
      b.stage(s.toRecord());
    }
    b.department(department).handler(handler).rootCause(rootCause);
    if (planDue != null) {
      b.plan(new PlanRecord(planDue, planDone, Math.max(1, drafts)));
    }
    if (visit != null) {
      b.returnVisit(visit);
    }
    if (closedAt != null) {
      b.closedAt(closedAt).closeReason(closeReason);
    }
    return b.reportedAt(reportedAt).build();
  }

  private static final class Stage {
    final String node;
    final Instant enteredAt;
    Instant leftAt;
    final List<Extension> extensions = new ArrayList<>();
    final List<Pause> pauses = new ArrayList<>();
    Instant pauseFrom;

    Stage(String node, Instant enteredAt) {
      this.node = node;
      this.enteredAt = enteredAt;
    }

    void closePause(Instant at) {
      if (pauseFrom != null) {
        pauses.add(Pause.of(pauseFrom, at));
        pauseFrom = null;
      }
    }

    StageRecord toRecord() {
      List<Pause> all = new ArrayList<>(pauses);
      if (pauseFrom != null) {
        all.add(Pause.open(pauseFrom));
      }
      return new StageRecord(node, enteredAt, leftAt, List.copyOf(extensions), all);
    }
  }
}
