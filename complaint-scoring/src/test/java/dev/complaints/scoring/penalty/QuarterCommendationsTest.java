package dev.complaints.scoring.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commendations of a scored quarter: the hand-worked quarter of {@link QuarterAccumulatorTest} plus a third region
 * with two plazas.
 *
 * <pre>
 * unit      region  2026-10  2026-11                     2026-12  quarter   red lights
 * plaza-a1  city-a  78       95                          -        86.50     0
 * plaza-a2  city-a  73       78                          78       76.33     0
 * plaza-b1  city-b  95       95                          90       93.33     2
 * plaza-c1  city-c  100      100                         100      100.00    0 (one quick ticket, C-02)
 * plaza-c2  city-c  100      100 − 5 (C-01, RED_1) = 95  100      98.33     1
 * city-c = (100.00 + 98.33) / 2 = 99.165 → 99.17, rank 1; city-b 93.33, rank 2; city-a 81.42, rank 3
 * </pre>
 *
 * <p>Default ladder: plaza-c1 (100.00, no red light) and city-c (first, 99.17); plaza-c2 reaches 95 but had a red
 * light. With 93 and at most 2 red lights: plaza-b1, plaza-c1 and plaza-c2.
 */
class QuarterCommendationsTest {
  static final Quarter Q4 = Quarter.parse("2026-Q4");

  static List<TicketRecord> tickets() {
    List<TicketRecord> out = new ArrayList<>(QuarterAccumulatorTest.tickets());
    // GRADING from 10:00 to 11:20 against a 1-hour limit: RED_1 (below 150 %)
    String late = QuarterAccumulatorTest.ticket("C-01", "plaza-c2", "city-c", "2026-11-10T10:00:00+08:00",
        "2026-11-10T11:20:00+08:00", "2026-11-10");
    // a quick ticket names plaza-c1's region (its inputs name none)
    String quick = QuarterAccumulatorTest.quick("C-02", "plaza-c1", "city-c", "2026-10-15");
    TicketReader.of(new StringReader(late + "\n" + quick), "test").forEachRemaining(out::add);
    return out;
  }

  static List<UnitInputs> inputs() {
    List<UnitInputs> in = new ArrayList<>(QuarterAccumulatorTest.INPUTS);
    for (String month : List.of("2026-10", "2026-11", "2026-12")) {
      in.add(QuarterAccumulatorTest.in("plaza-c1", month, 0, 0));
      in.add(QuarterAccumulatorTest.in("plaza-c2", month, 0, 0));
    }
    return in;
  }

  static QuarterAssessment assess(Scorer.Builder b) {
    return b.rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build()
        .assessQuarter(tickets().iterator(), inputs(), Q4, Scorer.endOf(Q4, MetricOptions.MALL_ZONE));
  }

  @Test
  void theDefaultLadderCommendsTheUnitWithoutRedLightsAndTheFirstRegion() {
    QuarterAssessment a = assess(Scorer.builder());
    assertThat(a.scores().units()).extracting(u -> u.unit() + " " + u.score())
        .contains("plaza-b1 93.33", "plaza-c1 100.00", "plaza-c2 98.33");
    assertThat(a.scores().regions()).extracting(r -> r.region() + " " + r.score() + " " + r.rank())
        .containsExactly("city-c 99.17 1", "city-b 93.33 2", "city-a 81.42 3");
    assertThat(a.commendations()).extracting(c -> c.rule().id() + " " + c.unit() + " " + c.region() + " "
            + c.score() + " " + c.redLights() + " " + c.rank())
        .containsExactly(
            "unit-quarter-commendation plaza-c1 city-c 100.00 0 null",
            "region-rank-commendation null city-c 99.17 null 1");
    // the penalties are those of the worked quarter, now with city-a last
    assertThat(a.penalties()).extracting(d -> d.rule().id() + " " + d.region())
        .containsExactly("unit-quarter-below-80 city-a", "region-gm-unit-below-80 city-a",
            "region-last-below-90 city-a");
  }

  @Test
  void aConfiguredLadderCountsTheRedLightsOfTheQuarterScorecards() {
    RewardLadder lenient = RewardLadder.builder().unitScoreAtLeast(new BigDecimal("93")).unitRedLightsAtMost(2)
        .regionScoreAtLeast(null).build();
    QuarterAssessment a = assess(Scorer.builder().rewardLadder(lenient));
    assertThat(a.commendations()).extracting(c -> c.unit() + " " + c.redLights())
        .containsExactly("plaza-b1 2", "plaza-c1 0", "plaza-c2 1");
    RewardLadder strict = lenient.toBuilder().unitRedLightsAtMost(1).build();
    assertThat(assess(Scorer.builder().rewardLadder(strict)).commendations()).extracting(Commendation::unit)
        .containsExactly("plaza-c1", "plaza-c2");
    assertThat(assess(Scorer.builder().rewardLadder(RewardLadder.none())).commendations()).isEmpty();
  }

  @Test
  void theScorerKeepsItsLadder() {
    RewardLadder l = RewardLadder.builder().regionRankAtMost(2).build();
    Scorer s = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).rewardLadder(l)
        .build();
    assertThat(s.rewardLadder()).isEqualTo(l);
    assertThat(s.toBuilder().build().rewardLadder()).isEqualTo(l);
    assertThat(Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build()
        .rewardLadder()).isEqualTo(RewardLadder.defaults());
  }

  @Test
  void theJsonListsEachCommendationWithTheFiguresThatEarnedIt() {
    JsonNode doc = QuarterAssessmentJson.toJson(assess(Scorer.builder()), MetricOptions.MALL_ZONE);
    JsonNode unit = doc.at("/commendations/0");
    assertThat(unit.at("/rule").asText()).isEqualTo("unit-quarter-commendation");
    assertThat(unit.at("/unit").asText()).isEqualTo("plaza-c1");
    assertThat(unit.at("/region").asText()).isEqualTo("city-c");
    assertThat(unit.at("/period").asText()).isEqualTo("2026-Q4");
    assertThat(unit.at("/score").decimalValue()).isEqualByComparingTo("100.00");
    assertThat(unit.at("/scoreAtLeast").decimalValue()).isEqualByComparingTo("95");
    assertThat(unit.at("/redLights").asLong()).isZero();
    assertThat(unit.at("/redLightsAtMost").asInt()).isZero();
    assertThat(unit.has("rank")).isFalse();
    assertThat(unit.at("/reasonZh").asText()).isEqualTo(
        "广场 plaza-c1 2026-Q4 季度客诉得分 100.00 分,达到 95 分(含),本季度无红灯:予以表彰");
    JsonNode region = doc.at("/commendations/1");
    assertThat(region.at("/rule").asText()).isEqualTo("region-rank-commendation");
    assertThat(region.get("unit").isNull()).isTrue();
    assertThat(region.at("/region").asText()).isEqualTo("city-c");
    assertThat(region.at("/score").decimalValue()).isEqualByComparingTo("99.17");
    assertThat(region.at("/rank").asInt()).isEqualTo(1);
    assertThat(region.at("/rankAtMost").asInt()).isEqualTo(1);
    assertThat(region.has("redLights")).isFalse();
    assertThat(region.at("/reason").asText())
        .isEqualTo("region city-c ranked first (rank 1) in 2026-Q4 with 99.17, at least 95: commended");
  }
}
