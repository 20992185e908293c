package dev.complaints.scoring.rubric;

import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.List;

/** How a rubric item turns a unit's metrics and inputs into points. */
public sealed interface ItemRule permits TieredRule, PerFindingRule, PerLevelRule {

  /**
   * Scores the item; the result is clamped to {@code 0..max} by the caller.
   *
   * @param label the item's name
   * @param max the item's maximum
   * @param metrics the unit's metrics
   * @param inputs the unit's inputs
   * @return unclamped points and the explanation
   */
  Scored score(Text label, int max, UnitMetrics metrics, UnitInputs inputs);

  /**
   * Problems of this rule for an item with the given maximum.
   *
   * @param path JSON path of the rule
   * @param max the item's maximum
   * @return the problems, empty when valid
   */
  List<Problem> problems(String path, int max);

  /**
   * Points and the explanation.
   *
   * @param points the points, before clamping
   * @param explanation why
   */
  record Scored(int points, Text explanation) {}
}
