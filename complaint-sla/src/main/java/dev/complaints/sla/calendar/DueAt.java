package dev.complaints.sla.calendar;

/**
 * When, on the n-th working day, a working-day limit falls due
 * (see {@link BusinessCalendar#addWorkingDays(java.time.Instant, int, DueAt)}).
 */
public enum DueAt {
  /** 24:00 local time of the target working day (the start of the next date). */
  END_OF_DAY,
  /** The latest end among the windows listed for the target working day. */
  CLOSE_OF_BUSINESS,
  /**
   * The start's local time of day on the target working day, resolved like
   * {@code ZonedDateTime.of(LocalDateTime, zone)}: a time in a DST gap moves forward by the gap, a time in an
   * overlap takes the earlier offset.
   */
  SAME_TIME
}
