/**
 * Business calendars: open windows per weekday, date exceptions (holidays, transfer workdays, special
 * hours), and working-time arithmetic over them ({@link dev.complaints.sla.calendar.BusinessCalendar#add},
 * {@link dev.complaints.sla.calendar.BusinessCalendar#between},
 * {@link dev.complaints.sla.calendar.BusinessCalendar#addWorkingDays}).
 *
 * <p>Calendars are read from JSON and bundled presets through
 * {@link dev.complaints.sla.calendar.BusinessCalendars}, or built in Java with
 * {@link dev.complaints.sla.calendar.BusinessCalendar#builder(String, java.time.ZoneId)}.
 */
@NullMarked
package dev.complaints.sla.calendar;

import org.jspecify.annotations.NullMarked;
