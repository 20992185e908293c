/**
 * Scorecard metrics (docs/scoring.md): 24-hour resolution, satisfaction, call answer rate, red lights, counts, handling time,
 * repeat and reopened complaints; exact rates and mergeable accumulators.
 */
@NullMarked
package dev.complaints.scoring.metrics;

import org.jspecify.annotations.NullMarked;
