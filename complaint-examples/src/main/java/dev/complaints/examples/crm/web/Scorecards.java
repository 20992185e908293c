package dev.complaints.examples.crm.web;

import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.jdbc.ComplaintSummary;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.spring.ComplaintEventsAppended;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;

/**
 * The scorecards of the pages and of their downloads: every stored complaint exported as a ticket record
 * ({@link TicketExport}, regions and unit inputs from {@link ScoringInputs}) and scored with the {@code
 * mall-scorecard} rubric under the service's SLA policy, as of the end of the period or now, whichever is
 * earlier. The ticket records are built again only after a command was stored.
 */
final class Scorecards {
  /** The zone months and quarters are counted in: the mall's, as in the scoring module's metrics. */
  static final ZoneId ZONE = MetricOptions.MALL_ZONE;
  /** Months of the trend at most. */
  static final int TREND_MONTHS = 12;

  private final JdbcComplaintStore store;
  private final ScoringInputs scoring;
  private final Clock clock;
  private final TicketExport export;
  private final Scorer scorer;
  private final AtomicLong changes = new AtomicLong();
  private volatile long exportedAt = -1;
  private volatile List<TicketRecord> tickets = List.of();
  /** The record of each complaint at the version it was exported at (null: not a ticket yet). */
  private final Map<String, Exported> exported = new java.util.HashMap<>();

  private record Exported(long version, TicketRecord ticket) {}

  Scorecards(JdbcComplaintStore store, SlaPolicy policy, ScoringInputs scoring, Clock clock,
      WorkflowDefinition workflow) {
    this.store = store;
    this.scoring = scoring;
    this.clock = clock;
    this.export = TicketExport.of(workflow);
    this.scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(policy).build();
  }

  @EventListener
  void appended(ComplaintEventsAppended appended) {
    changes.incrementAndGet();
  }

  /**
   * Every complaint as a ticket record; one that cannot be exported yet (not accepted) is left out. After a
   * command only the complaints whose version moved are read again (the summary rows say which).
   */
  synchronized List<TicketRecord> tickets() {
    long seen = changes.get();
    if (seen == exportedAt) {
      return tickets;
    }
    List<TicketRecord> out = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<ComplaintSummary> rows = store.page(page, JdbcComplaintStore.MAX_PAGE_SIZE);
      for (ComplaintSummary s : rows) {
        Exported known = exported.get(s.id());
        if (known == null || known.version() != s.version()) {
          TicketRecord ticket;
          try {
            ticket = export.export(store.load(s.id()), scoring::regionOf);
          } catch (IllegalArgumentException | IllegalStateException e) {
            ticket = null; // not yet a ticket (for example not accepted): nothing to score
          }
          known = new Exported(s.version(), ticket);
          exported.put(s.id(), known);
        }
        if (known.ticket() != null) {
          out.add(known.ticket());
        }
      }
      if (rows.size() < JdbcComplaintStore.MAX_PAGE_SIZE) {
        break;
      }
    }
    tickets = List.copyOf(out);
    exportedAt = seen;
    return tickets;
  }

  /** The report instant of a month: its end, or now while it lasts. */
  Instant asOf(YearMonth month) {
    return until(Scorer.endOf(month, ZONE));
  }

  /** The report instant of a quarter: its end, or now while it lasts. */
  Instant asOf(Quarter quarter) {
    return until(Scorer.endOf(quarter, ZONE));
  }

  /** Now, or the end of the period when that is earlier. */
  private Instant until(Instant end) {
    Instant now = clock.instant();
    return now.isBefore(end) ? now : end;
  }

  /** The months that have tickets, oldest first. */
  List<YearMonth> months() {
    TreeSet<YearMonth> months = new TreeSet<>();
    tickets().forEach(t -> months.add(t.period(ZONE)));
    return List.copyOf(months);
  }

  /** The latest month with tickets, else the current one. */
  YearMonth latest() {
    List<YearMonth> months = months();
    return months.isEmpty() ? YearMonth.now(clock.withZone(ZONE)) : months.get(months.size() - 1);
  }

  PeriodReport month(YearMonth month) {
    return scorer.score(tickets().stream(), scoring.inputs(), month, asOf(month));
  }

  QuarterAssessment quarter(Quarter quarter) {
    return scorer.assessQuarter(tickets().iterator(), scoring.inputs(), quarter, asOf(quarter));
  }

  /** Each unit's total per month, for the months with tickets up to {@code last} (at most a year). */
  Trend trend(YearMonth last) {
    List<YearMonth> months = months().stream().filter(m -> !m.isAfter(last)).toList();
    if (months.size() > TREND_MONTHS) {
      months = months.subList(months.size() - TREND_MONTHS, months.size());
    }
    Map<String, Map<YearMonth, Integer>> byUnit = new TreeMap<>();
    for (YearMonth m : months) {
      for (MonthlyScorecard c : month(m).units()) {
        byUnit.computeIfAbsent(c.unit(), k -> new LinkedHashMap<>()).put(m, c.total());
      }
    }
    return new Trend(months, byUnit);
  }

  /**
   * Totals per unit and month.
   *
   * @param months the months, oldest first
   * @param totals per unit, the total of each month it was scored in
   */
  record Trend(List<YearMonth> months, Map<String, Map<YearMonth, Integer>> totals) {}
}
