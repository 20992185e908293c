package dev.complaints.scoring.rubric;

import java.util.Objects;

/**
 * The points one rubric item scored, with the reason.
 *
 * @param item the item id, for example {@code publicity}
 * @param points points scored, {@code 0 <= points <= max}
 * @param max the item's maximum
 * @param explanation why, in English and Chinese
 * @param dimension the item's management dimension
 * @param strongControl whether the item is under strong control (强管控)
 */
public record ItemScore(String item, int points, int max, Text explanation, Dimension dimension,
    boolean strongControl) {

  /**
   * Validates the score.
   *
   * @param item not null
   * @param points within 0..max
   * @param max non-negative
   * @param explanation not null
   * @param dimension not null
   * @param strongControl the item's mark
   */
  public ItemScore {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(dimension, "dimension");
    if (points < 0 || points > max) {
      throw new IllegalArgumentException("item " + item + " points " + points + " outside 0.." + max);
    }
  }
}
