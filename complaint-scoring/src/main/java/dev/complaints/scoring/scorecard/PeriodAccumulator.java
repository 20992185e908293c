package dev.complaints.scoring.scorecard;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.metrics.UnitAccumulator;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsReader;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.RubricResult;
import dev.complaints.sla.AlertLevel;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates the tickets of one month, unit by unit. Tickets of other months (by the local date of
 * acceptance in the options' zone) and tickets accepted after the report instant are counted as skipped and
 * otherwise ignored. Memory grows with units, not tickets.
 *
 * <p>Accumulators merge exactly: accumulating parts and merging them gives the accumulation of the whole,
 * so a data set can be scored in parallel (see {@link Scorer.Builder#parallel(boolean)}). Not thread-safe.
 */
public final class PeriodAccumulator {
  private final YearMonth period;
  private final Instant asOf;
  private final MetricOptions options;
  private final VisitAlerts alerts;
  private final HashMap<String, UnitAccumulator> units = new HashMap<>();
  /** The period as instants, {@code [from, to)}: the ticket's local date of acceptance is in it exactly then. */
  private final Instant from;
  private final Instant to;
  private @Nullable UnitAccumulator last;
  private long accepted;
  private long skipped;

  /**
   * Creates an empty accumulator.
   *
   * @param period the month
   * @param asOf the report instant
   * @param options metric options (zone, exclusions, resolution basis)
   * @param alerts the SLA alert evaluation of node visits
   */
  public PeriodAccumulator(YearMonth period, Instant asOf, MetricOptions options, VisitAlerts alerts) {
    this.period = Objects.requireNonNull(period, "period");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.options = Objects.requireNonNull(options, "options");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.from = Scorer.startOf(period, options.zone());
    this.to = Scorer.startOf(period.plusMonths(1), options.zone());
  }

  /**
   * Adds a ticket if it belongs to the month.
   *
   * @param t the ticket
   */
  public void accept(TicketRecord t) {
    if (belongs(t)) {
      add(t, TicketOutcome.evaluate(t, asOf, options, alerts));
    }
  }

  /**
   * Adds a ticket if it belongs to the month, with its node visits already evaluated (so that a caller that
   * also needs them for fines evaluates them once).
   *
   * @param t the ticket
   * @param visitLevels its {@link TicketOutcome#visitLevels(TicketRecord, Instant, VisitAlerts)} as of this
   *     accumulator's instant, with this accumulator's alert evaluation
   * @throws IllegalArgumentException when there is not one level per stage
   */
  public void accept(TicketRecord t, List<AlertLevel> visitLevels) {
    if (belongs(t)) {
      add(t, TicketOutcome.evaluate(t, asOf, options, visitLevels));
    }
  }

  /** Whether the ticket is of the month and known by the report instant; counts it as skipped when not. */
  private boolean belongs(TicketRecord t) {
    Instant at = t.acceptedAt();
    if (at.isBefore(from) || !at.isBefore(to) || at.isAfter(asOf)) {
      skipped++;
      return false;
    }
    return true;
  }

  private void add(TicketRecord t, TicketOutcome outcome) {
    accepted++;
    UnitAccumulator unit = last;
    if (unit == null || unit.unit() != t.unit()) {
      unit = units.computeIfAbsent(t.unit(), UnitAccumulator::new);
      last = unit;
    }
    unit.add(t, outcome);
  }

  /**
   * Adds everything another accumulator of the same month and instant holds. The other accumulator is not
   * changed and shares nothing with this one afterwards.
   *
   * @param other the other accumulator
   * @return this accumulator
   */
  public PeriodAccumulator merge(PeriodAccumulator other) {
    if (!other.period.equals(period) || !other.asOf.equals(asOf)) {
      throw new IllegalArgumentException(
          "cannot merge " + other.period + " as of " + other.asOf + " into " + period + " as of " + asOf);
    }
    for (Map.Entry<String, UnitAccumulator> e : other.units.entrySet()) {
      units.computeIfAbsent(e.getKey(), UnitAccumulator::new).merge(e.getValue());
    }
    accepted += other.accepted;
    skipped += other.skipped;
    return this;
  }

  /**
   * The month.
   *
   * @return the period
   */
  public YearMonth period() {
    return period;
  }

  /**
   * The report instant.
   *
   * @return as-of
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * Tickets counted in the month so far.
   *
   * @return the count
   */
  public long accepted() {
    return accepted;
  }

  /**
   * Tickets ignored: of another month or accepted after the report instant.
   *
   * @return the count
   */
  public long skipped() {
    return skipped;
  }

  /**
   * Scores every unit of the month. The units are those with tickets in the month or inputs for it; a unit's
   * region comes from its inputs, else from its tickets (the first in sort order if they disagree); units
   * without a region are scored but left out of region scores.
   *
   * @param inputs unit inputs of any months (only this month's are used, and none when the month begins after
   *     the report instant: like tickets accepted later, they cannot be known yet)
   * @param rubric the rubric
   * @return the report
   * @throws IllegalArgumentException when a unit has two inputs entries for the month
   */
  public PeriodReport finish(Collection<UnitInputs> inputs, Rubric rubric) {
    Map<String, UnitInputs> in = UnitInputsReader.forPeriod(inputs, period);
    if (Scorer.startOf(period, options.zone()).isAfter(asOf)) {
      in = Map.of();
    }
    TreeSet<String> ids = new TreeSet<>(units.keySet());
    ids.addAll(in.keySet());
    List<MonthlyScorecard> cards = new ArrayList<>();
    for (String unit : ids) {
      UnitAccumulator acc = units.getOrDefault(unit, new UnitAccumulator(unit));
      UnitInputs ui = in.getOrDefault(unit, UnitInputs.none(unit, period));
      UnitMetrics m = acc.metrics(ui.calls(), options.reportLimit());
      RubricResult r = rubric.score(m, ui);
      String region = ui.region() != null ? ui.region() : acc.regions().isEmpty() ? null : acc.regions().first();
      cards.add(new MonthlyScorecard(unit, region, period, r.items(), r.extraDeductions(), r.total(), m));
    }
    return new PeriodReport(period, asOf, cards, PeriodReport.rankRegions(cards));
  }
}
