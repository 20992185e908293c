package dev.complaints.scoring.rubric;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deducts points from the total per counted finding of the unit inputs (for example each major complaint or
 * incident not reported as the rules require).
 *
 * @param id rule id
 * @param finding the inputs count
 * @param pointsPerFinding points per finding
 */
public record PerFindingDeduction(String id, Finding finding, int pointsPerFinding) implements ExtraRule {

  /**
   * Validates non-null parts.
   *
   * @param id not null
   * @param finding not null
   * @param pointsPerFinding checked by the rubric
   */
  public PerFindingDeduction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(finding, "finding");
  }

  @Override
  public List<ExtraDeduction> apply(UnitMetrics metrics, UnitInputs inputs, Map<String, ItemScore> items) {
    int n = finding.count(inputs, metrics);
    if (n == 0 || pointsPerFinding == 0) {
      return List.of();
    }
    Text from = finding.source(inputs, metrics);
    int points = (int) Math.min(Integer.MAX_VALUE, (long) n * pointsPerFinding);
    return List.of(new ExtraDeduction(
        id,
        -points,
        Text.of(
            finding.countEn(n) + from.en() + " × −" + pointsPerFinding + " → −" + points,
            finding.countZh(n) + from.zh() + " × −" + pointsPerFinding + " 分 → −" + points + " 分")));
  }

  @Override
  public List<Problem> problems(String path, Set<String> itemIds) {
    List<Problem> p = new ArrayList<>();
    if (pointsPerFinding < 0) {
      p.add(Problem.of(path + ".points", Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + pointsPerFinding)));
    }
    return p;
  }
}
