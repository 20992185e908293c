package dev.complaints.scoring.rubric;

import java.util.Objects;

/**
 * A deduction applied to a unit's total.
 *
 * @param rule the id of the extra-deduction rule that applied
 * @param points the change to the total, negative
 * @param reason why, in English and Chinese
 */
public record ExtraDeduction(String rule, int points, Text reason) {

  /**
   * Validates the deduction.
   *
   * @param rule not null
   * @param points not positive
   * @param reason not null
   */
  public ExtraDeduction {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    if (points > 0) {
      throw new IllegalArgumentException("a deduction is not positive, got " + points);
    }
  }
}
