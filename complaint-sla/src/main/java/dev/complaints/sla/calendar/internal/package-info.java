/** Implementation details of the business calendars: precomputed open-time tables. Not a public API. */
package dev.complaints.sla.calendar.internal;
