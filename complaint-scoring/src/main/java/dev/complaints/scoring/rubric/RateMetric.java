package dev.complaints.scoring.rubric;

import dev.complaints.scoring.metrics.Ratio;
import dev.complaints.scoring.metrics.UnitMetrics;
import java.util.Arrays;
import java.util.Optional;

/** A rate a tiered rubric rule can be based on. */
public enum RateMetric {
  /** Call answer rate answered / offered (电话接通率). */
  ANSWER_RATE("answerRate", "call answer rate", "电话接通率"),
  /** 24-hour resolution rate (24小时解决率). */
  RESOLUTION_24H("resolution24h", "24-hour resolution rate", "24小时解决率"),
  /** Satisfaction rate (满意率). */
  SATISFACTION("satisfaction", "satisfaction rate", "满意率");

  private final String code;
  private final Text label;

  RateMetric(String code, String en, String zh) {
    this.code = code;
    this.label = Text.of(en, zh);
  }

  /**
   * The code used in rubric JSON.
   *
   * @return the code, for example {@code answerRate}
   */
  public String code() {
    return code;
  }

  /**
   * The name of the rate.
   *
   * @return bilingual name
   */
  public Text label() {
    return label;
  }

  /**
   * Reads this rate off a unit's metrics.
   *
   * @param m the metrics
   * @return the exact rate
   */
  public Ratio of(UnitMetrics m) {
    return switch (this) {
      case ANSWER_RATE -> m.answerRate();
      case RESOLUTION_24H -> m.resolution24h().rate();
      case SATISFACTION -> m.satisfaction().rate();
    };
  }

  /**
   * Why this rate is not applicable for a unit (its denominator is 0), for the item's explanation.
   *
   * @param m the metrics
   * @return the reason, in English and Chinese
   */
  public Text notApplicableReason(UnitMetrics m) {
    return switch (this) {
      case ANSWER_RATE -> m.calls() == null
          ? Text.of("no call figures in the unit inputs", "单位输入中没有电话数据")
          : Text.of("no calls offered", "呼入电话数为 0");
      case RESOLUTION_24H -> m.resolution24h().eligible() == 0
          ? Text.of("no eligible tickets", "没有计入的工单")
          : Text.of(
              "all " + m.resolution24h().pending() + " eligible tickets still pending",
              "计入的 " + m.resolution24h().pending() + " 张工单均未到判定时点");
      case SATISFACTION -> m.satisfaction().exempt() > 0
          ? Text.of(
              "no return visit with a result (" + m.satisfaction().exempt() + " exempt)",
              "没有有结果的回访（" + m.satisfaction().exempt() + " 张不便回访）")
          : Text.of("no return visit with a result", "没有有结果的回访");
    };
  }

  /**
   * Looks a code up.
   *
   * @param code the JSON code
   * @return the rate, if known
   */
  public static Optional<RateMetric> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
