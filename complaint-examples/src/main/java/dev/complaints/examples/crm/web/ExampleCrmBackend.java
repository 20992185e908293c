package dev.complaints.examples.crm.web;

import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Complaint;
import dev.complaints.examples.crm.ComplaintService;
import dev.complaints.examples.crm.JdbcComplaintStore;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * {@link CrmBackend} over the example's own pieces: the {@link ComplaintService} (load, decide, append), the
 * JDBC event store and an in-memory {@link SlaTracker} fed with every stored event.
 */
final class ExampleCrmBackend implements CrmBackend {
  private final ComplaintService service;
  private final JdbcComplaintStore store;
  private final SlaTracker tracker;
  private final Clock clock;

  ExampleCrmBackend(ComplaintService service, JdbcComplaintStore store, SlaTracker tracker, Clock clock) {
    this.service = service;
    this.store = store;
    this.tracker = tracker;
    this.clock = clock;
  }

  @Override
  public Complaint receive(ReceiveComplaint command) {
    return service.receive(command);
  }

  @Override
  public Complaint handle(Command command, OptionalLong expectedVersion) {
    return service.handle(command, expectedVersion);
  }

  @Override
  public Optional<Details> find(String complaintId) {
    return service.find(complaintId).map(this::details);
  }

  /** The complaint's own timers only: the other complaints' lights are not computed. */
  private Details details(Complaint complaint) {
    Instant now = clock.instant();
    List<TimerStatus> open = new ArrayList<>();
    try {
      for (SlaTimer timer : tracker.timersOf(complaint.id())) {
        if (timer.isOpen()) {
          timer.statusAt(now).ifPresent(open::add);
        }
      }
    } catch (IllegalArgumentException e) {
      return new Details(complaint, List.of(), Optional.of(e.getMessage()));
    }
    return new Details(complaint, open, Optional.empty());
  }

  @Override
  public Page page(int page, int size) {
    long total = store.complaintCount();
    List<Complaint> items = store.complaintIds((long) page * size, size).stream()
        .map(service::find).flatMap(Optional::stream).toList();
    return new Page(page, size, total, items);
  }

  @Override
  public Board board() {
    Map<String, String> unanswerable = new TreeMap<>();
    var board = tracker.board(clock.instant(), (id, e) -> unanswerable.put(id, e.getMessage()));
    return new Board(board, unanswerable);
  }
}
