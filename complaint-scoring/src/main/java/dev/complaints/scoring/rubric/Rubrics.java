package dev.complaints.scoring.rubric;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rubric presets. */
public final class Rubrics {
  private Rubrics() {}

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
   *   <tr><th>item</th><th>max</th><th>rule</th></tr>
   *   <tr><td>publicity (公示规范性)</td><td>22</td><td>−5 per finding; 4 or more → 0</td></tr>
   *   <tr><td>onSite (现场受理)</td><td>6</td><td>−3 per finding; 2 or more → 0</td></tr>
   *   <tr><td>answerRate (电话接通率)</td><td>2</td><td>≥ 95 % → 2, else 0</td></tr>
   *   <tr><td>resolution24h (24小时解决率)</td><td>15</td><td>≥ 90 % → 15; ≥ 80 % → 12; ≥ 70 % → 8; else 0</td></tr>
   *   <tr><td>redLights (逾期红灯)</td><td>20</td><td>−5 per RED_1, −10 per RED_2 (assumption); any RED_3 → 0</td></tr>
   *   <tr><td>concealed (瞒报漏报)</td><td>15</td><td>−5 per finding; 2 or more → 0</td></tr>
   *   <tr><td>satisfaction (满意度)</td><td>20</td><td>≥ 95 % → 20; ≥ 90 % → 18; else 0</td></tr>
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
        .item(PUBLICITY, Text.of("channel publicity compliance", "公示规范性"), 22,
            new PerFindingRule(Finding.PUBLICITY, 5, Optional.of(4)))
        .item(ON_SITE, Text.of("on-site acceptance", "现场受理"), 6,
            new PerFindingRule(Finding.ON_SITE, 3, Optional.of(2)))
        .item(ANSWER_RATE, Text.of("call answer rate", "电话接通率"), 2,
            new TieredRule(RateMetric.ANSWER_RATE, List.of(TieredRule.Tier.of("0.95", 2)), 0))
        .item(RESOLUTION_24H, Text.of("24-hour resolution rate", "24小时解决率"), 15,
            new TieredRule(
                RateMetric.RESOLUTION_24H,
                List.of(TieredRule.Tier.of("0.90", 15), TieredRule.Tier.of("0.80", 12), TieredRule.Tier.of("0.70", 8)),
                0))
        .item(RED_LIGHTS, Text.of("overdue red lights", "逾期红灯"), 20,
            new PerLevelRule(
                Map.of(AlertLevel.RED_1, 5, AlertLevel.RED_2, 10), EnumSet.of(AlertLevel.RED_3)))
        .item(CONCEALED, Text.of("concealed / unreported complaints", "瞒报漏报"), 15,
            new PerFindingRule(Finding.CONCEALED, 5, Optional.of(2)))
        .item(SATISFACTION, Text.of("satisfaction rate", "满意度"), 20,
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
