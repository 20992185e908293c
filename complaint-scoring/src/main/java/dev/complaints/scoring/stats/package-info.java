/**
 * Statistics for managers (seeds 000, 002, 003): volume and month-over-month trend, shares by category,
 * channel and grade, the timeliness distribution, the satisfaction trend and hot spots (top subjects and
 * locations), per unit and overall.
 *
 * <p>{@link dev.complaints.scoring.stats.StatisticsAccumulator} keeps counters per unit, month and key, so its
 * memory grows with units, months and distinct keys, not with tickets; merging two accumulators gives the same
 * result as adding all their tickets to one.
 */
@NullMarked
package dev.complaints.scoring.stats;

import org.jspecify.annotations.NullMarked;
