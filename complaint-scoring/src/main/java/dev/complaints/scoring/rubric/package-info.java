/**
 * Rubrics as data: item rules (tiered thresholds, per-finding and per-level deductions), extra deductions on
 * the total ("any k of these items at zero" among them), the {@code mall-scorecard} preset and the JSON form.
 */
@NullMarked
package dev.complaints.scoring.rubric;

import org.jspecify.annotations.NullMarked;
