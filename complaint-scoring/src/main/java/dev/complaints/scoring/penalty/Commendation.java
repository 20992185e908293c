package dev.complaints.scoring.penalty;

import dev.complaints.scoring.period.Quarter;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One commendation decision: who, by which rule, the figures that earned it and why (in English and Simplified
 * Chinese). Like a penalty it is a decision, not a payroll entry: what a commendation brings is the host's
 * business.
 *
 * <p>A unit commendation ({@link CommendationRule#UNIT_QUARTER}) has a {@code unit}, its {@code redLights} in the
 * quarter and the rule's {@code redLightsAtMost} (null when the rule does not count red lights), and no rank; a
 * region commendation ({@link CommendationRule#REGION_RANK}) has a null {@code unit}, the region's {@code rank}
 * and the rule's {@code rankAtMost}, and no red lights.
 *
 * @param rule the rule applied
 * @param unit the unit commended, or null for a region
 * @param region the unit's region or the region commended; null for a unit without a known region
 * @param quarter the quarter
 * @param score the quarterly score that earned it (2 decimals)
 * @param scoreAtLeast the rule's threshold, inclusive
 * @param redLights for a unit, the red lights of its scorecards in the quarter's months; null for a region
 * @param redLightsAtMost for a unit, the most red lights the rule allows; null when red lights are not counted,
 *     and for a region
 * @param rank for a region, its quarterly rank; null for a unit
 * @param rankAtMost for a region, the lowest rank the rule commends (1: first); null for a unit
 * @param reason why, in English
 * @param reasonZh why, in Simplified Chinese
 */
public record Commendation(
    CommendationRule rule,
    @Nullable String unit,
    @Nullable String region,
    Quarter quarter,
    BigDecimal score,
    BigDecimal scoreAtLeast,
    @Nullable Long redLights,
    @Nullable Integer redLightsAtMost,
    @Nullable Integer rank,
    @Nullable Integer rankAtMost,
    String reason,
    String reasonZh) {

  /** Checks the required fields and that the figures match the rule. */
  public Commendation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(scoreAtLeast, "scoreAtLeast");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(reasonZh, "reasonZh");
    if (rule == CommendationRule.UNIT_QUARTER && (unit == null || redLights == null || rank != null)) {
      throw new IllegalArgumentException("a unit commendation names the unit and its red lights, and no rank");
    }
    if (rule == CommendationRule.REGION_RANK
        && (unit != null || region == null || rank == null || rankAtMost == null || redLights != null)) {
      throw new IllegalArgumentException("a region commendation names the region and its rank, and no unit");
    }
  }
}
