package dev.complaints.scoring.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.AlertLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The management dimensions (管理维度) and the strong-control mark (强管控) of rubric items (docs/domain.md). */
class RubricDimensionTest {
  static final Rubric RUBRIC = Rubrics.mallScorecard();

  static final String ONE_ITEM = "{\"id\":\"r\",\"maxTotal\":10,\"items\":[{\"id\":\"a\","
      + "\"label\":{\"en\":\"a\",\"zh\":\"甲\"},%s\"max\":10,"
      + "\"rule\":{\"kind\":\"perFinding\",\"finding\":\"publicityFindings\",\"points\":5}}]}";

  static String oneItem(String fields) {
    return String.format(ONE_ITEM, fields);
  }

  @Test
  void thePresetPlacesEachItemAsTheRulesTableDoes() {
    assertThat(RUBRIC.items()).extracting(RubricItem::id, RubricItem::dimension, RubricItem::strongControl)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("publicity", Dimension.CHANNEL, true),
            org.assertj.core.groups.Tuple.tuple("onSite", Dimension.PROCESS, false),
            org.assertj.core.groups.Tuple.tuple("answerRate", Dimension.PROCESS, false),
            org.assertj.core.groups.Tuple.tuple("resolution24h", Dimension.PROCESS, false),
            org.assertj.core.groups.Tuple.tuple("redLights", Dimension.PROCESS, true),
            org.assertj.core.groups.Tuple.tuple("concealed", Dimension.PROCESS, false),
            org.assertj.core.groups.Tuple.tuple("satisfaction", Dimension.BUSINESS, false));
  }

  @Test
  void dimensionsHaveTheirChineseNamesAndPhases() {
    assertThat(Dimension.CHANNEL.label()).isEqualTo(Text.of("channel management", "渠道管理"));
    assertThat(Dimension.PROCESS.phase()).isEqualTo(Text.of("during", "事中"));
    assertThat(Dimension.BUSINESS.title()).isEqualTo(Text.of("business management (after)", "业务管理（事后）"));
  }

  @Test
  void aPerfectUnitScoresEveryDimensionInFull() {
    RubricResult r = RUBRIC.score(new MallScorecardTest.M().build(), MallScorecardTest.inputs(0, 0, 0, 0));
    assertThat(r.subtotals()).containsExactly(
        new DimensionSubtotal(Dimension.CHANNEL, 22, 22),
        new DimensionSubtotal(Dimension.PROCESS, 58, 58),
        new DimensionSubtotal(Dimension.BUSINESS, 20, 20));
  }

  @Test
  void subtotalsAddUpTheItemsAndLeaveTheExtraDeductionsOut() {
    // 3 publicity findings: 22 − 15 = 7; 1 on-site: 6 − 3 = 3; one RED_1: 20 − 5 = 15; 2 concealed: 0;
    // satisfaction 17/20 = 85 % → 0; 1 unreported incident −5 on the total
    MallScorecardTest.M m = new MallScorecardTest.M();
    m.red.put(AlertLevel.RED_1, 1L);
    m.visited = 20;
    m.satisfied = 17;
    RubricResult r = RUBRIC.score(m.build(), MallScorecardTest.inputs(3, 1, 2, 1));
    assertThat(r.subtotals()).containsExactly(
        new DimensionSubtotal(Dimension.CHANNEL, 7, 22),
        new DimensionSubtotal(Dimension.PROCESS, 3 + 2 + 15 + 15 + 0, 58),
        new DimensionSubtotal(Dimension.BUSINESS, 0, 20));
    assertThat(r.items()).filteredOn(ItemScore::strongControl).extracting(ItemScore::item)
        .containsExactly("publicity", "redLights");
    assertThat(r.total()).isEqualTo(7 + 35 + 0 - 5);
  }

  @Test
  void subtotalsListOnlyTheDimensionsARubricUses() {
    Rubric r = Rubric.builder("after-only")
        .item("sat", Text.of("satisfaction", "满意度"), Dimension.BUSINESS, 10,
            new PerFindingRule(Finding.CONCEALED, 5, null))
        .strongControlItem("pub", Text.of("publicity", "公示"), Dimension.CHANNEL, 4,
            new PerFindingRule(Finding.PUBLICITY, 1, null))
        .build();
    RubricResult s = r.score(new MallScorecardTest.M().build(), MallScorecardTest.inputs(3, 0, 1, 0));
    // items in rubric order, subtotals in dimension order
    assertThat(s.items()).extracting(ItemScore::item).containsExactly("sat", "pub");
    assertThat(s.subtotals()).containsExactly(
        new DimensionSubtotal(Dimension.CHANNEL, 1, 4), new DimensionSubtotal(Dimension.BUSINESS, 5, 10));
  }

  @Test
  void jsonWritesDimensionAndMarkAndReadsThemBack() {
    ObjectNode json = Rubrics.toJson(RUBRIC);
    JsonNode publicity = json.at("/items/0");
    assertThat(publicity.get("dimension").asText()).isEqualTo("CHANNEL");
    assertThat(publicity.get("strongControl").asBoolean()).isTrue();
    assertThat(json.at("/items/6/dimension").asText()).isEqualTo("BUSINESS");
    assertThat(json.at("/items/6/strongControl").asBoolean()).isFalse();
    assertThat(Rubrics.read(json)).isEqualTo(RUBRIC);
  }

  @Test
  void strongControlIsOptionalAndFalseWhenAbsent() {
    Rubric r = Rubrics.read(oneItem("\"dimension\":\"CHANNEL\","));
    assertThat(r.item("a").dimension()).isEqualTo(Dimension.CHANNEL);
    assertThat(r.item("a").strongControl()).isFalse();
    assertThat(Rubrics.read(oneItem("\"dimension\":\"CHANNEL\",\"strongControl\":true,")).item("a").strongControl())
        .isTrue();
  }

  @Test
  void theDimensionIsRequiredAndOneOfThree() throws Exception {
    assertThat(Rubrics.problems(Json.mapper().readTree(oneItem(""))))
        .containsExactly(Problem.of("$.items[0].dimension", "missing required field"));
    assertThat(Rubrics.problems(Json.mapper().readTree(oneItem("\"dimension\":\"DURING\",\"strongControl\":\"yes\","))))
        .containsExactly(
            Problem.of("$.items[0].dimension", "must be one of: CHANNEL, PROCESS, BUSINESS (found \"DURING\")"),
            Problem.of("$.items[0].strongControl", "must be true or false (found \"yes\")"));
    assertThatThrownBy(() -> Rubrics.read(oneItem("\"dimension\":null,")))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .containsExactly(Problem.of("$.items[0].dimension", "missing required field")));
  }

  @Test
  void unknownItemFieldsNameTheNewOnes() throws Exception {
    assertThat(Rubrics.problems(Json.mapper().readTree(oneItem("\"dimension\":\"PROCESS\",\"phase\":\"during\","))))
        .containsExactly(Problem.of("$.items[0].phase",
            "unknown field (allowed: id, label, dimension, strongControl, max, rule)"));
  }

  @Test
  void anItemNeedsADimensionInJava() {
    assertThatThrownBy(() -> RubricItem.of("a", Text.of("a", "甲"), null, 1,
            new PerFindingRule(Finding.PUBLICITY, 1, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dimension");
    assertThat(List.of(Dimension.values())).containsExactly(Dimension.CHANNEL, Dimension.PROCESS, Dimension.BUSINESS);
  }
}
