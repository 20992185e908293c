package dev.complaints.scoring.rubric;

import java.util.Objects;

/**
 * One line of a rubric.
 *
 * @param id item id used in scorecards, for example {@code publicity}
 * @param label the item's name
 * @param max the maximum points
 * @param rule how it is scored
 * @param dimension the management dimension the item belongs to (管理维度)
 * @param strongControl whether the item is under strong control (强管控); it marks the item in rubrics and
 *     scorecards and does not change how it is scored
 */
public record RubricItem(String id, Text label, int max, ItemRule rule, Dimension dimension, boolean strongControl) {

  /**
   * Validates non-null parts; the rest is checked when the rubric is built.
   *
   * @param id not null
   * @param label not null
   * @param max checked by the rubric
   * @param rule not null
   * @param dimension not null
   * @param strongControl the mark
   */
  public RubricItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(dimension, "dimension");
  }

  /**
   * An item not under strong control.
   *
   * @param id item id
   * @param label the name
   * @param dimension the management dimension
   * @param max the maximum
   * @param rule the rule
   * @return the item
   */
  public static RubricItem of(String id, Text label, Dimension dimension, int max, ItemRule rule) {
    return new RubricItem(id, label, max, rule, dimension, false);
  }

  /**
   * The same item under strong control (强管控), or not.
   *
   * @param strong the mark
   * @return the item with the mark
   */
  public RubricItem withStrongControl(boolean strong) {
    return new RubricItem(id, label, max, rule, dimension, strong);
  }
}
