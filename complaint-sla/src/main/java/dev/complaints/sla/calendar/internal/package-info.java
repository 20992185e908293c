/** Implementation details of the business calendars: precomputed open-time tables. Not a public API. */
@NullMarked
package dev.complaints.sla.calendar.internal;

import org.jspecify.annotations.NullMarked;
