package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Hand-worked cases of the mall rules on the two bundled calendars. */
class SeedCasesTest {
  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  @Test
  void mallCalendarStopsAt20AndRestartsAt10() {
    BusinessCalendar mall = BusinessCalendars.mallHours();
    assertThat(mall.id()).isEqualTo("mall-hours");
    // graded at 19:30 with a 1 h limit: 30 min today, 30 min tomorrow from 10:00
    assertThat(mall.add(at("2026-10-03T19:30:00+08:00"), Duration.ofHours(1)))
        .isEqualTo(at("2026-10-04T10:30:00+08:00"));
    // a limit used up exactly at the window's end is that end, not the next opening
    assertThat(mall.add(at("2026-10-03T10:00:00+08:00"), Duration.ofHours(10)))
        .isEqualTo(at("2026-10-03T20:00:00+08:00"));
    // holidays included: the mall is open on 2026-10-01
    assertThat(mall.isOpen(at("2026-10-01T12:00:00+08:00"))).isTrue();
    assertThat(mall.isOpen(at("2026-10-01T20:00:00+08:00"))).isFalse();
    assertThat(mall.add(at("2026-10-01T20:00:00+08:00"), Duration.ZERO)).isEqualTo(at("2026-10-02T10:00:00+08:00"));
    assertThat(mall.add(at("2026-10-01T12:00:00+08:00"), Duration.ZERO)).isEqualTo(at("2026-10-01T12:00:00+08:00"));
    assertThat(mall.between(at("2026-10-01T19:00:00+08:00"), at("2026-10-02T11:00:00+08:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void planningFourHoursAcrossTheNight() {
    BusinessCalendar mall = BusinessCalendars.mallHours();
    assertThat(mall.add(at("2026-10-03T18:00:00+08:00"), Duration.ofHours(4)))
        .isEqualTo(at("2026-10-04T12:00:00+08:00"));
    assertThat(mall.add(at("2026-10-03T08:00:00+08:00"), Duration.ofHours(6)))
        .isEqualTo(at("2026-10-03T16:00:00+08:00"));
  }

  @Test
  void fiveNationalWorkingDaysSkipTheOctoberHolidaysAndCountTheTransferWorkday() {
    BusinessCalendar cn = BusinessCalendars.cnNational();
    // Tuesday 2026-09-29: 09-30 (1), 10-01..07 holidays, 10-08 (2), 10-09 (3), Saturday 10-10 transfer (4),
    // Monday 10-12 (5) -> 24:00 of 10-12
    Instant start = at("2026-09-29T11:00:00+08:00");
    assertThat(cn.addWorkingDays(start, 5, DueAt.END_OF_DAY)).isEqualTo(at("2026-10-13T00:00:00+08:00"));
    assertThat(cn.addWorkingDays(start, 5, DueAt.CLOSE_OF_BUSINESS)).isEqualTo(at("2026-10-12T18:00:00+08:00"));
    assertThat(cn.addWorkingDays(start, 5, DueAt.SAME_TIME)).isEqualTo(at("2026-10-12T11:00:00+08:00"));
    // received on a holiday: the first working day is 10-08
    assertThat(cn.addWorkingDays(at("2026-10-02T15:00:00+08:00"), 1, DueAt.END_OF_DAY))
        .isEqualTo(at("2026-10-09T00:00:00+08:00"));
    // the whole-working-day clock: 5 working days from 09-29 11:00 = 13 h + 5 x 24 h
    BusinessCalendar whole = cn.wholeWorkingDays();
    assertThat(whole.between(start, at("2026-10-13T00:00:00+08:00"))).isEqualTo(Duration.ofHours(13 + 5 * 24));
  }

  @Test
  void transferWorkdaysAreOpenAndHolidaysClosed() {
    BusinessCalendar cn = BusinessCalendars.cnNational();
    assertThat(cn.id()).isEqualTo("cn-national");
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(cn.isOpen(at("2026-01-04T10:00:00+08:00"))).isTrue();
    assertThat(cn.isOpen(at("2026-02-14T10:00:00+08:00"))).isTrue();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
    assertThat(cn.isOpen(at("2026-10-05T10:00:00+08:00"))).isFalse();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    assertThat(cn.isWorkingDay(LocalDate.of(2024, 2, 4))).isTrue(); // 2024 Spring Festival transfer workday
    assertThat(cn.isOpen(at("2026-10-08T08:59:59+08:00"))).isFalse();
    assertThat(cn.nextOpen(at("2026-09-30T18:00:00+08:00"))).isEqualTo(at("2026-10-08T09:00:00+08:00"));
  }

  @Test
  void beyondTheDatasetIsAnErrorNamingTheSpanUnlessOptedIn() {
    BusinessCalendar cn = BusinessCalendars.cnNational();
    assertThatThrownBy(() -> cn.isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessageContaining("2024-01-01")
        .hasMessageContaining("2026-12-31");
    assertThatThrownBy(() -> cn.isOpen(at("2023-12-29T10:00:00+08:00")))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2024-01-01 to 2026-12-31");
    assertThatThrownBy(() -> cn.addWorkingDays(at("2026-12-28T10:00:00+08:00"), 5, DueAt.END_OF_DAY))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2026-12-31");
    assertThatThrownBy(() -> cn.add(at("2026-12-31T10:00:00+08:00"), Duration.ofHours(9)))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2026-12-31");
    // the last covered day still works, up to its very end
    assertThat(cn.add(at("2026-12-31T10:00:00+08:00"), Duration.ofHours(8)))
        .isEqualTo(at("2026-12-31T18:00:00+08:00"));
    assertThat(cn.addWorkingDays(at("2026-12-30T10:00:00+08:00"), 1, DueAt.END_OF_DAY))
        .isEqualTo(at("2027-01-01T00:00:00+08:00"));
    assertThat(cn.between(at("2026-12-31T00:00:00+08:00"), at("2027-01-01T00:00:00+08:00")))
        .isEqualTo(Duration.ofHours(9));
    // a limit that uses up every remaining second of the covered span ends exactly at its end (the
    // whole-working-days clock of a WORKING_DAYS timer due at END_OF_DAY of 2026-12-31)
    BusinessCalendar whole = cn.wholeWorkingDays();
    Instant start = at("2026-12-30T10:00:00+08:00");
    Instant due = cn.addWorkingDays(start, 1, DueAt.END_OF_DAY);
    assertThat(whole.between(start, due)).isEqualTo(Duration.ofHours(38));
    assertThat(whole.add(start, Duration.ofHours(38))).isEqualTo(due);
    assertThat(whole.add(at("2026-12-31T23:59:59.5+08:00"), Duration.ofMillis(500))).isEqualTo(due);
    assertThatThrownBy(() -> whole.add(start, Duration.ofHours(38).plusNanos(1)))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("2026-12-31");

    BusinessCalendar weekly = cn.withWeeklyRuleForUnknownYears();
    assertThat(weekly.usesWeeklyRuleForUnknownYears()).isTrue();
    assertThat(weekly.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue(); // a Monday, by the weekly rule
    assertThat(weekly.addWorkingDays(at("2026-12-28T10:00:00+08:00"), 5, DueAt.END_OF_DAY))
        .isEqualTo(at("2027-01-05T00:00:00+08:00")); // 29, 30, 31 Dec, then Mon 4 and Tue 5 Jan 2027
    assertThat(weekly.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse(); // the dataset still applies inside
  }

  @Test
  void betweenRejectsReversedInstantsNamingBoth() {
    BusinessCalendar mall = BusinessCalendars.mallHours();
    Instant a = at("2026-10-03T12:00:00+08:00");
    Instant b = at("2026-10-03T11:00:00+08:00");
    assertThatThrownBy(() -> mall.between(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(a.toString())
        .hasMessageContaining(b.toString());
    assertThatThrownBy(() -> mall.add(a, Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mall.addWorkingDays(a, 0, DueAt.END_OF_DAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mall.isOpen(Instant.MAX)).isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> mall.add(a, Duration.ofDays(365L * 600))).isInstanceOf(CalendarRangeException.class);
    // a working-day deadline past the supported range is an error too, not an instant nothing else can use
    Instant late = Instant.parse("2514-01-01T00:00:00Z");
    assertThat(mall.addWorkingDays(late, 100, DueAt.END_OF_DAY)).isEqualTo(at("2514-04-12T00:00:00+08:00"));
    assertThatThrownBy(() -> mall.addWorkingDays(late, 200, DueAt.END_OF_DAY))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("supported range");
    assertThatThrownBy(() -> mall.addWorkingDays(late, 200, DueAt.SAME_TIME))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("supported range");
  }
}
