package dev.complaints.scoring.rubric;

import java.util.Objects;

/**
 * One line of a rubric.
 *
 * @param id item id used in scorecards, for example {@code publicity}
 * @param label the item's name
 * @param max the maximum points
 * @param rule how it is scored
 */
public record RubricItem(String id, Text label, int max, ItemRule rule) {

  /**
   * Validates non-null parts; the rest is checked when the rubric is built.
   *
   * @param id not null
   * @param label not null
   * @param max checked by the rubric
   * @param rule not null
   */
  public RubricItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(rule, "rule");
  }
}
