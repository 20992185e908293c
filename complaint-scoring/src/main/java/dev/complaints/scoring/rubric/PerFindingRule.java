package dev.complaints.scoring.rubric;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Per-finding deduction: the maximum minus {@code pointsPerFinding} for each finding, and 0 once the count
 * reaches {@code zeroAt}.
 *
 * @param finding the inputs count it is based on
 * @param pointsPerFinding points deducted per finding
 * @param zeroAt the count from which the item scores 0; null when no count does
 */
public record PerFindingRule(Finding finding, int pointsPerFinding, @Nullable Integer zeroAt) implements ItemRule {

  /**
   * Validates non-null parts.
   *
   * @param finding not null
   * @param pointsPerFinding checked by the rubric
   * @param zeroAt the count from which the item scores 0, or null
   */
  public PerFindingRule {
    Objects.requireNonNull(finding, "finding");
  }

  @Override
  public Scored score(Text label, int max, UnitMetrics metrics, UnitInputs inputs) {
    int n = finding.count(inputs, metrics);
    Text from = finding.source(inputs, metrics);
    if (n == 0) {
      return new Scored(
          max, Text.of(label.en() + ": no findings" + from.en() + " → " + max + " of " + max,
              label.zh() + "：无问题" + from.zh() + " → " + max + "/" + max + " 分"));
    }
    if (zeroAt != null && n >= zeroAt) {
      int z = zeroAt;
      return new Scored(
          0,
          Text.of(
              label.en() + ": " + finding.countEn(n) + from.en() + " (" + z + " or more → 0) → 0 of " + max,
              label.zh() + "：" + finding.countZh(n) + from.zh() + "（" + z + " 项及以上得 0 分）→ 0/" + max + " 分"));
    }
    long raw = max - (long) pointsPerFinding * n;
    int points = (int) Math.max(0, raw);
    return new Scored(
        points,
        Text.of(
            label.en() + ": " + finding.countEn(n) + from.en() + " × −" + pointsPerFinding + " → " + points + " of "
                + max,
            label.zh() + "：" + finding.countZh(n) + from.zh() + " × −" + pointsPerFinding + " 分 → " + points + "/"
                + max + " 分"));
  }

  @Override
  public List<Problem> problems(String path, int max) {
    List<Problem> p = new ArrayList<>();
    if (pointsPerFinding < 0) {
      p.add(Problem.of(path + ".points", Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + pointsPerFinding)));
    }
    if (zeroAt != null && zeroAt < 1) {
      p.add(Problem.of(path + ".zeroAt", Wording.mustBe(Wording.integer(1, Integer.MAX_VALUE), "" + zeroAt)));
    }
    return p;
  }
}
