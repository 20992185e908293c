/**
 * Statistics for managers (docs/domain.md §"Root causes and who was complained about"): volume and
 * month-over-month trend, shares by category, channel and grade, the timeliness distribution, the satisfaction
 * trend, rate, mean score and distribution, hot spots (top subjects and locations), the departments and handlers
 * complained about, root causes, the handling rate (處理率), plan effectiveness, repeats and reopenings, per unit
 * and overall.
 *
 * <p>{@link dev.complaints.scoring.stats.StatisticsAccumulator} keeps counters per unit, month and key, so its
 * memory grows with units, months and distinct keys, not with tickets; merging two accumulators gives the same
 * result as adding all their tickets to one.
 */
@NullMarked
package dev.complaints.scoring.stats;

import org.jspecify.annotations.NullMarked;
