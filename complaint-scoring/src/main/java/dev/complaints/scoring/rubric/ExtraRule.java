package dev.complaints.scoring.rubric;

import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A deduction applied to the total after the items are scored. */
public sealed interface ExtraRule permits PerGradeDeduction, PerFindingDeduction, ItemsAtZeroDeduction {

  /**
   * The rule id, unique within the rubric.
   *
   * @return the id
   */
  String id();

  /**
   * The deductions this rule makes for a unit (none when it does not apply).
   *
   * @param metrics the unit's metrics
   * @param inputs the unit's inputs
   * @param items the unit's item scores by item id
   * @return the deductions, each with negative points
   */
  List<ExtraDeduction> apply(UnitMetrics metrics, UnitInputs inputs, Map<String, ItemScore> items);

  /**
   * Problems of this rule.
   *
   * @param path JSON path of the rule
   * @param itemIds the ids of the rubric's items
   * @return the problems, empty when valid
   */
  List<Problem> problems(String path, Set<String> itemIds);
}
