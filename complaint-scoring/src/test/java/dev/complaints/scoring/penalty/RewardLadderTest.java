package dev.complaints.scoring.penalty;

import static dev.complaints.scoring.penalty.PenaltyLadderTest.quarter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.period.QuarterReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The commendations of a quarter under the default reward ladder (a unit at 95 or more without a red light; the
 * first region at 95 or more) and configured ones. Every quarter is hand-built: each unit's quarterly score is the
 * one monthly total given, each region's the mean of its units'.
 */
class RewardLadderTest {

  final RewardLadder rewards = RewardLadder.defaults();

  static List<String> who(List<Commendation> cs) {
    return cs.stream().map(c -> c.rule().id() + " " + (c.unit() == null ? c.region() : c.unit())).toList();
  }

  @Test
  void aUnitAtNinetyFiveExactlyIsCommendedAndOneAtNinetyFourNinetyNineIsNot() {
    QuarterReport q = quarter(4, "a", "ra", "95.00", "b", "ra", "94.99", "c", "rb", "100");
    List<Commendation> cs = rewards.decide(q, Map.of());
    assertThat(cs).filteredOn(c -> c.rule() == CommendationRule.UNIT_QUARTER)
        .extracting(Commendation::unit).containsExactly("a", "c");
    Commendation a = cs.get(0);
    assertThat(a.region()).isEqualTo("ra");
    assertThat(a.quarter()).isEqualTo(Quarter.parse("2026-Q4"));
    assertThat(a.score()).isEqualByComparingTo("95.00");
    assertThat(a.scoreAtLeast()).isEqualByComparingTo("95");
    assertThat(a.redLights()).isZero();
    assertThat(a.redLightsAtMost()).isZero();
    assertThat(a.rank()).isNull();
    assertThat(a.reason())
        .isEqualTo("unit a scored 95.00 in 2026-Q4, at least 95, with no red light in the quarter: commended");
    assertThat(a.reasonZh()).isEqualTo("广场 a 2026-Q4 季度客诉得分 95.00 分,达到 95 分(含),本季度无红灯:予以表彰");
  }

  @Test
  void oneRedLightInTheQuarterBlocksTheUnitCommendation() {
    QuarterReport q = quarter(4, "a", "ra", "100", "b", "ra", "98", "c", "rb", "96");
    List<Commendation> cs = rewards.decide(q, Map.of("a", 1L, "c", 0L));
    assertThat(cs).filteredOn(c -> c.rule() == CommendationRule.UNIT_QUARTER)
        .extracting(Commendation::unit).containsExactly("b", "c");
    // allowing one red light commends a, and says how many it had
    List<Commendation> lenient =
        RewardLadder.builder().unitRedLightsAtMost(1).build().decide(q, Map.of("a", 1L, "c", 0L));
    assertThat(lenient).filteredOn(c -> c.rule() == CommendationRule.UNIT_QUARTER)
        .extracting(Commendation::unit).containsExactly("a", "b", "c");
    assertThat(lenient.get(0).redLights()).isEqualTo(1L);
    assertThat(lenient.get(0).redLightsAtMost()).isEqualTo(1);
    assertThat(lenient.get(0).reason()).contains("with 1 red light in the quarter, at most 1: commended");
    assertThat(lenient.get(0).reasonZh()).contains("本季度红灯 1 次,不超过 1 次");
    // not counting red lights at all
    List<Commendation> uncounted =
        RewardLadder.builder().unitRedLightsAtMost(null).build().decide(q, Map.of("a", 7L));
    assertThat(uncounted.get(0).unit()).isEqualTo("a");
    assertThat(uncounted.get(0).redLights()).isEqualTo(7L);
    assertThat(uncounted.get(0).redLightsAtMost()).isNull();
    assertThat(uncounted.get(0).reason()).contains("7 red lights in the quarter (not counted by the rule)");
  }

  @Test
  void theFirstRegionIsCommendedWhenItsMeanReachesNinetyFive() {
    // ra = (96 + 95) / 2 = 95.50, rank 1; rb = 100 and 80 → 90.00, rank 2
    QuarterReport q = quarter(4, "a1", "ra", "96", "a2", "ra", "95", "b1", "rb", "100", "b2", "rb", "80");
    List<Commendation> cs = rewards.decide(q, Map.of());
    assertThat(who(cs)).containsExactly("unit-quarter-commendation a1", "unit-quarter-commendation a2",
        "unit-quarter-commendation b1", "region-rank-commendation ra");
    Commendation ra = cs.get(3);
    assertThat(ra.unit()).isNull();
    assertThat(ra.score()).isEqualByComparingTo("95.50");
    assertThat(ra.rank()).isEqualTo(1);
    assertThat(ra.rankAtMost()).isEqualTo(1);
    assertThat(ra.redLights()).isNull();
    assertThat(ra.reason()).isEqualTo("region ra ranked first (rank 1) in 2026-Q4 with 95.50, at least 95: commended");
    assertThat(ra.reasonZh())
        .isEqualTo("城市公司 ra 2026-Q4 季度排名第一(第 1 名),得分 95.50 分,达到 95 分(含):予以表彰");
  }

  @Test
  void aFirstRegionBelowNinetyFiveIsNotCommended() {
    // ra = (95 + 94.98) / 2 = 94.99, rank 1
    QuarterReport q = quarter(4, "a1", "ra", "95", "a2", "ra", "94.98", "b1", "rb", "90");
    assertThat(q.region("ra").orElseThrow().score()).isEqualByComparingTo("94.99");
    assertThat(who(rewards.decide(q, Map.of()))).containsExactly("unit-quarter-commendation a1");
  }

