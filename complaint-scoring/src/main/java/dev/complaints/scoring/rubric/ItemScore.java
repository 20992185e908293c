package dev.complaints.scoring.rubric;

import java.util.Objects;

/**
 * The points one rubric item scored, with the reason.
 *
 * @param item the item id, for example {@code publicity}
 * @param points points scored, {@code 0 <= points <= max}
 * @param max the item's maximum
 * @param explanation why, in English and Chinese
 */
public record ItemScore(String item, int points, int max, Text explanation) {

  /**
   * Validates the score.
   *
   * @param item not null
   * @param points within 0..max
   * @param max non-negative
   * @param explanation not null
   */
  public ItemScore {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(explanation, "explanation");
    if (points < 0 || points > max) {
      throw new IllegalArgumentException("item " + item + " points " + points + " outside 0.." + max);
    }
  }
}
