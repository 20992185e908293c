package dev.complaints.scoring.scorecard;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Iterator;
import java.util.stream.Stream;

/** Scores a month of tickets: the entry point of the scoring module. */
public final class Scorer {
  private Scorer() {}

  /**
   * The default report instant for a month: the end of the month (00:00 of the next month's first day in
   * {@code zone}).
   *
   * @param period the month
   * @param zone the unit calendar's zone
   * @return the instant
   */
  public static Instant endOf(YearMonth period, ZoneId zone) {
    return startOf(period.plusMonths(1), zone);
  }

  /**
   * The start of a month: 00:00 of its first day in {@code zone}. A month that starts after a report instant
   * is not known yet, neither its tickets nor its unit inputs.
   *
   * @param period the month
   * @param zone the unit calendar's zone
   * @return the instant
   */
  public static Instant startOf(YearMonth period, ZoneId zone) {
    return period.atDay(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Scores a month with the default metric options (Asia/Shanghai, the exclusions of the mall rules, 24 hours from
   * the first HANDLING entry); red lights are derived with {@code policy}.
   *
   * @param tickets tickets of any months; only the month's are used
   * @param inputs unit inputs of any months
   * @param period the month
   * @param asOf the report instant
   * @param rubric the rubric, for example {@code Rubrics.mallScorecard()}
   * @param policy the SLA policy, for example {@code SlaPolicies.mallTicket()}
   * @return the report
   */
  public static PeriodReport score(
      Stream<TicketRecord> tickets,
      Collection<UnitInputs> inputs,
      YearMonth period,
      Instant asOf,
      Rubric rubric,
      SlaPolicy policy) {
    return score(tickets, inputs, period, asOf, rubric, SlaVisitAlerts.of(policy), MetricOptions.defaults());
  }

  /**
   * Scores a month with the default metric options, reading the tickets once.
   *
   * @param tickets tickets of any months; only the month's are used
   * @param inputs unit inputs of any months
   * @param period the month
   * @param asOf the report instant
   * @param rubric the rubric
   * @param policy the SLA policy
   * @return the report
   */
  public static PeriodReport score(
      Iterator<TicketRecord> tickets,
      Collection<UnitInputs> inputs,
      YearMonth period,
      Instant asOf,
      Rubric rubric,
      SlaPolicy policy) {
    return score(tickets, inputs, period, asOf, rubric, SlaVisitAlerts.of(policy), MetricOptions.defaults());
  }

  /**
   * Scores a month sequentially, reading the tickets once. When the tickets come from a {@link TicketReader},
   * a ticket that cannot be evaluated (for example a stage whose extensions make its limit overflow) is reported as
   * a {@link RecordFormatException} naming the source, the line and the field.
   *
   * @param tickets tickets of any months; only the month's are used
   * @param inputs unit inputs of any months
   * @param period the month
   * @param asOf the report instant
   * @param rubric the rubric
   * @param alerts the SLA alert evaluation of node visits
   * @param options metric options
   * @return the report
   */
  public static PeriodReport score(
      Iterator<TicketRecord> tickets,
      Collection<UnitInputs> inputs,
      YearMonth period,
      Instant asOf,
      Rubric rubric,
      VisitAlerts alerts,
      MetricOptions options) {
    PeriodAccumulator acc = new PeriodAccumulator(period, asOf, options, alerts);
    TicketReader.feed(tickets, acc::accept);
    return acc.finish(inputs, rubric);
  }

  /**
   * Scores a month from a stream (sequential or parallel: parallel streams accumulate per thread and merge).
   *
   * @param tickets tickets of any months
   * @param inputs unit inputs of any months
   * @param period the month
   * @param asOf the report instant
   * @param rubric the rubric
   * @param alerts the SLA alert evaluation of node visits
   * @param options metric options
   * @return the report
   */
  public static PeriodReport score(
      Stream<TicketRecord> tickets,
      Collection<UnitInputs> inputs,
      YearMonth period,
      Instant asOf,
      Rubric rubric,
      VisitAlerts alerts,
      MetricOptions options) {
    PeriodAccumulator acc =
        tickets.collect(
            () -> new PeriodAccumulator(period, asOf, options, alerts),
            PeriodAccumulator::accept,
            PeriodAccumulator::merge);
    return acc.finish(inputs, rubric);
  }

  /**
   * Scores a month in parallel: the stream is made parallel, accumulated per thread and merged.
   *
   * @param tickets tickets of any months
   * @param inputs unit inputs of any months
   * @param period the month
   * @param asOf the report instant
   * @param rubric the rubric
   * @param alerts the SLA alert evaluation of node visits (must be thread-safe)
   * @param options metric options
   * @return the report, equal to the sequential one
   */
  public static PeriodReport scoreParallel(
      Stream<TicketRecord> tickets,
      Collection<UnitInputs> inputs,
      YearMonth period,
      Instant asOf,
      Rubric rubric,
      VisitAlerts alerts,
      MetricOptions options) {
    return score(tickets.parallel(), inputs, period, asOf, rubric, alerts, options);
  }
}
