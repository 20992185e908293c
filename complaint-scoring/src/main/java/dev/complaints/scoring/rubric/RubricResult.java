package dev.complaints.scoring.rubric;

import java.util.List;

/**
 * A unit's scores under a rubric.
 *
 * @param items every item's score, in rubric order
 * @param extraDeductions the deductions applied to the total, in rubric order
 * @param total the sum of items and deductions, clamped to {@code 0..maxTotal}
 */
public record RubricResult(List<ItemScore> items, List<ExtraDeduction> extraDeductions, int total) {

  /**
   * Copies the lists.
   *
   * @param items not null
   * @param extraDeductions not null
   * @param total the total
   */
  public RubricResult {
    items = List.copyOf(items);
    extraDeductions = List.copyOf(extraDeductions);
  }

  /**
   * The items' points per management dimension, in the order of {@link Dimension}.
   *
   * @return one subtotal per dimension that has items
   */
  public List<DimensionSubtotal> subtotals() {
    return DimensionSubtotal.of(items);
  }
}
