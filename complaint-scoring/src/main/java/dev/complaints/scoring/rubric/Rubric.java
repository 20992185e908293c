package dev.complaints.scoring.rubric;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scoring rubric as data: items with rules, extra deductions on the total and the stated assumptions.
 * Rubrics are validated when built: every problem is listed with its JSON path.
 *
 * <p>Scoring: each item is clamped to {@code 0..max}; the total is the sum of the items and the extra
 * deductions, clamped to {@code 0..maxTotal}.
 *
 * @param id rubric id, for example {@code mall-scorecard}
 * @param name the rubric's name
 * @param maxTotal the maximum total, equal to the sum of the items' maxima
 * @param items the items, in order
 * @param extraDeductions deductions on the total, in order
 * @param assumptions assumptions the rubric makes where its source is silent
 */
public record Rubric(
    String id,
    Text name,
    int maxTotal,
    List<RubricItem> items,
    List<ExtraRule> extraDeductions,
    List<Text> assumptions) {

  /**
   * Validates the rubric.
   *
   * @param id not blank
   * @param name not null
   * @param maxTotal the sum of the item maxima
   * @param items unique ids
   * @param extraDeductions unique ids, valid references
   * @param assumptions not null
   * @throws ValidationException listing every problem
   */
  public Rubric {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    extraDeductions = List.copyOf(Objects.requireNonNull(extraDeductions, "extraDeductions"));
    assumptions = List.copyOf(Objects.requireNonNull(assumptions, "assumptions"));
    List<Problem> problems = problems(id, name, maxTotal, items, extraDeductions);
    if (!problems.isEmpty()) {
      throw new ValidationException("rubric '" + id + "'", problems);
    }
  }

  static List<Problem> problems(
      String id, Text name, int maxTotal, List<RubricItem> items, List<ExtraRule> extras) {
    List<Problem> p = new ArrayList<>();
    if (id == null) {
      p.add(Problem.of("$.id", Wording.MISSING));
    } else if (id.isBlank()) {
      p.add(Problem.of("$.id", Wording.BLANK));
    }
    if (name == null) {
      p.add(Problem.of("$.name", Wording.MISSING));
    }
    if (items.isEmpty()) {
      p.add(Problem.of("$.items", Wording.EMPTY));
    }
    Map<String, Integer> ids = new LinkedHashMap<>();
    long sum = 0;
    for (int i = 0; i < items.size(); i++) {
      RubricItem item = items.get(i);
      String path = "$.items[" + i + "]";
      if (item.id().isBlank()) {
        p.add(Problem.of(path + ".id", Wording.BLANK));
      } else if (ids.containsKey(item.id())) {
        p.add(Problem.of(path + ".id", Wording.duplicate("item id", item.id(), "$.items[" + ids.get(item.id())
            + "].id")));
      } else {
        ids.put(item.id(), i);
      }
      if (item.max() < 0) {
        p.add(Problem.of(path + ".max", Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + item.max())));
      }
      sum += item.max();
      p.addAll(item.rule().problems(path + ".rule", item.max()));
    }
    if (maxTotal <= 0) {
      p.add(Problem.of("$.maxTotal", Wording.mustBe(Wording.integer(1, Integer.MAX_VALUE), "" + maxTotal)));
    } else if (!items.isEmpty() && sum != maxTotal) {
      p.add(Problem.of("$.maxTotal", Wording.mustBe(sum + ", the sum of the items' maxima", "" + maxTotal)));
    }
    Map<String, Integer> extraIds = new HashMap<>();
    for (int i = 0; i < extras.size(); i++) {
      ExtraRule r = extras.get(i);
      String path = "$.extraDeductions[" + i + "]";
      if (r.id().isBlank()) {
        p.add(Problem.of(path + ".id", Wording.BLANK));
      } else if (extraIds.containsKey(r.id())) {
        p.add(Problem.of(path + ".id", Wording.duplicate("rule id", r.id(), "$.extraDeductions["
            + extraIds.get(r.id()) + "].id")));
      } else {
        extraIds.put(r.id(), i);
      }
      p.addAll(r.problems(path, ids.keySet()));
    }
    return p;
  }

  /**
   * Starts a builder.
   *
   * @param id the rubric id
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * The item with an id.
   *
   * @param itemId the id
   * @return the item
   * @throws IllegalArgumentException when there is none
   */
  public RubricItem item(String itemId) {
    return items.stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("rubric " + id + " has no item '" + itemId + "'"));
  }

  /**
   * Scores a unit.
   *
   * @param metrics its metrics
   * @param inputs its inputs (use {@link UnitInputs#none} when it has none)
   * @return items, deductions and total
   */
  public RubricResult score(UnitMetrics metrics, UnitInputs inputs) {
    List<ItemScore> scores = new ArrayList<>(items.size());
    Map<String, ItemScore> byId = new LinkedHashMap<>();
    long sum = 0;
    for (RubricItem item : items) {
      ItemRule.Scored s = item.rule().score(item.label(), item.max(), metrics, inputs);
      int points = Math.max(0, Math.min(item.max(), s.points()));
      ItemScore score =
          new ItemScore(item.id(), points, item.max(), s.explanation(), item.dimension(), item.strongControl());
      scores.add(score);
      byId.put(item.id(), score);
      sum += points;
    }
    List<ExtraDeduction> extras = new ArrayList<>();
    for (ExtraRule r : extraDeductions) {
      for (ExtraDeduction d : r.apply(metrics, inputs, byId)) {
        extras.add(d);
        sum += d.points();
      }
    }
    int total = (int) Math.max(0, Math.min(maxTotal, sum));
    return new RubricResult(scores, extras, total);
  }

  /** Builds rubrics in Java; {@link #build()} validates. */
  public static final class Builder {
    private final String id;
    private Text name;
    private Integer maxTotal;
    private final List<RubricItem> items = new ArrayList<>();
    private final List<ExtraRule> extras = new ArrayList<>();
    private final List<Text> assumptions = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
      this.name = Text.of(id, id);
    }

    /**
     * Sets the name.
     *
     * @param en English
     * @param zh Chinese
     * @return this builder
     */
    public Builder name(String en, String zh) {
      this.name = Text.of(en, zh);
      return this;
    }

    /**
     * Sets the maximum total; by default the sum of the items' maxima.
     *
     * @param maxTotal the maximum
     * @return this builder
     */
    public Builder maxTotal(int maxTotal) {
      this.maxTotal = maxTotal;
      return this;
    }

    /**
     * Adds an item not under strong control.
     *
     * @param id item id
     * @param label the name
     * @param dimension the management dimension it belongs to
     * @param max the maximum
     * @param rule the rule
     * @return this builder
     */
    public Builder item(String id, Text label, Dimension dimension, int max, ItemRule rule) {
      return item(RubricItem.of(id, label, dimension, max, rule));
    }

    /**
     * Adds an item under strong control (强管控).
     *
     * @param id item id
     * @param label the name
     * @param dimension the management dimension it belongs to
     * @param max the maximum
     * @param rule the rule
     * @return this builder
     */
    public Builder strongControlItem(String id, Text label, Dimension dimension, int max, ItemRule rule) {
      return item(RubricItem.of(id, label, dimension, max, rule).withStrongControl(true));
    }

    /**
     * Adds an item.
     *
     * @param item the item
     * @return this builder
     */
    public Builder item(RubricItem item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Adds an extra deduction.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder extra(ExtraRule rule) {
      extras.add(rule);
      return this;
    }

    /**
     * Adds a stated assumption.
     *
     * @param en English
     * @param zh Chinese
     * @return this builder
     */
    public Builder assumption(String en, String zh) {
      assumptions.add(Text.of(en, zh));
      return this;
    }

    /**
     * Builds and validates the rubric.
     *
     * @return the rubric
     * @throws ValidationException listing every problem
     */
    public Rubric build() {
      int total = maxTotal != null ? maxTotal : items.stream().mapToInt(RubricItem::max).sum();
      return new Rubric(id, name, total, items, extras, assumptions);
    }
  }
}
