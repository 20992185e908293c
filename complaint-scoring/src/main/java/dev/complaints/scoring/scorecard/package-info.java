/**
 * Monthly scorecards per unit, region scores and ranks, and the mergeable period accumulator.
 * {@link dev.complaints.scoring.scorecard.Scorer} is the entry point.
 */
@NullMarked
package dev.complaints.scoring.scorecard;

import org.jspecify.annotations.NullMarked;
