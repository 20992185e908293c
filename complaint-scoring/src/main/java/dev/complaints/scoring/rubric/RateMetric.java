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
   * Looks a code up.
   *
   * @param code the JSON code
   * @return the rate, if known
   */
  public static Optional<RateMetric> ofCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
