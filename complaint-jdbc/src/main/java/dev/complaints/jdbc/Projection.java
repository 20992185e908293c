package dev.complaints.jdbc;

import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.store.UnknownComplaintException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Folds appended events onto a complaint's previous summary: the same node, grade, org unit and closed flag as
 * the core engine's replay gives, without the rest of the complaint.
 */
final class Projection {
  private Projection() {}

  /**
   * The summary after the events.
   *
   * @param before the summary before, null for a new complaint
   * @param events the appended events, in version order, not empty
   * @param nextChangeAt the next alert change to record, or null
   * @throws UnknownComplaintException when a new complaint does not start with its receipt
   * @throws IllegalArgumentException when a receipt comes later
   */
  static ComplaintSummary fold(@Nullable ComplaintSummary before, List<ComplaintEvent> events,
      @Nullable Instant nextChangeAt) {
    String id;
    String workflow;
    @Nullable String node;
    dev.complaints.core.model.@Nullable Grade grade;
    @Nullable String unit;
    boolean closed;
    Instant receivedAt;
    int from = 0;
    if (before == null) {
      if (!(events.get(0) instanceof ComplaintReceived r)) {
        throw new UnknownComplaintException(events.get(0).complaintId(), "the first event of a new complaint must"
            + " be ComplaintReceived, was " + events.get(0).getClass().getSimpleName() + "; nothing was appended");
      }
      id = r.complaintId();
      workflow = r.workflow();
      node = null;
      grade = r.grade();
      unit = r.orgUnit();
      closed = false;
      receivedAt = Sql.floorMicros(r.receivedAt());
      from = 1;
    } else {
      id = before.id();
      workflow = before.workflow();
      node = before.node();
      grade = before.grade();
      unit = before.unit();
      closed = before.closed();
      receivedAt = before.receivedAt();
    }
    for (ComplaintEvent e : events.subList(from, events.size())) {
      if (e instanceof ComplaintReceived) {
        throw new IllegalArgumentException("complaint " + id + " was already received; ComplaintReceived at version "
            + e.version() + " cannot be appended");
      } else if (e instanceof NodeEntered n) {
        node = n.node();
      } else if (e instanceof NodeLeft) {
        // the node stays until the next one is entered, as in the engine's fold
      } else if (e instanceof GradeChanged g) {
        grade = g.to();
      } else if (e instanceof ComplaintClosed) {
        closed = true;
      } else if (e instanceof ComplaintReopened) {
        closed = false;
      }
    }
    long version = events.get(events.size() - 1).version();
    return new ComplaintSummary(id, workflow, node, grade, unit, version, closed, receivedAt,
        closed || nextChangeAt == null ? null : Sql.ceilMicros(nextChangeAt));
  }
}
