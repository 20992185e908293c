package dev.complaints.scoring.penalty;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.period.MonthlyUnitScore;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.period.QuarterReport;
import dev.complaints.scoring.period.QuarterlyScoring;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Finding;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodAccumulator;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.AlertLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads tickets once and produces a {@link QuarterAssessment}: the monthly scorecards of every month from
 * January to the end of the quarter (the penalty ladders count occurrences within the year), the quarterly
 * scores, the ladder decisions and the monthly fines.
 *
 * <p>Every month is scored as of the same instant (by default the end of the quarter). Tickets accepted in
 * other years, after the quarter or after the as-of instant are ignored by the scorecards; red lights are
 * counted for fines from every ticket, dated when reached. Each ticket's node visits are evaluated once, for
 * its scorecard and its fines alike (only the instants at which red lights were reached are looked up
 * besides). Memory grows with units and months, not tickets;
 * accumulators merge exactly, so a data set can be assessed in parallel. Not thread-safe.
 */
public final class QuarterAccumulator {

  private final Quarter quarter;
  private final Instant asOf;
  private final MetricOptions options;
  private final VisitAlerts alerts;
  private final Map<YearMonth, PeriodAccumulator> months = new TreeMap<>();
  private final FineCollector fines;

  /**
   * An empty accumulator with the fines of the mall rules.
   *
   * @param quarter the quarter to assess
   * @param asOf the report instant, or null for the end of the quarter (00:00 of the next quarter's first
   *     day in the options' zone)
   * @param options metric options
   * @param alerts the SLA alert evaluation of node visits (must be thread-safe to merge parts)
   */
  public QuarterAccumulator(Quarter quarter, @Nullable Instant asOf, MetricOptions options, VisitAlerts alerts) {
    this.quarter = Objects.requireNonNull(quarter, "quarter");
    this.options = Objects.requireNonNull(options, "options");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.asOf = asOf != null ? asOf : Scorer.endOf(quarter.months().get(2), options.zone());
    for (Quarter q : quarter.yearToDate()) {
      for (YearMonth m : q.months()) {
        months.put(m, new PeriodAccumulator(m, this.asOf, options, alerts));
      }
    }
    this.fines = new FineCollector(alerts, this.asOf, MonthlyFines.mallDefaults(options.zone()));
  }

  /**
   * The report instant.
   *
   * @return the instant every month is scored as of
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Adds one ticket.
   *
   * @param t the ticket
   * @throws dev.complaints.scoring.record.FieldException naming the visit ({@code stages[i]}) and the ticket
   *     when a node visit cannot be evaluated
   */
  public void accept(TicketRecord t) {
    // one evaluation of the node visits serves the month's scorecard and the fines
    List<AlertLevel> visitLevels = TicketOutcome.visitLevels(t, asOf, alerts);
    PeriodAccumulator month = months.get(t.period(options.zone()));
    if (month != null) {
      month.accept(t, visitLevels);
    }
    fines.addTicket(t, visitLevels);
  }

  /**
   * Adds every ticket of an iterator. When the tickets come from a {@link TicketReader}, a ticket that cannot
   * be evaluated (for example a visit whose extensions make its limit overflow) is reported as a
   * {@link RecordFormatException} naming the source, the line and the field, as by the month's
   * {@link Scorer}.
   *
   * @param tickets the tickets
   * @return this accumulator
   * @throws RecordFormatException when a line cannot be read or a ticket of a reader cannot be evaluated
   */
  public QuarterAccumulator acceptAll(Iterator<TicketRecord> tickets) {
    TicketReader.feed(tickets, this::accept);
    return this;
  }

  /**
   * Adds the counts of another accumulator of the same quarter, instant and options.
   *
   * @param other the other part; it is not changed
   * @return this accumulator
   */
  public QuarterAccumulator merge(QuarterAccumulator other) {
    if (!quarter.equals(other.quarter) || !asOf.equals(other.asOf)) {
      throw new IllegalArgumentException("cannot merge assessments of different quarters or instants");
    }
    months.forEach((m, acc) -> acc.merge(other.months.get(m)));
    fines.fines().merge(other.fines.fines());
    return this;
  }

