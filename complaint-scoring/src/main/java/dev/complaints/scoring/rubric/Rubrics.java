package dev.complaints.scoring.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.AlertLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON form of {@link Rubric}s, with the same entry points as every format of the library (docs/json.md),
 * and the rubric presets.
 *
 * <p>{@link #read(String)} and {@link #read(JsonNode)} return the rubric or throw a {@link ValidationException}
 * listing every problem with its JSON path, {@link #problems(JsonNode)} returns the problems,
 * {@link #toJson(Rubric)} writes the tree and {@link #toJsonString(Rubric)} its indented text. The form is in
 * docs/scoring.md: {@code {"id", "name": {"en", "zh"}, "maxTotal", "items": [{"id", "label", "dimension": "CHANNEL" |
 * "PROCESS" | "BUSINESS", "strongControl", "max", "rule": {"kind": "tiered" | "perFinding" | "perLevel", …}}], "extraDeductions": [{"kind": "perGrade" | "perFinding" |
 * "itemsAtZero", "id", …}], "assumptions": [{"en", "zh"}]}}; thresholds are fractions ({@code 0.95} for 95 %),
 * read exactly as decimals.
 */
public final class Rubrics {
  private Rubrics() {}

  /**
   * Reads a rubric from JSON text.
   *
   * @param json the text
   * @return the rubric
   * @throws ValidationException listing every problem with its JSON path; text that is not JSON is one problem at
   *     the path where reading stopped, with the line and column
   */
  public static Rubric read(String json) {
    return RubricJson.FORMAT.read(json);
  }

  /**
   * Reads a rubric from a JSON tree.
   *
   * @param json the tree
   * @return the rubric
   * @throws ValidationException listing every problem with its JSON path
   */
  public static Rubric read(JsonNode json) {
    return RubricJson.FORMAT.read(json);
  }

  /**
   * Every problem of a rubric document, each with its JSON path.
   *
   * @param json the tree
   * @return the problems; empty when it is a valid rubric
   */
  public static List<Problem> problems(JsonNode json) {
    return RubricJson.FORMAT.problems(json);
  }

  /**
   * Writes a rubric; {@link #read(JsonNode)} gives it back unchanged.
   *
   * @param rubric the rubric
   * @return the JSON tree
   */
  public static ObjectNode toJson(Rubric rubric) {
    return RubricJson.write(Objects.requireNonNull(rubric, "rubric"));
  }

  /**
   * Writes a rubric as indented JSON text; {@link #read(String)} gives it back unchanged.
   *
   * @param rubric the rubric
   * @return the JSON text
   */
  public static String toJsonString(Rubric rubric) {
    return JsonFormat.toJsonString(toJson(rubric));
  }

  /** Item id: channel publicity compliance. */
  public static final String PUBLICITY = "publicity";
  /** Item id: on-site acceptance. */
  public static final String ON_SITE = "onSite";
  /** Item id: call answer rate. */
  public static final String ANSWER_RATE = "answerRate";
  /** Item id: 24-hour resolution rate. */
  public static final String RESOLUTION_24H = "resolution24h";
  /** Item id: overdue red lights. */
  public static final String RED_LIGHTS = "redLights";
  /** Item id: concealed / unreported complaints. */
  public static final String CONCEALED = "concealed";
  /** Item id: satisfaction rate. */
  public static final String SATISFACTION = "satisfaction";

  /**
   * The {@code mall-scorecard} preset (the mall rules' 客诉管理考核标准, 100 points; docs/scoring.md).
   *
   * <table>
   *   <caption>mall-scorecard</caption>
   *   <tr><th>dimension</th><th>item</th><th>max</th><th>rule</th></tr>
   *   <tr><td>CHANNEL (渠道管理, 事前)</td><td>publicity (公示规范性, 强管控)</td><td>22</td>
   *       <td>−5 per finding; 4 or more → 0</td></tr>
   *   <tr><td>PROCESS (过程管理, 事中)</td><td>onSite (现场受理)</td><td>6</td><td>−3 per finding; 2 or more → 0</td></tr>
   *   <tr><td>PROCESS</td><td>answerRate (电话接通率)</td><td>2</td><td>≥ 95 % → 2, else 0</td></tr>
   *   <tr><td>PROCESS</td><td>resolution24h (24小时解决率)</td><td>15</td>
   *       <td>≥ 90 % → 15; ≥ 80 % → 12; ≥ 70 % → 8; else 0</td></tr>
   *   <tr><td>PROCESS</td><td>redLights (逾期红灯, 强管控)</td><td>20</td>
   *       <td>−5 per RED_1, −10 per RED_2 (assumption); any RED_3 → 0</td></tr>
   *   <tr><td>PROCESS</td><td>concealed (瞒报漏报)</td><td>15</td><td>−5 per finding; 2 or more → 0</td></tr>
   *   <tr><td>BUSINESS (业务管理, 事后)</td><td>satisfaction (满意度)</td><td>20</td>
   *       <td>≥ 95 % → 20; ≥ 90 % → 18; else 0</td></tr>
   * </table>
   *
   * <p>Extra deductions on the total (floor 0): −2 per SERIOUS, −5 per MAJOR, −10 per CRITICAL complaint;
   * −2 when exactly two of answerRate, resolution24h, satisfaction scored 0, −5 when all three did; −5 per
   * major complaint or incident not reported as required.
   *
   * @return the preset
   */
  public static Rubric mallScorecard() {
    return Rubric.builder("mall-scorecard")
        .name("Mall complaint-handling scorecard", "商场投诉处理考核表")
        .maxTotal(100)
        .strongControlItem(PUBLICITY, Text.of("channel publicity compliance", "公示规范性"), Dimension.CHANNEL, 22,
            new PerFindingRule(Finding.PUBLICITY, 5, 4))
        .item(ON_SITE, Text.of("on-site acceptance", "现场受理"), Dimension.PROCESS, 6,
            new PerFindingRule(Finding.ON_SITE, 3, 2))
        .item(ANSWER_RATE, Text.of("call answer rate", "电话接通率"), Dimension.PROCESS, 2,
            new TieredRule(RateMetric.ANSWER_RATE, List.of(TieredRule.Tier.of("0.95", 2)), 0))
        .item(RESOLUTION_24H, Text.of("24-hour resolution rate", "24小时解决率"), Dimension.PROCESS, 15,
            new TieredRule(
                RateMetric.RESOLUTION_24H,
                List.of(TieredRule.Tier.of("0.90", 15), TieredRule.Tier.of("0.80", 12), TieredRule.Tier.of("0.70", 8)),
                0))
        .strongControlItem(RED_LIGHTS, Text.of("overdue red lights", "逾期红灯"), Dimension.PROCESS, 20,
            new PerLevelRule(
                Map.of(AlertLevel.RED_1, 5, AlertLevel.RED_2, 10), EnumSet.of(AlertLevel.RED_3)))
        .item(CONCEALED, Text.of("concealed / unreported complaints", "瞒报漏报"), Dimension.PROCESS, 15,
            new PerFindingRule(Finding.CONCEALED, 5, 2))
        .item(SATISFACTION, Text.of("satisfaction rate", "满意度"), Dimension.BUSINESS, 20,
            new TieredRule(
                RateMetric.SATISFACTION, List.of(TieredRule.Tier.of("0.95", 20), TieredRule.Tier.of("0.90", 18)), 0))
        .extra(new PerGradeDeduction(
            "gradeDeductions", Map.of(Grade.SERIOUS, 2, Grade.MAJOR, 5, Grade.CRITICAL, 10)))
        .extra(new ItemsAtZeroDeduction(
            "rateItemsAtZero",
            List.of(ANSWER_RATE, RESOLUTION_24H, SATISFACTION),
            List.of(new ItemsAtZeroDeduction.Tier(2, 2), new ItemsAtZeroDeduction.Tier(3, 5))))
        .extra(new PerFindingDeduction("unreportedIncidents", Finding.UNREPORTED_INCIDENTS, 5))
        .assumption(
            "RED_2 (elapsed ≥ 150 % of the limit) deducts 10 points per red light; the source names red-light"
                + " levels 1 and 3 only.",
            "二级红灯（用时达到时限的 150%）每次扣 10 分；来源只规定了一级和三级红灯。")
        .assumption(
            "A rate with denominator 0 is not applicable and its item scores full points.",
            "分母为 0 的比率不适用，该项得满分。")
        .build();
  }
}
