/**
 * Quarters and quarterly scores: a unit's quarterly score is the mean of its monthly scorecard totals, a
 * region's quarterly score is the mean of its units' quarterly scores, and regions are ranked by it.
 *
 * <p>Entry point: {@link dev.complaints.scoring.period.QuarterlyScoring}.
 */
@NullMarked
package dev.complaints.scoring.period;

import org.jspecify.annotations.NullMarked;
