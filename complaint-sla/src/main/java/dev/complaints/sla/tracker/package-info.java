/**
 * The SLA tracker over many complaints: statuses at an instant, the SLA board of open timers by alert level, and
 * the next instant at which any alert level changes.
 */
@NullMarked
package dev.complaints.sla.tracker;

import org.jspecify.annotations.NullMarked;
