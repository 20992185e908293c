package dev.complaints.scoring.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.json.Json;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A hand-worked quarter (2026-Q4). Every ticket is quick (all items full) except two late GRADING visits of
 * plaza-b1 (RED_1, −5 each); the rest comes from inspection findings.
 *
 * <pre>
 * unit      region  2026-10                      2026-11                   2026-12               quarter
 * plaza-a1  city-a  100 − 22 (4 publicity) = 78  100 − 5 (1 publicity) = 95  no data (missing)   (78+95)/2 = 86.50
 * plaza-a2  city-a  100 − 22 − 5 (1 concealed)=73  100 − 22 = 78             100 − 22 = 78       229/3 = 76.33
 * plaza-b1  city-b  100 − 5 (red light) = 95     100 − 5 (red light) = 95    100 − 10 = 90       280/3 = 93.33
 * city-a = (86.50 + 76.33) / 2 = 81.415 → 81.42, rank 2, last, below 90;  city-b = 93.33, rank 1
 * </pre>
 */
class QuarterAccumulatorTest {

  static final String DAY = "T10:00:00+08:00";

  static String ticket(String id, String unit, String region, String gradingIn, String gradingOut, String day) {
    String next = java.time.LocalDate.parse(day).plusDays(1).toString();
    return "{\"id\":\"" + id + "\",\"unit\":\"" + unit + "\",\"region\":\"" + region + "\",\"channel\":\"PHONE\","
        + "\"category\":\"MERCHANT_SERVICE\",\"grade\":\"GENERAL\",\"acceptedAt\":\"" + gradingIn + "\",\"stages\":["
        + "{\"stage\":\"GRADING\",\"enteredAt\":\"" + gradingIn + "\",\"leftAt\":\"" + gradingOut + "\"},"
        + "{\"stage\":\"HANDLING\",\"enteredAt\":\"" + gradingOut + "\",\"leftAt\":\"" + day + "T15:30:00+08:00\"},"
        + "{\"stage\":\"RETURN_VISIT\",\"enteredAt\":\"" + day + "T15:30:00+08:00\",\"leftAt\":\"" + next + DAY
        + "\"}],\"returnVisit\":{\"result\":\"SATISFIED\"},\"closedAt\":\"" + next + DAY + "\"}";
  }

  static String quick(String id, String unit, String region, String day) {
    return ticket(id, unit, region, day + DAY, day + "T10:20:00+08:00", day);
  }

  static List<TicketRecord> tickets() {
    String text = String.join("\n",
        quick("Q-01", "plaza-a1", "city-a", "2026-10-12"),
        quick("Q-02", "plaza-a2", "city-a", "2026-10-13"),
        quick("Q-03", "plaza-b1", "city-b", "2026-10-14"),
        // 1 business hour from 19:30 on the 25th runs out at 10:30 on the 26th; left at 10:50: RED_1 on the 26th
        ticket("Q-04", "plaza-b1", "city-b", "2026-10-25T19:30:00+08:00", "2026-10-26T10:50:00+08:00", "2026-10-26"),
        quick("Q-05", "plaza-a1", "city-a", "2026-11-09"),
        quick("Q-06", "plaza-a2", "city-a", "2026-11-09"),
        ticket("Q-07", "plaza-b1", "city-b", "2026-11-10T10:00:00+08:00", "2026-11-10T11:20:00+08:00", "2026-11-10"),
        quick("Q-08", "plaza-a2", "city-a", "2026-12-07"),
        quick("Q-09", "plaza-b1", "city-b", "2026-12-08"));
    List<TicketRecord> out = new ArrayList<>();
    TicketReader.of(new StringReader(text), "test").forEachRemaining(out::add);
    return out;
  }

  static UnitInputs in(String unit, String month, int publicity, int concealed) {
    return new UnitInputs(unit, YearMonth.parse(month), null, publicity, 0, concealed, 0,
        null);
  }

  static final List<UnitInputs> INPUTS = List.of(
      in("plaza-a1", "2026-10", 4, 0), in("plaza-a2", "2026-10", 4, 1), in("plaza-a1", "2026-11", 1, 0),
      in("plaza-a2", "2026-11", 4, 0), in("plaza-a2", "2026-12", 4, 0), in("plaza-b1", "2026-12", 2, 0));

  static QuarterAccumulator empty() {
    return new QuarterAccumulator(Quarter.parse("2026-Q4"), null, MetricOptions.defaults(),
        SlaVisitAlerts.of(SlaPolicies.mallTicket()));
  }

