package dev.complaints.scoring.stats;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How the handling plans went (plan effectiveness).
 *
 * @param plans tickets with a confirmed plan
 * @param decided of those, the plans carried out by the as-of instant, or not carried out and due before it
 * @param onTime of those, the plans carried out no later than due
 * @param onTimeRate {@code onTime / decided}, 4 decimals HALF_UP; null when nothing is decided
 * @param reworked tickets whose plan was drafted more than once (返工)
 */
public record PlanStatistics(long plans, long decided, long onTime, @Nullable BigDecimal onTimeRate, long reworked) {}