  @Test
  void regionsTiedForFirstAreAllCommended() {
    // ra = 97.00, rb = (100 + 94) / 2 = 97.00: both rank 1; rc = 90.00, rank 3
    QuarterReport tie = quarter(4, "a", "ra", "97", "b1", "rb", "100", "b2", "rb", "94", "c", "rc", "90");
    assertThat(tie.regions()).extracting(r -> r.region() + " " + r.score() + " " + r.rank())
        .containsExactly("ra 97.00 1", "rb 97.00 1", "rc 90.00 3");
    assertThat(rewards.decide(tie, Map.of())).filteredOn(c -> c.rule() == CommendationRule.REGION_RANK)
        .extracting(Commendation::region, Commendation::rank)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ra", 1), org.assertj.core.groups.Tuple.tuple("rb", 1));
    // tied for first below 95: neither
    QuarterReport low = quarter(4, "a", "ra", "94", "b", "rb", "94", "c", "rc", "60");
    assertThat(rewards.decide(low, Map.of())).isEmpty();
  }

  @Test
  void aRankingOfOneRegionHasNoFirstPlace() {
    QuarterReport q = quarter(4, "a", "ra", "99", "b", "ra", "97");
    assertThat(q.regions()).hasSize(1);
    assertThat(who(rewards.decide(q, Map.of())))
        .containsExactly("unit-quarter-commendation a", "unit-quarter-commendation b");
  }

  @Test
  void aUnitWithoutARegionCanBeCommendedAndIsLeftOutOfRegions() {
    QuarterReport q = quarter(4, "a", null, "100", "b", "rb", "96", "c", "rc", "70");
    List<Commendation> cs = rewards.decide(q, Map.of());
    assertThat(who(cs)).containsExactly("unit-quarter-commendation a", "unit-quarter-commendation b",
        "region-rank-commendation rb");
    assertThat(cs.get(0).region()).isNull();
  }

  @Test
  void theTopRanksAndThresholdsAreConfigurable() {
    // ra 98 (1), rb 92 (2), rc 91 (3), rd 85 (4)
    QuarterReport q = quarter(4, "a", "ra", "98", "b", "rb", "92", "c", "rc", "91", "d", "rd", "85");
    RewardLadder topTwo = RewardLadder.builder().unitScoreAtLeast(null)
        .regionRankAtMost(2).regionScoreAtLeast(new BigDecimal("90")).build();
    List<Commendation> cs = topTwo.decide(q, Map.of());
    assertThat(who(cs)).containsExactly("region-rank-commendation ra", "region-rank-commendation rb");
    assertThat(cs.get(1).reason()).isEqualTo(
        "region rb ranked within the top 2 (rank 2) in 2026-Q4 with 92.00, at least 90: commended");
    assertThat(cs.get(1).reasonZh()).contains("季度排名前 2 名(第 2 名)");
    assertThat(RewardLadder.none().decide(q, Map.of())).isEmpty();
  }

  @Test
  void theDefaultsAreTheDocumentedRules() {
    assertThat(rewards.unitScoreAtLeast()).isEqualByComparingTo("95");
    assertThat(rewards.unitRedLightsAtMost()).isZero();
    assertThat(rewards.regionScoreAtLeast()).isEqualByComparingTo("95");
    assertThat(rewards.regionRankAtMost()).isEqualTo(1);
    assertThat(RewardLadder.builder().build()).isEqualTo(rewards).hasSameHashCodeAs(rewards);
    assertThat(RewardLadder.builder().unitScoreAtLeast(new BigDecimal("95.0")).build()).isEqualTo(rewards);
  }

  @Test
  void theBuilderListsEveryProblemWithItsJsonPath() {
    assertThatThrownBy(() -> RewardLadder.builder().unitScoreAtLeast(new BigDecimal("-1")).unitRedLightsAtMost(-2)
            .regionScoreAtLeast(new BigDecimal("-0.5")).regionRankAtMost(0).build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
            Problem.of("$.unit.scoreAtLeast", "must be a number of at least 0 (found -1)"),
            Problem.of("$.unit.redLightsAtMost", "must be an integer of at least 0 (found -2)"),
            Problem.of("$.region.scoreAtLeast", "must be a number of at least 0 (found -0.5)"),
            Problem.of("$.region.rankAtMost", "must be an integer of at least 1 (found 0)")));
  }

  @Test
  void aUnitIsCommendedExactlyWhenItReachesTheThresholdWithinTheRedLightLimit() {
    qt().forAll(SourceDSL.integers().between(8000, 10000), SourceDSL.integers().between(9000, 10000),
            SourceDSL.integers().between(0, 3), SourceDSL.integers().between(0, 2))
        .checkAssert((scoreCents, thresholdCents, red, limit) -> {
          BigDecimal score = BigDecimal.valueOf(scoreCents, 2);
          BigDecimal threshold = BigDecimal.valueOf(thresholdCents, 2);
          RewardLadder l = RewardLadder.builder().unitScoreAtLeast(threshold).unitRedLightsAtMost(limit).build();
          List<Commendation> cs = l.decide(quarter(4, "u", "r", score.toPlainString()), Map.of("u", (long) red));
          boolean expected = scoreCents >= thresholdCents && red <= limit;
          assertThat(cs).as("%s vs %s, %d red lights, at most %d", score, threshold, red, limit)
              .hasSize(expected ? 1 : 0);
          cs.forEach(c -> {
            assertThat(c.score()).isEqualByComparingTo(score);
            assertThat(c.redLights()).isEqualTo((long) red);
          });
        });
  }
}