  @Test
  void handWorkedQuarter() {
    QuarterAssessment a = empty().acceptAll(tickets().iterator())
        .finish(INPUTS, Rubrics.mallScorecard(), PenaltyLadder.mallDefaults());
    assertThat(a.asOf()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(a.scores().units()).extracting(u -> u.unit() + " " + u.score() + " " + u.monthly().values())
        .containsExactly("plaza-a1 86.50 [78, 95]", "plaza-a2 76.33 [73, 78, 78]", "plaza-b1 93.33 [95, 95, 90]");
    assertThat(a.scores().unit("plaza-a1").orElseThrow().missingMonths()).containsExactly(YearMonth.of(2026, 12));
    assertThat(a.scores().regions()).extracting(r -> r.region() + " " + r.score() + " " + r.rank() + " " + r.last())
        .containsExactly("city-b 93.33 1 false", "city-a 81.42 2 true");
    assertThat(a.penalties()).extracting(d -> d.rule().id() + " " + d.role() + " " + d.unit() + " " + d.value())
        .containsExactly(
            "unit-quarter-below-80 UNIT_MANAGER plaza-a2 0.5",
            "region-gm-unit-below-80 REGION_GENERAL_MANAGER plaza-a2 0.5",
            "region-last-below-90 REGION_GENERAL_MANAGER null 0.25");
    // window 2026-10: a1 4 publicity (80/200/400), a2 4 publicity + 1 concealed; 2026-11: b1 2 red lights
    // (Oct 26 and Nov 10), a1 1 publicity, a2 4 publicity; 2026-12: a2 4 publicity, b1 2 publicity
    assertThat(total(a, "2026-10")).isEqualByComparingTo("1530");
    assertThat(total(a, "2026-11")).isEqualByComparingTo("1190");
    assertThat(total(a, "2026-12")).isEqualByComparingTo("1020");
    assertThat(a.fines()).filteredOn(d -> d.rule() == PenaltyRule.FINE_RED_LIGHT)
        .extracting(d -> d.period() + " " + d.unit() + " " + d.occurrence() + " " + d.value())
        .containsExactly("2026-11 plaza-b1 2 40", "2026-11 plaza-b1 2 100", "2026-11 plaza-b1 2 200");
    assertThat(Json.mapper().valueToTree(QuarterAssessmentJson.toJson(a, MetricOptions.MALL_ZONE)).get("quarter")
        .asText()).isEqualTo("2026-Q4");
  }

  @Test
  void monthsThatBeginAfterTheReportInstantAreNotKnownYet() {
    Instant midNovember = Instant.parse("2026-11-20T04:00:00Z");
    QuarterAssessment a = new QuarterAccumulator(Quarter.parse("2026-Q4"), midNovember, MetricOptions.defaults(),
        SlaVisitAlerts.of(SlaPolicies.mallTicket())).acceptAll(tickets().iterator())
        .finish(INPUTS, Rubrics.mallScorecard(), PenaltyLadder.mallDefaults());
    // December's tickets and December's inputs (a2: 4 publicity, b1: 2 publicity) are both in the future
    assertThat(a.scores().units()).extracting(u -> u.unit() + " " + u.monthly().values())
        .containsExactly("plaza-a1 [78, 95]", "plaza-a2 [73, 78]", "plaza-b1 [95, 95]");
    assertThat(a.fines()).filteredOn(d -> d.period().equals("2026-12")).isEmpty();
    assertThat(total(a, "2026-11")).isEqualByComparingTo("1190");
  }

  @Test
  void theScorerAssessesTheSameQuarterFromAnIteratorAStreamOrInParallel() {
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
    Quarter q4 = Quarter.parse("2026-Q4");
    Instant end = Scorer.endOf(q4, MetricOptions.MALL_ZONE);
    QuarterAssessment expected = empty().acceptAll(tickets().iterator())
        .finish(INPUTS, Rubrics.mallScorecard(), PenaltyLadder.mallDefaults());
    QuarterAssessment a = scorer.assessQuarter(tickets().iterator(), INPUTS, q4, end);
    assertThat(a).isEqualTo(expected);
    assertThat(a.asOf()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(a.scores().units()).extracting(u -> u.unit() + " " + u.score())
        .containsExactly("plaza-a1 86.50", "plaza-a2 76.33", "plaza-b1 93.33");
    assertThat(scorer.assessQuarter(tickets().stream(), INPUTS, q4, end)).isEqualTo(expected);
    assertThat(scorer.toBuilder().parallel(true).build().assessQuarter(tickets().stream(), INPUTS, q4, end))
        .isEqualTo(expected);
    // the same scorer, as of mid-November, and with another ladder: only what changes per call is passed
    Instant midNovember = Instant.parse("2026-11-20T04:00:00Z");
    assertThat(scorer.assessQuarter(tickets().iterator(), INPUTS, q4, midNovember).scores().units())
        .extracting(u -> u.unit() + " " + u.monthly().values())
        .containsExactly("plaza-a1 [78, 95]", "plaza-a2 [73, 78]", "plaza-b1 [95, 95]");
    PenaltyLadder lenient = new PenaltyLadder(new BigDecimal("70"), List.of(new BigDecimal("0.5")),
        BigDecimal.ZERO, new BigDecimal("70"), new BigDecimal("0.25"), BigDecimal.ONE);
    assertThat(scorer.toBuilder().penaltyLadder(lenient).build().assessQuarter(tickets().iterator(), INPUTS, q4, end)
        .penalties()).isEmpty();
  }

  @Test
  void mergingPartsGivesTheSameAssessment() {
    List<TicketRecord> all = tickets();
    QuarterAccumulator a = empty();
    QuarterAccumulator b = empty();
    for (int i = 0; i < all.size(); i++) {
      (i % 2 == 0 ? a : b).accept(all.get(i));
    }
    QuarterAccumulator whole = empty().acceptAll(all.iterator());
    assertThat(QuarterAssessmentJson.toJson(b.merge(a).finish(INPUTS, Rubrics.mallScorecard(), PenaltyLadder.mallDefaults()),
            MetricOptions.MALL_ZONE))
        .isEqualTo(QuarterAssessmentJson.toJson(whole.finish(INPUTS, Rubrics.mallScorecard(), PenaltyLadder.mallDefaults()),
            MetricOptions.MALL_ZONE));
  }

  @Test
  void eachVisitIsEvaluatedOnceForScorecardAndFinesAndARedOneOnceMoreForItsDate() {
    VisitAlerts policy = SlaVisitAlerts.of(SlaPolicies.mallTicket());
    Instant asOf = Instant.parse("2026-12-31T16:00:00Z");
    Map<String, Integer> evaluationsAsOf = new TreeMap<>();
    Map<String, Integer> datingsAsOf = new TreeMap<>();
    VisitAlerts counting = new VisitAlerts() {
      @Override
      public AlertLevel highestLevel(TicketRecord t, StageRecord v, Instant at) {
        if (at.equals(asOf)) {
          evaluationsAsOf.merge(t.id() + " " + t.stages().indexOf(v), 1, Integer::sum);
        }
        return policy.highestLevel(t, v, at);
      }

      @Override
      public @Nullable Instant firstRedAt(TicketRecord t, StageRecord v, Instant at) {
        datingsAsOf.merge(t.id() + " " + t.stages().indexOf(v), 1, Integer::sum);
        return policy.firstRedAt(t, v, at);
      }
    };
    List<TicketRecord> all = new ArrayList<>(tickets());
    // still in GRADING at the report instant, long past its business hour: a red light of an open visit
    all.add(Tickets.builder("OPEN-RED", "plaza-b1", Instant.parse("2026-12-20T02:00:00Z")).region("city-b")
        .stage("GRADING", Instant.parse("2026-12-20T02:00:00Z"), null).build());
    QuarterAssessment counted = new QuarterAccumulator(Quarter.parse("2026-Q4"), null, MetricOptions.defaults(),
        counting).acceptAll(all.iterator()).finish(INPUTS, Rubrics.mallScorecard(), PenaltyLadder.mallDefaults());
    assertThat(evaluationsAsOf).hasSize(9 * 3 + 1);
    assertThat(evaluationsAsOf).allSatisfy((visit, n) -> assertThat(n).as(visit).isEqualTo(1));
    // only red visits are dated, each once
    assertThat(datingsAsOf).isNotEmpty().allSatisfy((visit, n) -> assertThat(n).as(visit).isEqualTo(1));
    assertThat(datingsAsOf.keySet()).allSatisfy(visit -> {
      String[] idAndIndex = visit.split(" ");
      TicketRecord t = all.stream().filter(x -> x.id().equals(idAndIndex[0])).findFirst().orElseThrow();
      assertThat(policy.highestLevel(t, t.stages().get(Integer.parseInt(idAndIndex[1])), asOf).isRed()).isTrue();
    });
    // the open visit is a red light of plaza-b1 in December and in window 2026-12
    assertThat(counted.months().get(2).unit("plaza-b1").orElseThrow().metrics().redLights(AlertLevel.RED_3))
        .isEqualTo(1);
    assertThat(counted.fines()).filteredOn(d -> d.rule() == PenaltyRule.FINE_RED_LIGHT)
        .extracting(PenaltyDecision::period).contains("2026-12");
  }

  static BigDecimal total(QuarterAssessment a, String window) {
    return a.fines().stream().filter(d -> d.period().equals(window)).map(PenaltyDecision::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
