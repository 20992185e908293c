package dev.complaints.scoring.rubric;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The points a unit's items of one management dimension scored together. Extra deductions apply to the total
 * and belong to no dimension, so the subtotals add up to the sum of the items, not to the total.
 *
 * @param dimension the dimension
 * @param points the sum of its items' points
 * @param max the sum of its items' maxima
 */
public record DimensionSubtotal(Dimension dimension, int points, int max) {

  /**
   * Validates the subtotal.
   *
   * @param dimension not null
   * @param points within 0..max
   * @param max not negative
   */
  public DimensionSubtotal {
    Objects.requireNonNull(dimension, "dimension");
    if (points < 0 || points > max) {
      throw new IllegalArgumentException(dimension + " subtotal " + points + " outside 0.." + max);
    }
  }

  /**
   * The subtotals of item scores, one per dimension that has items, in the order of {@link Dimension}.
   *
   * @param items item scores
   * @return the subtotals
   */
  public static List<DimensionSubtotal> of(List<ItemScore> items) {
    Map<Dimension, int[]> sums = new EnumMap<>(Dimension.class);
    for (ItemScore i : items) {
      int[] s = sums.computeIfAbsent(i.dimension(), d -> new int[2]);
      s[0] += i.points();
      s[1] += i.max();
    }
    List<DimensionSubtotal> out = new ArrayList<>(sums.size());
    sums.forEach((d, s) -> out.add(new DimensionSubtotal(d, s[0], s[1])));
    return List.copyOf(out);
  }
}
