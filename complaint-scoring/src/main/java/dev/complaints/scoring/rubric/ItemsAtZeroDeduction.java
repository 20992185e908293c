package dev.complaints.scoring.rubric;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * "Any k of these items at zero": with n of the listed items scoring 0, the tier with the largest count not
 * above n applies (only that one: tiers are not cumulative). With the mall tiers {2 → 2, 3 → 5} over three
 * items, that is −2 when exactly two scored 0 and −5 when all three did.
 *
 * @param id rule id
 * @param items the item ids watched
 * @param tiers counts with the points deducted, increasing counts
 */
public record ItemsAtZeroDeduction(String id, List<String> items, List<Tier> tiers) implements ExtraRule {

  /**
   * One tier.
   *
   * @param count how many of the items scored 0
   * @param points points deducted
   */
  public record Tier(int count, int points) {}

  /**
   * Copies the lists.
   *
   * @param id not null
   * @param items not null
   * @param tiers not null
   */
  public ItemsAtZeroDeduction {
    Objects.requireNonNull(id, "id");
    items = List.copyOf(items);
    tiers = List.copyOf(tiers);
  }

  @Override
  public List<ExtraDeduction> apply(UnitMetrics metrics, UnitInputs inputs, Map<String, ItemScore> scores) {
    List<String> zero = new ArrayList<>();
    for (String item : items) {
      ItemScore s = scores.get(item);
      if (s != null && s.points() == 0) {
        zero.add(item);
      }
    }
    Tier applies = null;
    for (Tier t : tiers) {
      if (t.count() <= zero.size() && (applies == null || t.count() > applies.count())) {
        applies = t;
      }
    }
    if (applies == null || applies.points() == 0) {
      return List.of();
    }
    String all = zero.size() == items.size() ? "all " + zero.size() : zero.size() + " of " + items.size();
    return List.of(new ExtraDeduction(
        id,
        -applies.points(),
        Text.of(
            all + " rate items scored 0 (" + String.join(", ", zero) + ") → −" + applies.points(),
            items.size() + " 项指标中 " + zero.size() + " 项得 0 分（" + String.join("、", zero) + "）→ −"
                + applies.points() + " 分")));
  }

  @Override
  public List<Problem> problems(String path, Set<String> itemIds) {
    List<Problem> p = new ArrayList<>();
    if (items.isEmpty()) {
      p.add(Problem.of(path + ".items", Wording.EMPTY));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      if (!itemIds.contains(item)) {
        p.add(Problem.of(path + ".items[" + i + "]", Wording.unknown("item", item, itemIds)));
      } else if (seen.containsKey(item)) {
        p.add(Problem.of(path + ".items[" + i + "]", Wording.duplicate("item", item, path + ".items["
            + seen.get(item) + "]")));
      } else {
        seen.put(item, i);
      }
    }
    if (tiers.isEmpty()) {
      p.add(Problem.of(path + ".tiers", Wording.EMPTY));
    }
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      String tp = path + ".tiers[" + i + "]";
      if (t.count() < 1 || t.count() > items.size()) {
        p.add(Problem.of(tp + ".count", Wording.mustBe(Wording.integer(1, items.size()), "" + t.count())));
      }
      if (t.points() < 0) {
        p.add(Problem.of(tp + ".points", Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + t.points())));
      }
      if (i > 0 && t.count() <= tiers.get(i - 1).count()) {
        p.add(Problem.of(tp + ".count", Wording.mustBe("more than " + tiers.get(i - 1).count()
            + ", the count before it: counts are strictly increasing", "" + t.count())));
      }
    }
    return p;
  }
}
