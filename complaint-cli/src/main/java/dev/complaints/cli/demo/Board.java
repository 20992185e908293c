package dev.complaints.cli.demo;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.TimerStatus;
import dev.complaints.sla.tracker.SlaBoard;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SLA board: open timers of the simulated complaints at an instant, as the SLA tracker reports them. */
final class Board {
  private Board() {}

  /**
   * The board as the tracker reported it.
   *
   * @param entries open timers, red ones first (RED_3 → RED_1), then yellow, then those within time
   * @param calendarDataEnds the last date of the policy's holiday data, if any
   */
  record Snapshot(List<BoardEntry> entries, Optional<LocalDate> calendarDataEnds) {}

  /**
   * Feeds every simulated event to a tracker and reads its board.
   *
   * @param policy the SLA policy
   * @param played the simulated complaints
   * @param asOf the instant
   * @return the board
   */
  static Snapshot at(SlaPolicy policy, List<Simulator.Played> played, Instant asOf) {
    SlaTracker tracker = new SlaTracker(policy);
    Map<String, ComplaintPlan> plans = new HashMap<>();
    for (Simulator.Played p : played) {
      tracker.applyAll(p.events());
      plans.put(p.plan().id(), p.plan());
    }
    SlaBoard board = tracker.board(asOf);
    List<BoardEntry> out = new ArrayList<>(board.total());
    AlertLevel[] levels = AlertLevel.values();
    for (int i = levels.length - 1; i >= 0; i--) {
      for (TimerStatus s : board.at(levels[i])) {
        ComplaintPlan plan = plans.get(s.complaintId());
        out.add(new BoardEntry(s.complaintId(), plan.plaza().unit(), plan.plaza().region(),
            s.node() != null ? s.node() : s.targetName(), s.targetName(), s.grade(), s.state(), s.level(), s.startedAt(),
            s.outcome().deadline(), s.outcome().elapsed(), s.outcome().limit()));
      }
    }
    return new Snapshot(out, Optional.ofNullable(board.calendarDataEnds()));
  }
}
