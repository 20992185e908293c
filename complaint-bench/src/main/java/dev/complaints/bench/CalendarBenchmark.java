package dev.complaints.bench;

import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.DueAt;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Calendar arithmetic: {@code add} and {@code between} on the national working-day calendar (Monday–Friday
 * 09:00–18:00 Asia/Shanghai with the 2024–2026 holidays and transfer workdays, weekly rule after 2026) for
 * limits of 1 hour, 5 working days (45 h of working time), 60 days and 365 days of working time, next to a
 * minute-stepping baseline and to one {@code Instant -> LocalDateTime} conversion, in the same run.
 *
 * <p>Starts are 1024 random whole minutes in 2025–2026, cycled, so that every call does real work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CalendarBenchmark {
  private static final int N = 1024;

  /** The working-time limit. */
  @Param({"PT1H", "PT45H", "P60D", "P365D"})
  public String limit;

  private BusinessCalendar calendar;
  private ZoneId zone;
  private Duration duration;
  private final Instant[] starts = new Instant[N];
  private final Instant[] ends = new Instant[N];
  private int i;

  /** Builds the calendar and the starts, and warms the calendar's tables. */
  @Setup
  public void setUp() {
    calendar = BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears();
    zone = calendar.zone();
    duration = Duration.parse(limit);
    Random r = new Random(4);
    long from = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() / 60;
    for (int k = 0; k < N; k++) {
      starts[k] = Instant.ofEpochSecond((from + r.nextInt(2 * 365 * 1440)) * 60);
      ends[k] = calendar.add(starts[k], duration);
    }
  }

  private int next() {
    return i++ & (N - 1);
  }

  /**
   * The deadline {@code limit} of working time after a start.
   *
   * @return the deadline
   */
  @Benchmark
  public Instant add() {
    return calendar.add(starts[next()], duration);
  }

  /**
   * The working time between a start and its deadline ({@code limit} of working time later).
   *
   * @return the working time
   */
  @Benchmark
  public Duration between() {
    int k = next();
    return calendar.between(starts[k], ends[k]);
  }

  /**
   * Baseline: the same deadline by stepping one minute at a time.
   *
   * @return the deadline
   */
  @Benchmark
  public Instant addByMinuteStepping() {
    return CalendarStepping.add(calendar, starts[next()], duration);
  }

  /**
   * Baseline: the same working time by stepping one minute at a time.
   *
   * @return the working time
   */
  @Benchmark
  public Duration betweenByMinuteStepping() {
    int k = next();
    return CalendarStepping.between(calendar, starts[k], ends[k]);
  }

  /**
   * Five working days, due at the end of the day.
   *
   * @return the deadline
   */
  @Benchmark
  public Instant addWorkingDays5() {
    return calendar.addWorkingDays(starts[next()], 5, DueAt.END_OF_DAY);
  }

  /**
   * Reference: one {@code Instant -> LocalDateTime} conversion in the calendar's zone.
   *
   * @return the local date-time
   */
  @Benchmark
  public LocalDateTime zoneConversion() {
    return LocalDateTime.ofInstant(starts[next()], zone);
  }
}
