package dev.complaints.scoring.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterlyScoringTest {

  static final Quarter Q4 = new Quarter(2026, 4);

  static MonthlyUnitScore m(String unit, String region, int month, String total) {
    return new MonthlyUnitScore(unit, region, YearMonth.of(2026, month), new BigDecimal(total));
  }

  @Test
  void unitScoreIsTheMeanOfThreeMonthsRoundedHalfUp() {
    // (80 + 79 + 79) / 3 = 79.333… → 79.33; (100 + 90 + 85) / 3 = 91.666… → 91.67
    QuarterReport r = QuarterlyScoring.score(Q4, List.of(
        m("a", "r1", 10, "80"), m("a", "r1", 11, "79"), m("a", "r1", 12, "79"),
        m("b", "r1", 10, "100"), m("b", "r1", 11, "90"), m("b", "r1", 12, "85")));
    assertThat(r.unit("a").orElseThrow().score()).isEqualByComparingTo("79.33");
    assertThat(r.unit("a").orElseThrow().score().scale()).isEqualTo(2);
    assertThat(r.unit("b").orElseThrow().score()).isEqualByComparingTo("91.67");
    assertThat(r.unit("a").orElseThrow().complete()).isTrue();
  }

  @Test
  void halfwayIsRoundedUp() {
    // (80.01 + 80.00 + 80.00) / 3 = 80.00333 → 80.00; (80.02 + 80.00 + 80.01) / 3 = 80.01; an exact .005:
    // (80.01 + 80.00 + 80.005) / 3 = 80.005 → HALF_UP 80.01 (HALF_EVEN would give 80.00)
    QuarterReport r = QuarterlyScoring.score(Q4, List.of(
        m("a", null, 10, "80.01"), m("a", null, 11, "80.00"), m("a", null, 12, "80.005")));
    assertThat(r.unit("a").orElseThrow().score()).isEqualTo(new BigDecimal("80.01"));
  }

  @Test
  void aMissingMonthIsLeftOutOfTheMeanAndFlagged() {
    QuarterReport r = QuarterlyScoring.score(Q4, List.of(m("a", "r1", 10, "70"), m("a", "r1", 12, "75")));
    UnitQuarterScore a = r.unit("a").orElseThrow();
    assertThat(a.score()).isEqualByComparingTo("72.50");
    assertThat(a.complete()).isFalse();
    assertThat(a.missingMonths()).containsExactly(YearMonth.of(2026, 11));
    assertThat(a.monthly()).containsOnlyKeys(YearMonth.of(2026, 10), YearMonth.of(2026, 12));
  }

  @Test
  void monthsOutsideTheQuarterAreIgnoredAndDuplicatesRejected() {
    QuarterReport r = QuarterlyScoring.score(Q4, List.of(m("a", "r1", 9, "10"), m("a", "r1", 10, "90")));
    assertThat(r.unit("a").orElseThrow().score()).isEqualByComparingTo("90");
    assertThat(QuarterlyScoring.score(Q4, List.of(m("a", "r1", 9, "10"))).units()).isEmpty();
    assertThatThrownBy(() -> QuarterlyScoring.score(Q4, List.of(m("a", "r1", 10, "90"), m("a", "r1", 10, "80"))))
        .hasMessageContaining("a").hasMessageContaining("2026-10");
  }

  @Test
  void regionScoreIsTheMeanOfItsUnitsAndRanksShareTies() {
    QuarterReport r = QuarterlyScoring.score(Q4, List.of(
        m("a1", "ra", 10, "90"), m("a1", "ra", 11, "90"), m("a1", "ra", 12, "91"), // 90.33
        m("a2", "ra", 10, "80"), m("a2", "ra", 11, "80"), m("a2", "ra", 12, "80"), // 80.00 → ra (90.33+80)/2=85.165→85.17
        m("b1", "rb", 10, "95"), m("b1", "rb", 11, "95"), m("b1", "rb", 12, "95"), // rb 95
        m("c1", "rc", 10, "85.17"), // rc 85.17, tied with ra
        m("x", null, 10, "10"))); // no region: scored, not in a region
    assertThat(r.unit("a1").orElseThrow().score()).isEqualByComparingTo("90.33");
    assertThat(r.regions()).extracting(RegionQuarterScore::region).containsExactly("rb", "ra", "rc");
    assertThat(r.region("ra").orElseThrow().score()).isEqualByComparingTo("85.17");
    assertThat(r.region("rb").orElseThrow().rank()).isEqualTo(1);
    assertThat(r.region("ra").orElseThrow().rank()).isEqualTo(2);
    assertThat(r.region("rc").orElseThrow().rank()).isEqualTo(2);
    assertThat(r.region("ra").orElseThrow().last()).isTrue();
    assertThat(r.region("rc").orElseThrow().last()).isTrue();
    assertThat(r.region("rb").orElseThrow().last()).isFalse();
    assertThat(r.region("ra").orElseThrow().units()).containsExactly("a1", "a2");
    assertThat(r.unit("x")).isPresent();
  }

  @Test
  void aSingleRegionIsNotLast() {
    QuarterReport r = QuarterlyScoring.score(Q4, List.of(m("a", "ra", 10, "50")));
    assertThat(r.region("ra").orElseThrow().rank()).isEqualTo(1);
    assertThat(r.region("ra").orElseThrow().last()).isFalse();
  }

  @Test
  void yearToDateScoresEveryQuarterUpToTheGivenOne() {
    List<QuarterReport> reports = QuarterlyScoring.yearToDate(new Quarter(2026, 3), List.of(
        m("a", "ra", 1, "70"), m("a", "ra", 8, "60"), m("a", "ra", 11, "50")));
    assertThat(reports).extracting(QuarterReport::quarter).extracting(Quarter::quarter).containsExactly(1, 2, 3);
    assertThat(reports.get(1).units()).isEmpty();
    assertThat(reports.get(2).unit("a").orElseThrow().score()).isEqualByComparingTo("60");
  }
}
