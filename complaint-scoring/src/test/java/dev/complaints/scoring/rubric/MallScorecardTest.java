package dev.complaints.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.scoring.metrics.HandlingTime;
import dev.complaints.scoring.metrics.ReportingCounts;
import dev.complaints.scoring.metrics.ResolutionCounts;
import dev.complaints.scoring.metrics.SatisfactionCounts;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked checks of every line and threshold edge of the mall-scorecard preset. */
class MallScorecardTest {
  static final Rubric RUBRIC = Rubrics.mallScorecard();
  static final YearMonth OCT = YearMonth.of(2026, 10);

  /** Metrics with everything perfect unless changed. */
  static final class M {
    long eligible;
    long resolved;
    long pending;
    long visited;
    long satisfied;
    long exempt;
    CallStats calls;
    final Map<AlertLevel, Long> red = new EnumMap<>(AlertLevel.class);
    final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
    long major;
    long late;

    UnitMetrics build() {
      return new UnitMetrics(
          "u", 0, new ResolutionCounts(eligible, resolved, pending), new SatisfactionCounts(visited, satisfied, exempt),
          calls, red, grades, new TreeMap<>(), new TreeMap<>(),
          new HandlingTime(0, null, null), 0, 0, 0, new ReportingCounts(major, late, Duration.ofHours(2)));
    }
  }

  static UnitInputs inputs(int publicity, int onSite, int concealed, int unreported) {
    return new UnitInputs("u", OCT, null, publicity, onSite, concealed, unreported, null);
  }

  static RubricResult score(M m, UnitInputs in) {
    return RUBRIC.score(m.build(), in);
  }

  static int item(RubricResult r, String id) {
    return r.items().stream().filter(i -> i.item().equals(id)).findFirst().orElseThrow().points();
  }

  @Test
  void emptyUnitScoresFullMarksWithNotApplicableExplanations() {
    RubricResult r = score(new M(), UnitInputs.none("u", OCT));
    assertThat(r.total()).isEqualTo(100);
    assertThat(r.items()).extracting(ItemScore::item)
        .containsExactly("publicity", "onSite", "answerRate", "resolution24h", "redLights", "concealed", "satisfaction");
    assertThat(r.items().get(2).explanation().en()).contains("not applicable");
    assertThat(r.items().get(2).explanation().zh()).contains("不适用");
    assertThat(r.extraDeductions()).isEmpty();
  }

