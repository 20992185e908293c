package dev.complaints.cli.demo;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the demo prints: what was simulated, the SLA board at the end of the simulation and the month's
 * scorecards.
 *
 * @param seed the seed
 * @param month the simulated month
 * @param asOf the simulated "now": the end of the simulation, the instant of the board and the scorecards
 * @param zone the mall's time zone
 * @param summary counts of what happened to the month's complaints
 * @param history the same counts for the complaints of the month before, played as history for the trends
 * @param board open timers at {@code asOf} (of the month's complaints and the month before's), most urgent first
 * @param inputs the simulated monthly unit inputs (inspection findings, calls) of the month before and the month
 * @param tickets the ticket timeline records the scorecards were computed from, one per complaint received by
 *     {@code asOf}: those of the month before (which the month's scorecards leave out), then the month's, each in
 *     the order of receipt
 * @param scorecards the month's scorecards from the scoring module
 * @param policy the SLA policy of the board and of the red lights
 * @param calendarDataEnds the last date of holiday data of the policy's calendars, as the SLA board reports it;
 *     empty when none is limited to the years of a dataset
 * @param events the events of the complaints received by {@code asOf}, complaint by complaint in the order of
 *     receipt, each complaint's in version order: what the ticket records were exported from
 */
public record DemoReport(
    long seed,
    YearMonth month,
    Instant asOf,
    ZoneId zone,
    Summary summary,
    Summary history,
    List<BoardEntry> board,
    List<UnitInputs> inputs,
    List<TicketRecord> tickets,
    PeriodReport scorecards,
    SlaPolicy policy,
    Optional<LocalDate> calendarDataEnds,
    List<ComplaintEvent> events) {

  /**
   * Makes the lists unmodifiable.
   *
   * @param seed the seed
   * @param month the simulated month
   * @param asOf the simulated "now"
   * @param zone the mall's time zone
   * @param summary counts of what happened
   * @param history counts of the month before
   * @param board open timers at {@code asOf}
   * @param inputs the monthly unit inputs
   * @param tickets the ticket timeline records
   * @param scorecards the month's scorecards
   * @param policy the SLA policy
   * @param calendarDataEnds the last date of holiday data, if any
   * @param events the events the tickets were exported from
   */
  public DemoReport {
    events = List.copyOf(events);
    board = List.copyOf(board);
    inputs = List.copyOf(inputs);
    tickets = List.copyOf(tickets);
  }

  /**
   * The unit inputs of the simulated month alone (those of the month before are exported, not shown).
   *
   * @return the inputs of {@link #month()}
   */
  public List<UnitInputs> monthInputs() {
    return inputs.stream().filter(in -> in.period().equals(month)).toList();
  }

  /**
   * Counts of the simulated month.
   *
   * @param complaints complaints received
   * @param closed closed by {@code asOf} (withdrawn ones included)
   * @param withdrawn withdrawn by the customer
   * @param open still open at {@code asOf}
   * @param events events recorded
   * @param byUnit complaints per plaza
   * @param byGrade complaints per final grade: every grade in severity order (GENERAL to CRITICAL, 0 included),
   *     then {@code UNGRADED} for complaints not graded by {@code asOf}, when there are any
   * @param extensions approved extensions
   * @param escalations dissatisfied return visits that were escalated
   * @param exemptions return visits exempted
   * @param nightIntake complaints received while the mall was closed
   */
  public record Summary(
      int complaints,
      int closed,
      int withdrawn,
      int open,
      long events,
      Map<String, Integer> byUnit,
      Map<String, Integer> byGrade,
      int extensions,
      int escalations,
      int exemptions,
      int nightIntake) {}
}
