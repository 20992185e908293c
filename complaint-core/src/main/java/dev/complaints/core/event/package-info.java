/** Complaint events: what the engine decided, one record per event type; a complaint is the fold of its events. */
@NullMarked
package dev.complaints.core.event;

import org.jspecify.annotations.NullMarked;