  @Test
  void notApplicableExplanationsSayWhy() {
    M m = new M();
    RubricResult none = score(m, UnitInputs.none("u", OCT));
    assertThat(none.items().get(2).explanation().en())
        .isEqualTo("call answer rate: not applicable (no call figures in the unit inputs; denominator 0), full 2 points");
    assertThat(none.items().get(3).explanation().en()).contains("no eligible tickets");
    assertThat(none.items().get(6).explanation().en()).contains("no return visit with a result");
    m.calls = new CallStats(0, 0);
    m.eligible = 3;
    m.pending = 3;
    m.exempt = 2;
    RubricResult r = score(m, UnitInputs.none("u", OCT));
    assertThat(r.items()).extracting(ItemScore::points).containsExactly(22, 6, 2, 15, 20, 15, 20);
    assertThat(r.items().get(2).explanation().en()).contains("no calls offered");
    assertThat(r.items().get(2).explanation().zh()).contains("不适用").contains("呼入电话数为 0").contains("满分 2 分");
    assertThat(r.items().get(3).explanation().en()).contains("all 3 eligible tickets still pending");
    assertThat(r.items().get(6).explanation().en()).contains("(2 exempt)");
    assertThat(r.extraDeductions()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"95,100,2", "1410,1485,0", "94,100,0", "100,100,2", "0,0,2", "1520,1600,2"})
  void answerRate(long answered, long offered, int points) {
    M m = new M();
    m.calls = new CallStats(offered, answered);
    assertThat(item(score(m, UnitInputs.none("u", OCT)), "answerRate")).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({
    "10,9,0,15", "10,10,0,15", "100,89,0,12", "10,8,0,12", "100,79,0,8", "10,7,0,8", "100,69,0,0",
    "11,9,1,15", "10,0,0,0", "3,0,3,15"
  })
  void resolution24h(long eligible, long resolved, long pending, int points) {
    M m = new M();
    m.eligible = eligible;
    m.resolved = resolved;
    m.pending = pending;
    assertThat(item(score(m, UnitInputs.none("u", OCT)), "resolution24h")).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({"20,19,20", "20,20,20", "200,189,18", "20,18,18", "200,179,0", "10,0,0", "0,0,20"})
  void satisfaction(long visited, long satisfied, int points) {
    M m = new M();
    m.visited = visited;
    m.satisfied = satisfied;
    assertThat(item(score(m, UnitInputs.none("u", OCT)), "satisfaction")).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({"0,22", "1,17", "2,12", "3,7", "4,0", "9,0"})
  void publicity(int findings, int points) {
    assertThat(item(score(new M(), inputs(findings, 0, 0, 0)), "publicity")).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({"0,6", "1,3", "2,0", "5,0"})
  void onSite(int findings, int points) {
    assertThat(item(score(new M(), inputs(0, findings, 0, 0)), "onSite")).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({"0,15", "1,10", "2,0", "3,0"})
  void concealed(int findings, int points) {
    assertThat(item(score(new M(), inputs(0, 0, findings, 0)), "concealed")).isEqualTo(points);
  }

  @ParameterizedTest
  @CsvSource({"0,0,0,20", "1,0,0,15", "2,0,0,10", "0,1,0,10", "1,1,0,5", "2,1,0,0", "5,0,0,0", "0,0,1,0", "1,0,1,0"})
  void redLights(long red1, long red2, long red3, int points) {
    M m = new M();
    m.red.put(AlertLevel.RED_1, red1);
    m.red.put(AlertLevel.RED_2, red2);
    m.red.put(AlertLevel.RED_3, red3);
    RubricResult r = score(m, UnitInputs.none("u", OCT));
    assertThat(item(r, "redLights")).isEqualTo(points);
    if (red3 > 0) {
      assertThat(r.items().get(4).explanation().en()).contains("any RED_3 → 0");
    }
  }

  @Test
  void gradeDeductionsOnTheTotal() {
    M m = new M();
    m.grades.put(Grade.SERIOUS, 2L);
    m.grades.put(Grade.MAJOR, 1L);
    m.grades.put(Grade.CRITICAL, 1L);
    m.grades.put(Grade.GENERAL, 7L);
    RubricResult r = score(m, UnitInputs.none("u", OCT));
    assertThat(r.extraDeductions()).extracting(ExtraDeduction::points).containsExactly(-4, -5, -10);
    assertThat(r.total()).isEqualTo(100 - 19);
  }

  @Test
  void oneRateItemAtZeroHasNoExtraDeduction() {
    M m = new M();
    m.calls = new CallStats(100, 90);
    RubricResult r = score(m, UnitInputs.none("u", OCT));
    assertThat(r.extraDeductions()).isEmpty();
    assertThat(r.total()).isEqualTo(98);
  }

  @Test
  void twoRateItemsAtZeroDeductTwo() {
    M m = new M();
    m.calls = new CallStats(100, 90);
    m.eligible = 10;
    m.resolved = 6;
    RubricResult r = score(m, UnitInputs.none("u", OCT));
    assertThat(r.extraDeductions()).extracting(ExtraDeduction::points).containsExactly(-2);
    assertThat(r.total()).isEqualTo(100 - 2 - 15 - 2);
  }

  @Test
  void threeRateItemsAtZeroDeductFiveNotSeven() {
    M m = new M();
    m.calls = new CallStats(100, 90);
    m.eligible = 10;
    m.resolved = 6;
    m.visited = 10;
    m.satisfied = 5;
    RubricResult r = score(m, UnitInputs.none("u", OCT));
    assertThat(r.extraDeductions()).extracting(ExtraDeduction::points).containsExactly(-5);
    assertThat(r.extraDeductions().get(0).reason().zh()).contains("得 0 分");
    assertThat(r.total()).isEqualTo(100 - 2 - 15 - 20 - 5);
  }

  @Test
  void unreportedIncidentsAndFloorAtZero() {
    assertThat(score(new M(), inputs(0, 0, 0, 2)).total()).isEqualTo(90);
    M m = new M();
    m.grades.put(Grade.CRITICAL, 12L);
    RubricResult r = score(m, inputs(4, 2, 2, 3));
    assertThat(r.total()).isZero();
  }

  @Test
  void presetStatesTheRed2Assumption() {
    assertThat(RUBRIC.assumptions()).anySatisfy(a -> assertThat(a.en()).contains("RED_2"));
    assertThat(RUBRIC.maxTotal()).isEqualTo(100);
  }

  @Test
  void jsonRoundTripGivesThePresetBack() {
    Rubric back = Rubrics.read(Rubrics.toJsonString(RUBRIC));
    assertThat(back).isEqualTo(RUBRIC);
    assertThat(Rubrics.read(Rubrics.toJson(RUBRIC))).isEqualTo(RUBRIC);
    assertThat(Rubrics.problems(Rubrics.toJson(RUBRIC))).isEmpty();
  }

  @Test
  void builderListsEveryProblem() {
    assertThatThrownBy(() -> Rubric.builder("bad")
            .maxTotal(50)
            .item("a", Text.of("a", "a"), Dimension.PROCESS, 10, new TieredRule(RateMetric.SATISFACTION,
                List.of(TieredRule.Tier.of("0.80", 5), TieredRule.Tier.of("0.90", 20)), 0))
            .item("a", Text.of("a", "a"), Dimension.PROCESS, -1, new PerFindingRule(Finding.PUBLICITY, -5, 0))
            .extra(new ItemsAtZeroDeduction("z", List.of("nope"), List.of(new ItemsAtZeroDeduction.Tier(3, 2))))
            .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).contains(
            Problem.of("$.items[0].rule.tiers[1].points", "must be an integer between 0 and 10 (found 20)"),
            Problem.of("$.items[0].rule.tiers[1].atLeast", "must be less than 0.8, the threshold before it:"
                + " thresholds are listed highest first (found 0.9)"),
            Problem.of("$.items[1].id", "duplicate item id 'a' (also at $.items[0].id)"),
            Problem.of("$.items[1].max", "must be an integer of at least 0 (found -1)"),
            Problem.of("$.items[1].rule.points", "must be an integer of at least 0 (found -5)"),
            Problem.of("$.items[1].rule.zeroAt", "must be an integer of at least 1 (found 0)"),
            Problem.of("$.maxTotal", "must be 9, the sum of the items' maxima (found 50)"),
            Problem.of("$.extraDeductions[0].items[0]", "unknown item 'nope' (allowed: a)"),
            Problem.of("$.extraDeductions[0].tiers[0].count", "must be an integer between 1 and 1 (found 3)")));
  }

  @Test
  void jsonProblemsHavePaths() {
    String json = "{\"id\":\"x\",\"maxTotal\":10,\"items\":[{\"id\":\"a\",\"label\":{\"en\":\"a\",\"zh\":\"甲\"},"
        + "\"dimension\":\"PROCESS\",\"max\":10,\"rule\":{\"kind\":\"stars\"}}],\"extraDeductions\":[{\"kind\":\"perGrade\",\"id\":\"g\","
        + "\"points\":{\"HUGE\":3}}],\"colour\":1}";
    assertThatThrownBy(() -> Rubrics.read(json))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
            Problem.of("$.colour", "unknown field (allowed: id, name, maxTotal, items, extraDeductions, assumptions)"),
            Problem.of("$.items[0].rule.kind", "must be one of: tiered, perFinding, perLevel (found \"stars\")"),
            Problem.of("$.extraDeductions[0].points.HUGE",
                "unknown field (allowed: GENERAL, SERIOUS, MAJOR, CRITICAL)")));
  }
}
