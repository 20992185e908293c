package dev.complaints.scoring.rubric;

import dev.complaints.core.model.Grade;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Deducts points from the total per complaint of a grade (by the ticket's final grade).
 *
 * @param id rule id
 * @param pointsPerGrade points per complaint of each grade listed
 */
public record PerGradeDeduction(String id, Map<Grade, Integer> pointsPerGrade) implements ExtraRule {

  /**
   * Copies the map.
   *
   * @param id not null
   * @param pointsPerGrade not null
   */
  public PerGradeDeduction {
    Objects.requireNonNull(id, "id");
    pointsPerGrade = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(pointsPerGrade)));
  }

  static String zh(Grade g) {
    return switch (g) {
      case GENERAL -> "一般";
      case SERIOUS -> "较大";
      case MAJOR -> "重大";
      case CRITICAL -> "特别重大";
    };
  }

  @Override
  public List<ExtraDeduction> apply(UnitMetrics metrics, UnitInputs inputs, Map<String, ItemScore> items) {
    List<ExtraDeduction> out = new ArrayList<>();
    for (Map.Entry<Grade, Integer> e : pointsPerGrade.entrySet()) {
      long n = metrics.grade(e.getKey());
      if (n > 0 && e.getValue() > 0) {
        int points = (int) Math.min(Integer.MAX_VALUE, n * e.getValue());
        out.add(new ExtraDeduction(
            id,
            -points,
            Text.of(
                n + " " + e.getKey() + " complaint" + (n == 1 ? "" : "s") + " × −" + e.getValue() + " → −" + points,
                zh(e.getKey()) + "投诉 " + n + " 起 × −" + e.getValue() + " 分 → −" + points + " 分")));
      }
    }
    return out;
  }

  @Override
  public List<Problem> problems(String path, Set<String> itemIds) {
    List<Problem> p = new ArrayList<>();
    if (pointsPerGrade.isEmpty()) {
      p.add(Problem.of(path + ".points", Wording.EMPTY + " (give points for at least one grade)"));
    }
    pointsPerGrade.forEach((g, v) -> {
      if (v == null || v < 0) {
        p.add(Problem.of(path + ".points." + g, Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + v)));
      }
    });
    return p;
  }
}
