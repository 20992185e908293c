package dev.complaints.sla.policy;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limit of an SLA target for one grade: an amount of working time on a clock, or a number of working days.
 *
 * <ul>
 *   <li>{@link ClockKind#CONTINUOUS}: a positive duration, no calendar;
 *   <li>{@link ClockKind#BUSINESS_HOURS}: a positive duration of open time of a calendar;
 *   <li>{@link ClockKind#WORKING_DAYS}: a positive number of working days of a calendar; the deadline is the
 *       end (24:00) of the n-th working day after the day the timer started (that day is not counted).
 * </ul>
 *
 * <p>A limit may also run <em>until the plan's due instant</em> ({@link #untilPlanDue(ClockKind, String)}): the
 * timer of a plan's own deadline, started when the plan is confirmed; its limit is the working time on its clock
 * from the start to the due instant the confirmed plan names (zero for a plan due at or before its
 * confirmation, which is overdue at once).
 */
public final class Limit {
  private final ClockKind clock;
  private final @Nullable String calendar;
  private final @Nullable Duration duration;
  private final int workingDays;
  private final boolean untilPlanDue;

  private Limit(ClockKind clock, @Nullable String calendar, @Nullable Duration duration, int workingDays) {
    this(clock, calendar, duration, workingDays, false);
  }

  private Limit(ClockKind clock, @Nullable String calendar, @Nullable Duration duration, int workingDays,
      boolean untilPlanDue) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.calendar = calendar;
    this.duration = duration;
    this.workingDays = workingDays;
    this.untilPlanDue = untilPlanDue;
    if (clock.needsCalendar() && (calendar == null || calendar.isBlank())) {
      throw new IllegalArgumentException("a " + clock + " limit needs a calendar id");
    }
    if (!clock.needsCalendar() && calendar != null) {
      throw new IllegalArgumentException("a CONTINUOUS limit takes no calendar, was given '" + calendar + "'");
    }
    if (untilPlanDue) {
      if (duration != null || workingDays != 0) {
        throw new IllegalArgumentException("a limit until the plan's due instant takes no duration or working days");
      }
    } else if (clock == ClockKind.WORKING_DAYS) {
      if (duration != null || workingDays < 1) {
        throw new IllegalArgumentException("a WORKING_DAYS limit is a positive number of working days");
      }
    } else {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("a " + clock + " limit is a positive duration, was " + duration);
      }
    }
  }

  /**
   * A limit of continuous (24/7) time.
   *
   * @param duration the limit, positive
   * @return the limit
   */
  public static Limit continuous(Duration duration) {
    return new Limit(ClockKind.CONTINUOUS, null, Objects.requireNonNull(duration, "duration"), 0);
  }

  /**
   * A limit of open time of a business calendar.
   *
   * @param duration the limit, positive
   * @param calendar the calendar id
   * @return the limit
   */
  public static Limit businessHours(Duration duration, String calendar) {
    return new Limit(ClockKind.BUSINESS_HOURS, calendar, Objects.requireNonNull(duration, "duration"), 0);
  }

  /**
   * A limit of whole working days of a calendar.
   *
   * @param days number of working days, at least 1
   * @param calendar the calendar id whose working days count
   * @return the limit
   */
  public static Limit workingDays(int days, String calendar) {
    return new Limit(ClockKind.WORKING_DAYS, calendar, null, days);
  }

  /**
   * A duration limit on a clock: {@link #continuous} when {@code clock} is CONTINUOUS (the calendar must then
   * be null), {@link #businessHours} when it is BUSINESS_HOURS.
   *
   * @param clock CONTINUOUS or BUSINESS_HOURS
   * @param calendar the calendar id, null for CONTINUOUS
   * @param duration the limit, positive
   * @return the limit
   * @throws IllegalArgumentException for WORKING_DAYS (use {@link #workingDays}) or a bad combination
   */
  public static Limit ofDuration(ClockKind clock, @Nullable String calendar, Duration duration) {
    return new Limit(clock, calendar, Objects.requireNonNull(duration, "duration"), 0);
  }

  /**
   * The clock this limit is counted on.
   *
   * @return the clock
   */
  public ClockKind clock() {
    return clock;
  }

  /**
   * The calendar id, null for CONTINUOUS.
   *
   * @return the calendar id, or null
   */
  public @Nullable String calendar() {
    return calendar;
  }

  /**
   * The limit as working time, null for a WORKING_DAYS limit.
   *
   * @return the duration, or null
   */
  public @Nullable Duration duration() {
    return duration;
  }

  /**
   * The number of working days of a WORKING_DAYS limit, null for any other limit.
   *
   * @return the number of working days, or null
   */
  public @Nullable Integer workingDays() {
    return isWorkingDays() ? Integer.valueOf(workingDays) : null;
  }

  /**
   * Whether this limit is a number of working days.
   *
   * @return true for a WORKING_DAYS limit of n days
   */
  public boolean isWorkingDays() {
    return clock == ClockKind.WORKING_DAYS && !untilPlanDue;
  }

  /**
   * A limit that runs until the due instant of the plan confirmed when the timer started, counted on a clock.
   *
   * @param clock the clock the working time is counted on
   * @param calendar the calendar id for BUSINESS_HOURS and WORKING_DAYS, null for CONTINUOUS
   * @return the limit
   */
  public static Limit untilPlanDue(ClockKind clock, @Nullable String calendar) {
    return new Limit(clock, calendar, null, 0, true);
  }

  /**
   * Whether this limit runs until the plan's due instant.
   *
   * @return true for a limit made by {@link #untilPlanDue(ClockKind, String)}
   */
  public boolean isUntilPlanDue() {
    return untilPlanDue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limit l
        && clock == l.clock
        && Objects.equals(calendar, l.calendar)
        && Objects.equals(duration, l.duration)
        && workingDays == l.workingDays
        && untilPlanDue == l.untilPlanDue;
  }

  @Override
  public int hashCode() {
    return Objects.hash(clock, calendar, duration, workingDays, untilPlanDue);
  }

  @Override
  public String toString() {
    String amount = untilPlanDue ? "until the plan's due instant"
        : isWorkingDays() ? workingDays + " working days" : duration.toString();
    return amount + " " + clock + (calendar == null ? "" : " (" + calendar + ")");
  }
}
