package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties on random calendars (random windows including past-midnight ones, random closed dates and
 * special hours, Europe/Berlin, America/New_York and Asia/Shanghai around their DST changes): the laws of
 * of docs/sla.md hold, and the answers agree with a minute- and day-stepping oracle.
 */
class CalendarPropertiesTest {
  private static final int EXAMPLES = 150;

  private static final Gen<Long> SEEDS = longs().all();
  /** Minutes after the anchor date's midnight (UTC), up to three weeks. */
  private static final Gen<Integer> OFFSETS = integers().between(0, 21 * 1440);

  private static Instant start(long seed, int offsetMinutes) {
    return RandomCalendars.anchor(seed).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
        .plusSeconds(60L * offsetMinutes);
  }

  @Test
  void addAgreesWithMinuteStepping() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, OFFSETS, integers().between(0, 1500))
        .checkAssert((seed, off, limit) -> {
          BusinessCalendar cal = RandomCalendars.calendar(seed);
          Instant t = start(seed, off);
          Duration d = Duration.ofMinutes(limit);
          assertThat(cal.add(t, d)).as("add(%s, %s) in %s", t, d, cal).isEqualTo(new Oracle(cal).add(t, d));
        });
  }

  @Test
  void betweenAgreesWithMinuteStepping() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, OFFSETS, integers().between(0, 6 * 1440))
        .checkAssert((seed, off, span) -> {
          BusinessCalendar cal = RandomCalendars.calendar(seed);
          Instant a = start(seed, off);
          Instant b = a.plusSeconds(60L * span);
          assertThat(cal.between(a, b)).as("between(%s, %s) in %s", a, b, cal)
              .isEqualTo(new Oracle(cal).between(a, b));
        });
  }

  @Test
  void isOpenAndNextOpenAgreeWithTheOracle() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, OFFSETS).checkAssert((seed, off) -> {
      BusinessCalendar cal = RandomCalendars.calendar(seed);
      Oracle oracle = new Oracle(cal);
      Instant t = start(seed, off);
      assertThat(cal.isOpen(t)).as("isOpen(%s) in %s", t, cal).isEqualTo(oracle.isOpen(t.getEpochSecond()));
      assertThat(cal.nextOpen(t)).as("nextOpen(%s) in %s", t, cal).isEqualTo(oracle.nextOpen(t));
      Instant open = cal.nextOpen(t);
      assertThat(cal.isOpen(open)).isTrue();
      assertThat(cal.between(t, open)).isEqualTo(Duration.ZERO);
    });
  }

  @Test
  void addWorkingDaysAgreesWithDayStepping() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, OFFSETS, integers().between(1, 15), integers().between(0, 2))
        .checkAssert((seed, off, n, due) -> {
          BusinessCalendar cal = RandomCalendars.calendar(seed);
          Instant t = start(seed, off).plusSeconds(seed & 59);
          DueAt dueAt = DueAt.values()[due];
          assertThat(cal.addWorkingDays(t, n, dueAt)).as("addWorkingDays(%s, %s, %s) in %s", t, n, dueAt, cal)
              .isEqualTo(new Oracle(cal).addWorkingDays(t, n, dueAt));
        });
  }

  @Test
  void workingDaysAndWholeWorkingDayCalendarAgree() {
    qt().withExamples(EXAMPLES).forAll(SEEDS, integers().between(-10, 40), integers().between(0, 1439))
        .checkAssert((seed, day, minute) -> {
          BusinessCalendar cal = RandomCalendars.calendar(seed);
          LocalDate date = RandomCalendars.anchor(seed).plusDays(day);
          assertThat(cal.isWorkingDay(date)).isEqualTo(new Oracle(cal).isWorkingDay(date));
          Instant t = date.atStartOfDay(cal.zone()).plusMinutes(minute).toInstant();
          LocalDate local = LocalDateTime.ofInstant(t, cal.zone()).toLocalDate();
          assertThat(cal.wholeWorkingDays().isOpen(t)).as("whole-day calendar at %s", t)
              .isEqualTo(cal.isWorkingDay(local));
        });
  }

  /** Arbitrary instants (seconds and nanoseconds), limits up to several years. */
  @Test
  void lawsHold() {
    Gen<Long> nanos = longs().between(0, 21L * 86_400 * 1_000_000_000L);
    Gen<Long> limits = longs().between(0, 40_000L * 3600 * 1_000_000_000L);
    qt().withExamples(EXAMPLES).forAll(SEEDS, nanos, limits, limits).checkAssert((seed, off, l1, l2) -> {
      BusinessCalendar cal = RandomCalendars.calendar(seed);
      Instant t = start(seed, 0).plusNanos(off);
      Duration d1 = Duration.ofNanos(Math.min(l1, l2) / (seed % 3 == 0 ? 1 : 1000));
      Duration d2 = Duration.ofNanos(Math.max(l1, l2) / (seed % 3 == 0 ? 1 : 1000));
      Instant a1 = cal.add(t, d1);
      Instant a2 = cal.add(t, d2);
      // between(t, add(t, d)) = d
      assertThat(cal.between(t, a1)).as("between(t, add(t, %s))", d1).isEqualTo(d1);
      assertThat(cal.between(t, a2)).as("between(t, add(t, %s))", d2).isEqualTo(d2);
      // monotonic in d
      assertThat(a1).isBeforeOrEqualTo(a2);
      // additivity
      Instant b = t.plusNanos((a2.getEpochSecond() - t.getEpochSecond()) / 3 * 1_000_000_000L);
      assertThat(cal.between(t, a1).plus(cal.between(a1, a2))).isEqualTo(cal.between(t, a2));
      if (!b.isAfter(a2) && !b.isBefore(t)) {
        assertThat(cal.between(t, b).plus(cal.between(b, a2))).isEqualTo(cal.between(t, a2));
      }
      // the earliest such instant: a nanosecond earlier, less has passed
      if (!d1.isZero()) {
        assertThat(cal.between(t, a1.minusNanos(1))).isLessThan(d1);
      } else {
        assertThat(a1).isEqualTo(cal.nextOpen(t));
      }
    });
  }
}
