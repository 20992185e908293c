package dev.complaints.scoring.penalty;

import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.period.QuarterReport;
import dev.complaints.scoring.scorecard.PeriodReport;
import java.time.Instant;
import java.util.List;

/**
 * The quarterly assessment: quarterly scores, the penalty decisions of the quarter, the monthly fines of the
 * fine windows that close in the quarter and the quarter's commendations.
 *
 * @param quarter the quarter
 * @param asOf the instant every month was scored as of
 * @param scores the quarter's unit and region scores
 * @param yearToDate the quarterly scores from Q1 of the year up to and including this quarter (the
 *     occurrences the ladders count)
 * @param months the monthly reports of the quarter's months that had data, in month order
 * @param penalties the ladder decisions of this quarter (unit below 80, region last below 90)
 * @param fines the fine decisions of the three windows named by the quarter's months (for 2026-Q4: 2026-09-26
 *     to 2026-12-25), in window, unit, kind and role order
 * @param commendations the commendations of this quarter ({@link RewardLadder}): units by unit id, then regions
 *     by rank and region id
 */
public record QuarterAssessment(
    Quarter quarter,
    Instant asOf,
    QuarterReport scores,
    List<QuarterReport> yearToDate,
    List<PeriodReport> months,
    List<PenaltyDecision> penalties,
    List<PenaltyDecision> fines,
    List<Commendation> commendations) {

  /** Copies the lists. */
  public QuarterAssessment {
    yearToDate = List.copyOf(yearToDate);
    months = List.copyOf(months);
    penalties = List.copyOf(penalties);
    fines = List.copyOf(fines);
    commendations = List.copyOf(commendations);
  }

  /**
   * An assessment without commendations.
   *
   * @param quarter the quarter
   * @param asOf the instant every month was scored as of
   * @param scores the quarter's unit and region scores
   * @param yearToDate the quarterly scores from Q1 up to and including this quarter
   * @param months the monthly reports of the quarter's months that had data
   * @param penalties the ladder decisions of this quarter
   * @param fines the fine decisions of the quarter's three windows
   */
  public QuarterAssessment(Quarter quarter, Instant asOf, QuarterReport scores, List<QuarterReport> yearToDate,
      List<PeriodReport> months, List<PenaltyDecision> penalties, List<PenaltyDecision> fines) {
    this(quarter, asOf, scores, yearToDate, months, penalties, fines, List.of());
  }
}
