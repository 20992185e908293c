package dev.complaints.scoring.rubric;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.sla.AlertLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Per-level deduction on red lights: the maximum minus the points of each red light at its level; any red
 * light at a level in {@code zeroAtAny} scores 0.
 *
 * @param pointsPerLevel points deducted per red light of a level
 * @param zeroAtAny levels of which a single red light scores 0
 */
public record PerLevelRule(Map<AlertLevel, Integer> pointsPerLevel, Set<AlertLevel> zeroAtAny) implements ItemRule {

  /**
   * Copies the maps (keeping alert-level order).
   *
   * @param pointsPerLevel not null
   * @param zeroAtAny not null
   */
  public PerLevelRule {
    pointsPerLevel = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(pointsPerLevel)));
    zeroAtAny =
        Collections.unmodifiableSet(zeroAtAny.isEmpty() ? EnumSet.noneOf(AlertLevel.class) : EnumSet.copyOf(zeroAtAny));
  }

  private static String zh(AlertLevel l) {
    return switch (l) {
      case RED_1 -> "一级红灯";
      case RED_2 -> "二级红灯";
      case RED_3 -> "三级红灯";
      case YELLOW -> "黄灯";
      case NONE -> "无";
    };
  }

  @Override
  public Scored score(Text label, int max, UnitMetrics metrics, UnitInputs inputs) {
    for (AlertLevel l : zeroAtAny) {
      long n = metrics.redLights(l);
      if (n > 0) {
        return new Scored(
            0,
            Text.of(
                label.en() + ": " + n + " " + l + " (any " + l + " → 0) → 0 of " + max,
                label.zh() + "：" + zh(l) + " " + n + " 次（出现" + zh(l) + "得 0 分）→ 0/" + max + " 分"));
      }
    }
    long deducted = 0;
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (Map.Entry<AlertLevel, Integer> e : pointsPerLevel.entrySet()) {
      long n = metrics.redLights(e.getKey());
      if (n > 0) {
        deducted += n * e.getValue();
        en.add(n + " " + e.getKey() + " × −" + e.getValue());
        zh.add(zh(e.getKey()) + " " + n + " 次 × −" + e.getValue() + " 分");
      }
    }
    if (en.isEmpty()) {
      return new Scored(
          max, Text.of(label.en() + ": no red lights → " + max + " of " + max, label.zh() + "：无红灯 → " + max + "/" + max + " 分"));
    }
    int points = (int) Math.max(0, max - deducted);
    return new Scored(
        points,
        Text.of(
            label.en() + ": " + String.join(", ", en) + " → " + points + " of " + max,
            label.zh() + "：" + String.join("，", zh) + " → " + points + "/" + max + " 分"));
  }

  /** The levels a per-level rule counts, as the JSON form names them. */
  private static final List<String> RED = List.of("RED_1", "RED_2", "RED_3");

  @Override
  public List<Problem> problems(String path, int max) {
    List<Problem> p = new ArrayList<>();
    if (pointsPerLevel.isEmpty() && zeroAtAny.isEmpty()) {
      p.add(Problem.of(path, "must give points for at least one level or a zero-out level"));
    }
    for (Map.Entry<AlertLevel, Integer> e : pointsPerLevel.entrySet()) {
      if (!e.getKey().isRed()) {
        p.add(Problem.of(path + ".points." + e.getKey(), Wording.unknownField(RED)));
      }
      if (e.getValue() == null || e.getValue() < 0) {
        p.add(Problem.of(path + ".points." + e.getKey(), Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE),
            "" + e.getValue())));
      }
    }
    for (AlertLevel l : zeroAtAny) {
      if (!l.isRed()) {
        p.add(Problem.of(path + ".zeroAtAny", Wording.oneOf(RED, Wording.found(l.name()))));
      }
    }
    return p;
  }
}
