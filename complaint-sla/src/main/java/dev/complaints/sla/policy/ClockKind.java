package dev.complaints.sla.policy;

/**
 * How an SLA timer counts working time.
 *
 * <ul>
 *   <li>{@link #CONTINUOUS}: every instant counts (24/7), no calendar;
 *   <li>{@link #BUSINESS_HOURS}: only the open windows of a business calendar count;
 *   <li>{@link #WORKING_DAYS}: whole working days of a calendar count, each open 00:00&ndash;24:00 in the
 *       calendar's zone, other days closed; limits are given as a number of working days.
 * </ul>
 */
public enum ClockKind {
  /** Every instant counts. */
  CONTINUOUS,
  /** Only the open windows of a business calendar count. */
  BUSINESS_HOURS,
  /** Whole working days of a calendar count (each 24 h), closed days count 0. */
  WORKING_DAYS;

  /**
   * Whether this clock needs a calendar.
   *
   * @return true for {@link #BUSINESS_HOURS} and {@link #WORKING_DAYS}
   */
  public boolean needsCalendar() {
    return this != CONTINUOUS;
  }
}
