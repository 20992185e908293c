package dev.complaints.examples.demo;

import dev.complaints.core.event.CategoryChanged;
import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.ComplaintWithdrawn;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.event.ReturnVisitExempted;
import dev.complaints.core.event.ReturnVisitRecorded;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.record.PauseRecord;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a complaint's event history into the flat ticket timeline record that the scoring module reads: the
 * export a CRM would produce from its event store.
 *
 * <p>Each node visit becomes a stage (entered, left, approved extensions, clock pauses); the grade and category
 * are the final ones; the last return visit result (or the exemption) and the close instant are taken as they
 * stand at the end of the history. Terminal nodes are not stages.
 */
public final class TicketRecords {
  private static final Set<String> TERMINAL = Set.of("CLOSED", "WITHDRAWN");

  private TicketRecords() {}

  /**
   * Builds the record of one complaint.
   *
   * @param events the complaint's events in version order, starting with {@link ComplaintReceived}
   * @param regionOfUnit region of an org unit, or null when unknown
   * @return the ticket record
   */
  public static TicketRecord of(List<ComplaintEvent> events, Function<String, String> regionOfUnit) {
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
    for (ComplaintEvent e : events) {
      if (e instanceof NodeEntered n) {
        open = TERMINAL.contains(n.node()) ? null : new Stage(n.node(), n.at());
        if (open != null) {
          stages.add(open);
        }
      } else if (e instanceof NodeLeft l) {
        if (open != null && open.node.equals(l.node())) {
          open.closePause(l.at());
          open.leftAt = l.at();
        }
        open = null;
      } else if (e instanceof ExtensionApproved x && open != null) {
        open.extensions.add(x.amount());
      } else if (e instanceof ClockPaused p && open != null) {
        open.pauseFrom = p.at();
      } else if (e instanceof ClockResumed r && open != null) {
        open.closePause(r.at());
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
      } else if (e instanceof ComplaintWithdrawn w) {
        closedAt = w.at();
      } else if (e instanceof ComplaintReopened) {
        closedAt = null;
      }
    }
    TicketRecord.Builder b = TicketRecord.builder(received.complaintId(), unit, received.receivedAt())
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
    if (visit != null) {
      b.returnVisit(visit);
    }
    if (closedAt != null) {
      b.closedAt(closedAt);
    }
    return b.build();
  }

  private static final class Stage {
    final String node;
    final Instant enteredAt;
    Instant leftAt;
    final List<Duration> extensions = new ArrayList<>();
    final List<PauseRecord> pauses = new ArrayList<>();
    Instant pauseFrom;

    Stage(String node, Instant enteredAt) {
      this.node = node;
      this.enteredAt = enteredAt;
    }

    void closePause(Instant at) {
      if (pauseFrom != null) {
        pauses.add(PauseRecord.of(pauseFrom, at));
        pauseFrom = null;
      }
    }

    StageRecord toRecord() {
      List<PauseRecord> all = new ArrayList<>(pauses);
      if (pauseFrom != null) {
        all.add(new PauseRecord(pauseFrom, Optional.empty()));
      }
      return new StageRecord(node, enteredAt, Optional.ofNullable(leftAt), List.copyOf(extensions), all);
    }
  }
}