  /**
   * Scores the months, the quarters and decides the penalties and the commendations of the
   * {@link RewardLadder#defaults() default reward ladder}.
   *
   * @param inputs unit inputs of any months (those of the year up to the quarter are used; publicity and
   *     concealment findings of the quarter's months are fined; months that begin after the report instant
   *     are left out, as their tickets are)
   * @param rubric the monthly rubric
   * @param ladder the penalty ladder
   * @return the assessment
   */
  public QuarterAssessment finish(Collection<UnitInputs> inputs, Rubric rubric, PenaltyLadder ladder) {
    return finish(inputs, rubric, ladder, RewardLadder.defaults());
  }

  /**
   * Scores the months, the quarters and decides the penalties and the commendations.
   *
   * @param inputs unit inputs of any months (those of the year up to the quarter are used; publicity and
   *     concealment findings of the quarter's months are fined, the concealment findings counted from the tickets
   *     as the month's scorecard counts them when the inputs leave them out; months that begin after the report
   *     instant are left out, as their tickets are)
   * @param rubric the monthly rubric
   * @param ladder the penalty ladder
   * @param rewards the reward ladder; a unit's red lights are those of its scorecards of the quarter's months
   * @return the assessment
   */
  public QuarterAssessment finish(Collection<UnitInputs> inputs, Rubric rubric, PenaltyLadder ladder,
      RewardLadder rewards) {
    List<MonthlyUnitScore> monthly = new ArrayList<>();
    List<PeriodReport> quarterMonths = new ArrayList<>();
    // each unit's metrics per month, for the concealment figures counted from the tickets
    Map<String, UnitMetrics> metrics = new HashMap<>();
    for (var e : months.entrySet()) {
      PeriodReport report = e.getValue().finish(inputs, rubric);
      for (MonthlyScorecard card : report.units()) {
        monthly.add(new MonthlyUnitScore(
            card.unit(), card.region(), e.getKey(), BigDecimal.valueOf(card.total())));
        metrics.put(card.unit() + "\u0000" + e.getKey(), card.metrics());
      }
      if (quarter.contains(e.getKey()) && !report.units().isEmpty()) {
        quarterMonths.add(report);
      }
    }
    List<QuarterReport> ytd = QuarterlyScoring.yearToDate(quarter, monthly);
    MonthlyFines counted = fines.fines().emptyCopy().merge(fines.fines());
    Map<String, String> regions = new TreeMap<>();
    for (MonthlyUnitScore m : monthly) {
      if (m.region() != null) {
        regions.put(m.unit(), m.region());
      }
    }
    for (UnitInputs in : inputs) {
      if (quarter.contains(in.period()) && !Scorer.startOf(in.period(), options.zone()).isAfter(asOf)) {
        String region = in.region() != null ? in.region() : regions.get(in.unit());
        FineWindow w = new FineWindow(in.period());
        counted.add(FineKind.PUBLICITY, in.unit(), region, w, in.publicityFindings());
        // the same figure as the month's scorecard: the inputs' when given, else counted from the tickets
        UnitMetrics m = metrics.remove(in.unit() + "\u0000" + in.period());
        int concealed = m == null ? Finding.CONCEALED.count(in) : Finding.CONCEALED.count(in, m);
        counted.add(FineKind.CONCEALED, in.unit(), region, w, concealed);
      }
    }
    // units scored in a quarter month without an inputs entry: their concealment is the tickets' count alone
    for (PeriodReport report : quarterMonths) {
      for (MonthlyScorecard card : report.units()) {
        UnitMetrics m = metrics.remove(card.unit() + "\u0000" + report.period());
        if (m != null && m.reporting().late() > 0) {
          counted.add(FineKind.CONCEALED, card.unit(), card.region(), new FineWindow(report.period()),
              (int) Math.min(Integer.MAX_VALUE, m.reporting().late()));
        }
      }
    }
    List<PenaltyDecision> fineDecisions = new ArrayList<>();
    for (YearMonth m : quarter.months()) {
      fineDecisions.addAll(counted.decisions(new FineWindow(m)));
    }
    QuarterReport scores = ytd.get(ytd.size() - 1);
    return new QuarterAssessment(quarter, asOf, scores, ytd, quarterMonths,
        ladder.decide(quarter, ytd), fineDecisions, rewards.decide(scores, quarterMonths));
  }
}
