package dev.complaints.scoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SatisfactionCounts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * Statistics and scorecards decide "return visit done by the as-of instant" by one rule, so their visited,
 * satisfied and exempt counts agree for the same tickets, month and instant.
 */
class StatisticsAgreeWithScorecardsTest {

  static final MetricOptions OPTIONS = MetricOptions.defaults();
  static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  /** Unit → {visited, satisfied, exempt} of one month from the statistics. */
  static Map<String, List<Long>> fromStatistics(List<TicketRecord> tickets, YearMonth month, Instant asOf) {
    StatisticsAccumulator acc = new StatisticsAccumulator(OPTIONS.zone(), asOf);
    tickets.forEach(acc::add);
    Map<String, List<Long>> out = new TreeMap<>();
    for (UnitStatistics u : acc.result().units()) {
      for (MonthTrend m : u.stats().months()) {
        // a month without tickets of the unit has no scorecard; the trend lists it with zeros
        if (m.month().equals(month) && m.volume() > 0) {
          out.put(u.unit(), List.of(m.visited(), m.satisfied(), m.exempt()));
        }
      }
    }
    return out;
  }

  /** Unit → {visited, satisfied, exempt} of one month from the scorecards. */
  static Map<String, List<Long>> fromScorecards(List<TicketRecord> tickets, YearMonth month, Instant asOf) {
    PeriodReport report = Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none())
        .options(OPTIONS).build()
        .score(tickets.iterator(), List.of(), month, asOf);
    Map<String, List<Long>> out = new TreeMap<>();
    for (MonthlyScorecard card : report.units()) {
      SatisfactionCounts s = card.metrics().satisfaction();
      out.put(card.unit(), List.of(s.visited(), s.satisfied(), s.exempt()));
    }
    return out;
  }

  /** October tickets of one unit whose return visits are decided at different instants. */
  static List<TicketRecord> octoberTickets() {
    Instant acc = at("2026-10-10T10:00:00+08:00");
    return List.of(
        // return visit left on the 12th: decided then
        Tickets.builder("LEFT", "p", acc).stage("RETURN_VISIT", at("2026-10-11T10:00:00+08:00"),
                at("2026-10-12T10:00:00+08:00"))
            .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED))
            .closedAt(at("2026-10-12T10:00:00+08:00")).build(),
        // return visit still open on the 20th: pending until it is left on the 25th
        Tickets.builder("OPEN", "p", acc).stage("RETURN_VISIT", at("2026-10-11T10:00:00+08:00"),
                at("2026-10-25T10:00:00+08:00"))
            .returnVisit(ReturnVisitRecord.of(Satisfaction.VERY_SATISFIED))
            .closedAt(at("2026-10-25T10:00:00+08:00")).build(),
        // no RETURN_VISIT stage: decided at the close on the 22nd
        Tickets.builder("NO-STAGE", "p", acc)
            .returnVisit(ReturnVisitRecord.of(Satisfaction.DISSATISFIED))
            .closedAt(at("2026-10-22T10:00:00+08:00")).build(),
        // exempt without a RETURN_VISIT stage, closed on the 28th
        Tickets.builder("EXEMPT", "p", acc)
            .returnVisit(ReturnVisitRecord.exempted())
            .closedAt(at("2026-10-28T10:00:00+08:00")).build(),
        // dissatisfied visit escalated, second visit (listed first) left on the 24th: decided then
        Tickets.builder("TWICE", "p", acc)
            .stage("RETURN_VISIT", at("2026-10-18T10:00:00+08:00"), at("2026-10-24T10:00:00+08:00"))
            .stage("RETURN_VISIT", at("2026-10-11T10:00:00+08:00"), at("2026-10-12T10:00:00+08:00"))
            .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED))
            .closedAt(at("2026-10-24T10:00:00+08:00")).build());
  }

  @Test
  void pendingVisitsAreLeftOutOfBothAlike() {
    List<TicketRecord> tickets = octoberTickets();
    Instant asOf = at("2026-10-20T10:00:00+08:00");
    // only LEFT is decided by the 20th: OPEN is still in its visit, NO-STAGE and EXEMPT are not closed,
    // TWICE is in the visit after its escalation
    assertThat(fromStatistics(tickets, OCTOBER, asOf)).containsExactly(Map.entry("p", List.of(1L, 1L, 0L)));
    assertThat(fromScorecards(tickets, OCTOBER, asOf)).containsExactly(Map.entry("p", List.of(1L, 1L, 0L)));
    Instant later = at("2026-10-26T10:00:00+08:00");
    // EXEMPT still open on the 26th
    assertThat(fromStatistics(tickets, OCTOBER, later)).containsExactly(Map.entry("p", List.of(4L, 3L, 0L)));
    assertThat(fromScorecards(tickets, OCTOBER, later)).containsExactly(Map.entry("p", List.of(4L, 3L, 0L)));
  }

  @Test
  void agreeForEveryUnitMonthAndInstant() {
    qt().forAll(SourceDSL.lists().of(SourceDSL.longs().all()).ofSizeBetween(0, 40),
            SourceDSL.integers().between(0, 90 * 24))
        .checkAssert((seeds, hours) -> {
          List<TicketRecord> tickets = seeds.stream().map(StatisticsAgreeWithScorecardsTest::ticket).toList();
          Instant asOf = at("2026-10-01T00:00:00+08:00").plus(Duration.ofHours(hours));
          for (YearMonth month : List.of(OCTOBER, OCTOBER.plusMonths(1), OCTOBER.plusMonths(2))) {
            assertThat(fromStatistics(tickets, month, asOf))
                .as("%s as of %s", month, asOf)
                .isEqualTo(fromScorecards(tickets, month, asOf));
          }
        });
  }

  /**
   * A ticket from a seed: October to December, return visits with and without RETURN_VISIT stages, left or
   * still open, listed in or out of order, closed or not.
   */
  static TicketRecord ticket(long seed) {
    Random r = new Random(seed);
    Instant accepted = at("2026-10-01T00:00:00+08:00").plusSeconds(r.nextInt(90 * 24 * 3600));
    TicketRecord.Builder b = Tickets.builder("T" + seed, "p" + r.nextInt(3), accepted);
    List<Instant[]> visits = new ArrayList<>();
    Instant t = accepted;
    for (int i = r.nextInt(3); i > 0; i--) {
      Instant entered = t.plusSeconds(r.nextInt(5 * 24 * 3600));
      Instant left = r.nextInt(4) == 0 ? null : entered.plusSeconds(r.nextInt(5 * 24 * 3600));
      visits.add(new Instant[] {entered, left});
      t = left == null ? entered : left;
    }
    if (r.nextBoolean()) {
      java.util.Collections.reverse(visits);
    }
    visits.forEach(v -> b.stage("RETURN_VISIT", v[0], v[1]));
    switch (r.nextInt(4)) {
      case 0 -> b.returnVisit(ReturnVisitRecord.exempted());
      case 3 -> { }
      default -> b.returnVisit(ReturnVisitRecord.of(Satisfaction.values()[r.nextInt(Satisfaction.values().length)]));
    }
    if (r.nextInt(3) > 0) {
      b.closedAt(t.plusSeconds(r.nextInt(3 * 24 * 3600)));
    }
    return b.build();
  }
}
