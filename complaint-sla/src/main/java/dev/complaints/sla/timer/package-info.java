/**
 * SLA timers: node visits and their outcomes ({@link dev.complaints.sla.timer.StageVisit},
 * {@link dev.complaints.sla.timer.VisitOutcome}), and timers driven by complaint events.
 */
package dev.complaints.sla.timer;
