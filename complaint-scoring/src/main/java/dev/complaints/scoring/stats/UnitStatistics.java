package dev.complaints.scoring.stats;

/**
 * Statistics of one unit.
 *
 * @param unit the unit id
 * @param region its region, or null when no ticket named one (the smallest id when tickets disagree)
 * @param stats its statistics
 */
public record UnitStatistics(String unit, String region, Breakdown stats) {}
