/**
 * SLA timers: node visits and their outcomes ({@link dev.complaints.sla.timer.StageVisit},
 * {@link dev.complaints.sla.timer.VisitOutcome}), and timers driven by complaint events.
 */
@NullMarked
package dev.complaints.sla.timer;

import org.jspecify.annotations.NullMarked;
