package dev.complaints.scoring.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.scoring.penalty.PenaltyDecision.Measure;
import dev.complaints.scoring.period.MonthlyUnitScore;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.period.QuarterReport;
import dev.complaints.scoring.period.QuarterlyScoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltyLadderTest {

  final PenaltyLadder ladder = PenaltyLadder.mallDefaults();

  /** A report of one quarter where each unit scores {@code total} in the quarter's first month. */
  static QuarterReport quarter(int q, Object... unitRegionTotal) {
    Quarter quarter = new Quarter(2026, q);
    List<MonthlyUnitScore> months = new ArrayList<>();
    for (int i = 0; i < unitRegionTotal.length; i += 3) {
      months.add(new MonthlyUnitScore((String) unitRegionTotal[i], (String) unitRegionTotal[i + 1],
          quarter.firstMonth(), new BigDecimal((String) unitRegionTotal[i + 2])));
    }
    return QuarterlyScoring.score(quarter, months);
  }

  static List<PenaltyDecision> ofRule(List<PenaltyDecision> ds, PenaltyRule rule) {
    return ds.stream().filter(d -> d.rule() == rule).toList();
  }

  @Test
  void unitLadderCountsOccurrencesWithinTheYear() {
    List<QuarterReport> year = List.of(
        quarter(1, "a", "ra", "79.99", "b", "rb", "95"),
        quarter(2, "a", "ra", "80", "b", "rb", "95"), // exactly 80 is not below 80
        quarter(3, "a", "ra", "79", "b", "rb", "95"),
        quarter(4, "a", "ra", "50", "b", "rb", "95"));
    List<PenaltyDecision> unit = ofRule(ladder.decideYear(year), PenaltyRule.UNIT_QUARTER_BELOW_THRESHOLD);
    assertThat(unit).extracting(PenaltyDecision::period).containsExactly("2026-Q1", "2026-Q3", "2026-Q4");
    assertThat(unit).extracting(PenaltyDecision::occurrence).containsExactly(1, 2, 3);
    assertThat(unit).extracting(PenaltyDecision::value).containsExactly(
        new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("5"));
    assertThat(unit).allSatisfy(d -> {
      assertThat(d.role()).isEqualTo(Role.UNIT_MANAGER);
      assertThat(d.measure()).isEqualTo(Measure.PERCENT_OF_BASE_SALARY);
      assertThat(d.unit()).isEqualTo("a");
      assertThat(d.region()).isEqualTo("ra");
    });
    assertThat(unit.get(0).reason()).contains("79.99").contains("below 80").contains("1st");
    assertThat(unit.get(0).reasonZh()).contains("低于 80 分").contains("0.5%");
    List<PenaltyDecision> gm = ofRule(ladder.decideYear(year), PenaltyRule.REGION_GM_FOR_UNIT_BELOW_THRESHOLD);
    assertThat(gm).hasSize(3).allSatisfy(d -> {
      assertThat(d.role()).isEqualTo(Role.REGION_GENERAL_MANAGER);
      assertThat(d.value()).isEqualByComparingTo("0.5");
    });
  }

  @Test
  void thirdAndLaterTimesStayAtTheTopStep() {
    PenaltyLadder two = new PenaltyLadder(new BigDecimal("80"), List.of(BigDecimal.ONE, BigDecimal.TEN),
        BigDecimal.ZERO, new BigDecimal("90"), BigDecimal.ONE, BigDecimal.TEN);
    List<PenaltyDecision> ds = two.decideYear(List.of(
        quarter(1, "a", null, "1"), quarter(2, "a", null, "1"), quarter(3, "a", null, "1")));
    assertThat(ds).extracting(PenaltyDecision::value)
        .containsExactly(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
    // no region: no decision for a region general manager
    assertThat(ofRule(ladder.decideYear(List.of(quarter(1, "a", null, "1"))),
        PenaltyRule.REGION_GM_FOR_UNIT_BELOW_THRESHOLD)).isEmpty();
  }

  @Test
  void decideReturnsOnlyTheQuarterAskedButCountsTheEarlierOnes() {
    List<QuarterReport> year = List.of(
        quarter(1, "a", "ra", "70", "b", "rb", "95"),
        quarter(2, "a", "ra", "70", "b", "rb", "95"),
        quarter(3, "a", "ra", "95", "b", "rb", "96"));
    List<PenaltyDecision> q2 = ladder.decide(new Quarter(2026, 2), year);
    assertThat(q2).allMatch(d -> d.period().equals("2026-Q2"));
    assertThat(ofRule(q2, PenaltyRule.UNIT_QUARTER_BELOW_THRESHOLD).get(0).value()).isEqualByComparingTo("1");
    assertThat(ladder.decide(new Quarter(2026, 3), year)).isEmpty();
  }

  @Test
  void lastRegionBelow90IsPenalisedAndNotAt90() {
    List<PenaltyDecision> below = ofRule(ladder.decideYear(List.of(
        quarter(1, "a", "ra", "89.99", "b", "rb", "95"))), PenaltyRule.REGION_LAST_BELOW_THRESHOLD);
    assertThat(below).singleElement().satisfies(d -> {
      assertThat(d.region()).isEqualTo("ra");
      assertThat(d.unit()).isNull();
      assertThat(d.role()).isEqualTo(Role.REGION_GENERAL_MANAGER);
      assertThat(d.value()).isEqualByComparingTo("0.25");
      assertThat(d.occurrence()).isEqualTo(1);
      assertThat(d.reasonZh()).contains("倒数第一");
    });
    assertThat(ofRule(ladder.decideYear(List.of(quarter(1, "a", "ra", "90", "b", "rb", "95"))),
        PenaltyRule.REGION_LAST_BELOW_THRESHOLD)).isEmpty();
    // first place below 90 is not penalised, only the last
    assertThat(ofRule(ladder.decideYear(List.of(quarter(1, "a", "ra", "85", "b", "rb", "89"))),
        PenaltyRule.REGION_LAST_BELOW_THRESHOLD)).extracting(PenaltyDecision::region).containsExactly("ra");
  }

  @Test
  void tiedLastRegionsAreEachPenalised() {
    List<PenaltyDecision> ds = ofRule(ladder.decideYear(List.of(
        quarter(1, "a", "ra", "85", "b", "rb", "85", "c", "rc", "99"))), PenaltyRule.REGION_LAST_BELOW_THRESHOLD);
    assertThat(ds).extracting(PenaltyDecision::region).containsExactly("ra", "rb");
  }

  @Test
  void aSingleRegionIsNeverLast() {
    assertThat(ofRule(ladder.decideYear(List.of(quarter(1, "a", "ra", "85"))),
        PenaltyRule.REGION_LAST_BELOW_THRESHOLD)).isEmpty();
  }

  @Test
  void secondTimeWithTheYearMeanBelow90Gives1Percent() {
    List<PenaltyDecision> ds = ofRule(ladder.decideYear(List.of(
        quarter(1, "a", "ra", "85", "b", "rb", "95"),
        quarter(2, "a", "ra", "88", "b", "rb", "95"))), PenaltyRule.REGION_LAST_BELOW_THRESHOLD);
    assertThat(ds).extracting(PenaltyDecision::value)
        .containsExactly(new BigDecimal("0.25"), new BigDecimal("1"));
    assertThat(ds.get(1).occurrence()).isEqualTo(2);
  }

  @Test
  void secondTimeWithTheYearMeanAt90OrAboveStaysAtTheFirstStep() {
    // ra: 89 (last), 99 (last but not below 90), 88 (last) → year mean (89 + 99 + 88) / 3 = 92.00
    List<PenaltyDecision> ds = ofRule(ladder.decideYear(List.of(
        quarter(1, "a", "ra", "89", "b", "rb", "95"),
        quarter(2, "a", "ra", "99", "b", "rb", "100"),
        quarter(3, "a", "ra", "88", "b", "rb", "95"))), PenaltyRule.REGION_LAST_BELOW_THRESHOLD);
    assertThat(ds).extracting(PenaltyDecision::period).containsExactly("2026-Q1", "2026-Q3");
    assertThat(ds).extracting(PenaltyDecision::value)
        .containsExactly(new BigDecimal("0.25"), new BigDecimal("0.25"));
    assertThat(ds.get(1).reason()).contains("92.00");
  }

  @Test
  void reportsOfDifferentYearsAreRejected() {
    QuarterReport q = quarter(1, "a", "ra", "70");
    QuarterReport other = QuarterlyScoring.score(new Quarter(2025, 4), List.of());
    assertThatThrownBy(() -> ladder.decideYear(List.of(q, other))).hasMessageContaining("one year");
    assertThatThrownBy(() -> ladder.decideYear(List.of(q, q))).hasMessageContaining("twice");
  }
}
