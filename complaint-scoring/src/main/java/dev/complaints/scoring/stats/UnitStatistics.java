package dev.complaints.scoring.stats;

import org.jspecify.annotations.Nullable;

/**
 * Statistics of one unit.
 *
 * @param unit the unit id
 * @param region its region, or null when neither its inputs nor its tickets named one: from the inputs when
 *     given (see {@link StatisticsAccumulator#result(java.util.Collection, int)}), else the smallest id its
 *     tickets name
 * @param stats its statistics
 */
public record UnitStatistics(String unit, @Nullable String region, Breakdown stats) {}
