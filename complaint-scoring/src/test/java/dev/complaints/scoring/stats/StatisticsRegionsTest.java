package dev.complaints.scoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.Scorer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A unit's region in the statistics: from its inputs when given, as in the scorecards, else from its tickets. */
class StatisticsRegionsTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  static UnitInputs in(String unit, YearMonth period, String region) {
    return new UnitInputs(unit, period, region, 0, 0, 0, 0, null);
  }

  static TicketRecord ticket(String id, String unit, String region, String accepted) {
    return Tickets.builder(id, unit, at(accepted)).region(region).build();
  }

  /** October: p1's tickets name r-b and r-c, p2's r-b, p3's r-c; p4's name none. */
  static List<TicketRecord> october() {
    return List.of(
        ticket("A", "p1", "r-c", "2026-10-02T10:00:00+08:00"),
        ticket("B", "p1", "r-b", "2026-10-03T10:00:00+08:00"),
        ticket("C", "p2", "r-b", "2026-10-04T10:00:00+08:00"),
        ticket("D", "p3", "r-c", "2026-10-05T10:00:00+08:00"),
        ticket("E", "p4", null, "2026-10-06T10:00:00+08:00"));
  }

  /** p1 and p4 named by their inputs, p3's inputs name no region, p2 has none, p9 has no tickets. */
  static List<UnitInputs> octoberInputs() {
    return List.of(
        in("p1", OCTOBER, "city-x"),
        in("p3", OCTOBER, null),
        in("p4", OCTOBER, "city-y"),
        in("p9", OCTOBER, "city-z"));
  }

  static Map<String, String> regions(Statistics s) {
    Map<String, String> out = new HashMap<>();
    s.units().forEach(u -> out.put(u.unit(), u.region()));
    return out;
  }

  static Statistics statistics(List<TicketRecord> tickets, Instant asOf, List<UnitInputs> inputs) {
    StatisticsAccumulator acc = new StatisticsAccumulator(SHANGHAI, asOf);
    tickets.forEach(acc::add);
    return acc.result(inputs);
  }

  @Test
  void inputsNameTheRegionBeforeTickets() {
    Map<String, String> regions = regions(statistics(october(), null, octoberInputs()));
    assertThat(regions).containsOnly(
        Map.entry("p1", "city-x"), Map.entry("p2", "r-b"), Map.entry("p3", "r-c"), Map.entry("p4", "city-y"));
    // without inputs: the smallest id the tickets name
    StatisticsAccumulator acc = StatisticsAccumulator.shanghai();
    october().forEach(acc::add);
    assertThat(regions(acc.result())).containsEntry("p1", "r-b").containsEntry("p4", null);
    assertThat(acc.result(List.of())).isEqualTo(acc.result());
  }

  @Test
  void sameRegionsAsTheScorecardsOfTheMonth() {
    Instant asOf = Scorer.endOf(OCTOBER, SHANGHAI);
    Map<String, String> scorecards = new HashMap<>();
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none())
        .options(MetricOptions.defaults()).build();
    for (MonthlyScorecard card : scorer.score(october().iterator(), octoberInputs(), OCTOBER, asOf).units()) {
      scorecards.put(card.unit(), card.region());
    }
    Map<String, String> statistics = regions(statistics(october(), asOf, octoberInputs()));
    // the scorecards also list p9, which has inputs but no tickets
    assertThat(scorecards).containsEntry("p9", "city-z");
    scorecards.remove("p9");
    assertThat(statistics).isEqualTo(scorecards);
  }

  @Test
  void theLatestMonthNamingARegionWinsAndLaterMonthsAreNotYetKnown() {
    List<UnitInputs> inputs = List.of(
        in("p1", OCTOBER.plusMonths(1), "city-nov"),
        in("p1", OCTOBER, "city-oct"),
        in("p1", OCTOBER.plusMonths(2), null));
    assertThat(regions(statistics(october(), null, inputs))).containsEntry("p1", "city-nov");
    // as of the last instant of October, November's inputs are not known yet
    Instant endOfOctober = at("2026-11-01T00:00:00+08:00").minusNanos(1);
    assertThat(regions(statistics(october(), endOfOctober, inputs))).containsEntry("p1", "city-oct");
    // from November's first local midnight on they are
    assertThat(regions(statistics(october(), endOfOctober.plusNanos(1), inputs))).containsEntry("p1", "city-nov");
  }

  @Test
  void twoEntriesOfAUnitForOneMonthAreRejected() {
    List<UnitInputs> inputs = List.of(in("p1", OCTOBER, "city-x"), in("p1", OCTOBER, "city-y"));
    StatisticsAccumulator acc = StatisticsAccumulator.shanghai();
    october().forEach(acc::add);
    assertThatThrownBy(() -> acc.result(inputs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p1").hasMessageContaining("2026-10");
  }
}
