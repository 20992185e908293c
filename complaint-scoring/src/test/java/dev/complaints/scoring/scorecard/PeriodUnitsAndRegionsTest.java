package dev.complaints.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which units a month has, where their regions come from, and region scores with shared ranks. */
class PeriodUnitsAndRegionsTest {
  static final YearMonth OCT = YearMonth.of(2026, 10);
  static final Instant AS_OF = Scorer.endOf(OCT, MetricOptions.MALL_ZONE);

  static UnitInputs in(String unit, YearMonth period, String region, int publicity, int onSite, int concealed,
      CallStats calls) {
    return new UnitInputs(unit, period, region, publicity, onSite, concealed, 0,
        calls);
  }

  static PeriodReport score(List<TicketRecord> tickets, List<UnitInputs> inputs) {
    PeriodAccumulator acc = new PeriodAccumulator(OCT, AS_OF, MetricOptions.defaults(), VisitAlerts.none());
    tickets.forEach(acc::accept);
    return acc.finish(inputs, Rubrics.mallScorecard());
  }

  @Test
  void unitsAreThoseWithTicketsOrInputsInTheMonth() {
    List<TicketRecord> tickets = List.of(
        // 2026-10-01 00:00 in Shanghai: October
        Tickets.builder("a1", "u-a", Instant.parse("2026-09-30T16:00:00Z")).region("city-1").build(),
        // 2026-11-01 00:00 in Shanghai: November, not a ticket of the month
        Tickets.builder("e1", "u-e", Instant.parse("2026-10-31T16:00:00Z")).region("city-1").build(),
        // 2026-09-30 23:59:59 in Shanghai: September
        Tickets.builder("f1", "u-f", Instant.parse("2026-09-30T15:59:59Z")).region("city-1").build(),
        Tickets.builder("b1", "u-b", Instant.parse("2026-10-10T02:00:00Z")).build());
    List<UnitInputs> inputs = List.of(
        in("u-a", OCT, "city-2", 1, 0, 0, null),
        in("u-c", OCT, "city-1", 0, 1, 0, new CallStats(0, 0)),
        in("u-d", OCT.minusMonths(1), "city-1", 9, 9, 9, null));
    PeriodReport r = score(tickets, inputs);
    assertThat(r.units()).extracting(MonthlyScorecard::unit).containsExactly("u-a", "u-b", "u-c");
    MonthlyScorecard a = r.unit("u-a").orElseThrow();
    assertThat(a.region()).as("the input's region wins over the tickets'").isEqualTo("city-2");
    assertThat(a.metrics().tickets()).isEqualTo(1);
    assertThat(a.total()).isEqualTo(95);
    MonthlyScorecard b = r.unit("u-b").orElseThrow();
    assertThat(b.region()).isNull();
    assertThat(b.total()).as("no inputs: counts are 0, answer rate not applicable").isEqualTo(100);
    MonthlyScorecard c = r.unit("u-c").orElseThrow();
    assertThat(c.metrics().tickets()).isZero();
    assertThat(c.total()).isEqualTo(97);
    assertThat(r.regions()).extracting(RegionScore::region).containsExactly("city-1", "city-2");
    assertThat(r.region("city-1").orElseThrow().units()).containsExactly("u-c");
  }

  @Test
  void regionScoresAreRoundedMeansAndTiesShareTheRank() {
    CallStats poor = new CallStats(100, 90);
    List<UnitInputs> inputs = new ArrayList<>(List.of(
        in("v1", OCT, "r-v", 1, 0, 0, null), // 95
        in("v2", OCT, "r-v", 1, 0, 0, null), // 95
        in("v3", OCT, "r-v", 0, 1, 0, null), // 97 → 287 / 3 = 95.666… → 95.67
        in("w1", OCT, "r-w", 1, 0, 0, null), // 95
        in("w2", OCT, "r-w", 0, 1, 0, null), // 97
        in("w3", OCT, "r-w", 0, 2, 0, null), // 94 → 286 / 3 = 95.333… → 95.33
        in("y1", OCT, "r-y", 0, 1, 0, null), // 97
        in("y2", OCT, "r-y", 1, 0, 0, poor), // 93 → 95.00
        in("x1", OCT, "r-x", 1, 0, 0, null), // 95.00
        in("z1", OCT, "r-z", 0, 0, 2, null), // 85.00
        in("n1", OCT, null, 4, 2, 2, null)));
    PeriodReport r = score(List.of(), inputs);
    assertThat(r.unit("y2").orElseThrow().total()).isEqualTo(93);
    assertThat(r.unit("n1").orElseThrow().total()).isEqualTo(57);
    assertThat(r.regions()).extracting(RegionScore::region).containsExactly("r-v", "r-w", "r-x", "r-y", "r-z");
    assertThat(r.regions()).extracting(RegionScore::score).containsExactly(
        new BigDecimal("95.67"), new BigDecimal("95.33"), new BigDecimal("95.00"), new BigDecimal("95.00"),
        new BigDecimal("85.00"));
    assertThat(r.regions()).extracting(RegionScore::rank).containsExactly(1, 2, 3, 3, 5);
  }
}
