package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every question a calendar cannot answer is one {@link CalendarRangeException}, a {@link DateTimeException}
 * (not an {@link IllegalArgumentException}) carrying the calendar's id, the date asked for and the covered range.
 */
class CalendarRangeExceptionTest {
  private static final LocalDate DATA_FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate DATA_TO = LocalDate.of(2026, 12, 31);

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** The exception a question throws, checked to be exactly the calendar's own, without a cause. */
  private static CalendarRangeException refusal(ThrowingCallable question) {
    CalendarRangeException e = catchThrowableOfType(question, CalendarRangeException.class);
    assertThat(e).as("a CalendarRangeException").isNotNull();
    assertThat(e).isInstanceOf(DateTimeException.class).isNotInstanceOf(IllegalArgumentException.class);
    assertThat(e.getCause()).isNull();
    return e;
  }

  private static void pastTheData(ThrowingCallable question, LocalDate date) {
    CalendarRangeException e = refusal(question);
    assertThat(e.calendarId()).isEqualTo("cn-national");
    assertThat(e.date()).isEqualTo(date);
    assertThat(e.coveredFrom()).isEqualTo(DATA_FROM);
    assertThat(e.coveredTo()).isEqualTo(DATA_TO);
    assertThat(e.holidayData()).isTrue();
    assertThat(e.getMessage()).contains("'cn-national'", date.toString(), "2024-01-01 to 2026-12-31",
        e.question(), "withWeeklyRuleForUnknownYears()");
  }

  @Test
  void everyQuestionPastTheHolidayDataNamesTheCalendarTheDateAndTheSpan() {
    BusinessCalendar cn = BusinessCalendars.cnNational();
    // dates and instants asked about directly are dated as asked (instants by their date in Shanghai)
    pastTheData(() -> cn.isWorkingDay(LocalDate.of(2027, 1, 4)), LocalDate.of(2027, 1, 4));
    pastTheData(() -> cn.windows(LocalDate.of(2023, 12, 31)), LocalDate.of(2023, 12, 31));
    pastTheData(() -> cn.isOpen(at("2023-12-29T10:00:00+08:00")), LocalDate.of(2023, 12, 29));
    pastTheData(() -> cn.isOpen(at("2027-01-01T07:30:00+08:00")), LocalDate.of(2027, 1, 1));
    pastTheData(() -> cn.between(at("2026-12-31T10:00:00+08:00"), at("2027-01-02T10:00:00+08:00")),
        LocalDate.of(2027, 1, 2));
    // answers that run past the data are dated by the first date it does not cover
    pastTheData(() -> cn.nextOpen(at("2026-12-31T19:00:00+08:00")), LocalDate.of(2027, 1, 1));
    pastTheData(() -> cn.add(at("2026-12-31T10:00:00+08:00"), Duration.ofHours(9)), LocalDate.of(2027, 1, 1));
    pastTheData(() -> cn.addWorkingDays(at("2026-12-28T10:00:00+08:00"), 5, DueAt.END_OF_DAY),
        LocalDate.of(2027, 1, 1));
    CalendarRangeException e = refusal(() -> cn.addWorkingDays(at("2026-12-28T10:00:00+08:00"), 5,
        DueAt.END_OF_DAY));
    assertThat(e.question()).isEqualTo("the 5th working day after 2026-12-28");
    assertThat(refusal(() -> cn.addWorkingDays(at("2026-12-31T10:00:00+08:00"), 1, DueAt.END_OF_DAY)).question())
        .isEqualTo("the 1st working day after 2026-12-31");
    // 22 working days follow 1 December 2026 within the data; the 23rd does not
    assertThat(cn.addWorkingDays(at("2026-12-01T10:00:00+08:00"), 22, DueAt.END_OF_DAY))
        .isEqualTo(at("2027-01-01T00:00:00+08:00"));
    assertThat(refusal(() -> cn.addWorkingDays(at("2026-12-01T10:00:00+08:00"), 23, DueAt.END_OF_DAY)).question())
        .isEqualTo("the 23rd working day after 2026-12-01");
    assertThat(refusal(() -> cn.addWorkingDays(at("2026-12-01T10:00:00+08:00"), 112, DueAt.END_OF_DAY)).question())
        .isEqualTo("the 112th working day after 2026-12-01");
    assertThat(CalendarRangeException.in(new IllegalStateException("wrapped", e))).containsSame(e);
    assertThat(CalendarRangeException.in(new IllegalStateException("other"))).isEmpty();
  }

  @Test
  void theWholeWorkingDaysCalendarNamesItsOwnId() {
    CalendarRangeException e = refusal(() -> BusinessCalendars.cnNational().wholeWorkingDays()
        .isOpen(at("2027-01-04T10:00:00+08:00")));
    assertThat(e.calendarId()).isEqualTo("cn-national/working-days");
    assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 4));
    // a WORKING_DAYS clock's whole days: a limit past the data's last second
    CalendarRangeException limit = refusal(() -> BusinessCalendars.cnNational().wholeWorkingDays()
        .add(at("2026-12-30T10:00:00+08:00"), Duration.ofHours(39)));
    assertThat(limit.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(limit.coveredTo()).isEqualTo(DATA_TO);
  }

  @Test
  void outsideTheSupportedRangeEveryCalendarRefusesTheSameWay() {
    BusinessCalendar mall = BusinessCalendars.mallHours();
    CalendarRangeException e = refusal(() -> mall.isOpen(Instant.parse("2600-01-01T00:00:00Z")));
    assertThat(e.calendarId()).isEqualTo("mall-hours");
    assertThat(e.date()).isEqualTo(LocalDate.of(2600, 1, 1));
    assertThat(e.coveredFrom()).isEqualTo(LocalDate.of(1426, 1, 1));
    assertThat(e.coveredTo()).isEqualTo(LocalDate.of(2513, 12, 31));
    assertThat(e.holidayData()).isFalse();
    assertThat(e.getMessage()).contains("'mall-hours'", "2600-01-01", "supported range 1426-01-01 to 2513-12-31")
        .doesNotContain("withWeeklyRuleForUnknownYears");
    assertThat(refusal(() -> mall.isOpen(Instant.MAX)).date()).isEqualTo(LocalDate.MAX);
    assertThat(refusal(() -> mall.nextOpen(Instant.MIN)).date()).isEqualTo(LocalDate.MIN);
    assertThat(refusal(() -> mall.isWorkingDay(LocalDate.of(1300, 5, 1))).date())
        .isEqualTo(LocalDate.of(1300, 5, 1));
    // a deadline past the supported end is dated by the first date past it
    assertThat(refusal(() -> mall.add(at("2026-10-03T10:00:00+08:00"), Duration.ofDays(365L * 600))).date())
        .isAfter(LocalDate.of(2513, 12, 31));
    // the weekly rule for unknown years does not widen the supported range
    CalendarRangeException weekly = refusal(() -> BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears()
        .isWorkingDay(LocalDate.of(2700, 1, 4)));
    assertThat(weekly.holidayData()).isFalse();
    assertThat(weekly.date()).isEqualTo(LocalDate.of(2700, 1, 4));
  }
}
