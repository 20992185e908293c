package dev.complaints.sla.calendar.internal;

import dev.complaints.sla.calendar.TimeWindow;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The windows a calendar lists for one date (after exceptions). */
@FunctionalInterface
public interface DaySource {
  /**
   * The date's own windows.
   *
   * @param date a local date
   * @return its windows sorted by start (empty when closed), or {@code null} when the calendar does not know
   *     the date (outside a dataset's covered years)
   */
  @Nullable List<TimeWindow> windowsOrNull(LocalDate date);
}
