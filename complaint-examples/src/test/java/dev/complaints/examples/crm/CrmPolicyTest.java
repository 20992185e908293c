package dev.complaints.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.timer.StageVisit;
import dev.complaints.sla.timer.TimerSignal;
import dev.complaints.sla.tracker.SlaTracker;
import dev.complaints.spring.SlaAlertScheduler;
import java.time.Duration;
import dev.complaints.sla.timer.VisitOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The host's choice for working days after the bundled holiday data, against the strict preset. */
class CrmPolicyTest {
  /** MAJOR handling entered on Monday 2026-12-28, 10:00 in Shanghai: its 5th working day lies in 2027. */
  private static final StageVisit LATE_DECEMBER = StageVisit.of("HANDLING", Grade.MAJOR,
      OffsetDateTime.parse("2026-12-28T10:00:00+08:00").toInstant(), null);
  private static final Instant NOW = OffsetDateTime.parse("2026-12-29T10:00:00+08:00").toInstant();

  @Test
  void workingDaysAfterTheHolidayDataFollowMondayToFriday() {
    VisitOutcome outcome = CrmPolicies.mallTicketPastHolidayData().evaluate(LATE_DECEMBER, NOW).orElseThrow();
    // 12-29, 12-30, 12-31 from the dataset, then by the weekly rule alone Friday 2027-01-01 (the weekly rule
    // does not know New Year's Day: that is the guess the host opted into) and Monday 2027-01-04
    assertThat(outcome.deadline()).isEqualTo(OffsetDateTime.parse("2027-01-05T00:00:00+08:00").toInstant());
    assertThat(outcome.highestLevel()).isEqualTo(AlertLevel.NONE);
    assertThat(outcome.stopped()).isFalse();
  }

  @Test
  void theStrictPresetRefusesToGuessPastTheData() {
    assertThatThrownBy(() -> SlaPolicies.mallTicket().evaluate(LATE_DECEMBER, NOW))
        .isInstanceOf(dev.complaints.sla.calendar.CalendarRangeException.class)
        .hasMessageContaining("cn-national")
        .hasMessageContaining("2026-12-31");
  }

  @Test
  void onlyTheNationalCalendarIsChanged() {
    var relaxed = CrmPolicies.mallTicketPastHolidayData();
    var strict = SlaPolicies.mallTicket();
    assertThat(relaxed.targets()).isEqualTo(strict.targets());
    assertThat(relaxed.calendars().find("cn-national").orElseThrow().usesWeeklyRuleForUnknownYears()).isTrue();
    assertThat(relaxed.calendars().find("mall-hours")).isEqualTo(strict.calendars().find("mall-hours"));
  }

  @Test
  void theUnknownYearsOptionChoosesThePolicy() {
    assertThat(CrmPolicies.mallTicket("weekly")).isEqualTo(CrmPolicies.mallTicketPastHolidayData());
    assertThat(CrmPolicies.mallTicket("weekly").unknownYears()).isEqualTo(UnknownYears.WEEKLY);
    assertThat(CrmPolicies.mallTicket("refuse")).isEqualTo(SlaPolicies.mallTicket());
    assertThatThrownBy(() -> CrmPolicies.mallTicket("guess"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refuse, weekly");
  }

  @Test
  void theStartLineSaysWhereTheCalendarDataEndsAndWhatHappensAfter() {
    Optional<LocalDate> end = Optional.of(LocalDate.of(2026, 12, 31));
    assertThat(CrmPolicies.calendarDataLine(CrmPolicies.mallTicketPastHolidayData(), end).orElseThrow())
        .contains("SLA calendar data ends 2026-12-31", "weekly");
    assertThat(CrmPolicies.calendarDataLine(SlaPolicies.mallTicket(), end).orElseThrow())
        .contains("SLA calendar data ends 2026-12-31", "unanswerable", "refuse");
    assertThat(CrmPolicies.calendarDataLine(SlaPolicies.mallTicket(), Optional.empty())).isEmpty();
    assertThat(new SlaTracker(CrmPolicies.mallTicketPastHolidayData()).calendarDataEnds()).isEqualTo(end.orElseThrow());
  }

  @Test
  void aComplaintPastTheDataDoesNotStopTheSchedulerForTheOthers() {
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    // L: MAJOR handling due in 2027, which the strict cn-national calendar cannot answer for
    tracker.apply("L", new TimerSignal.Received(at("2026-12-28T09:00:00"), Grade.MAJOR));
    tracker.apply("L", new TimerSignal.Entered("HANDLING", at("2026-12-28T10:00:00")));
    // G: GENERAL planning, 4 business hours from 10:00: yellow at 12:24
    tracker.apply("G", new TimerSignal.Received(at("2026-12-28T09:30:00"), Grade.GENERAL));
    tracker.apply("G", new TimerSignal.Entered("PLANNING", at("2026-12-28T10:00:00")));
    MutableClock clock = new MutableClock(at("2026-12-28T11:00:00"));
    // the service's scheduler is the starter's; woken by hand here, without its thread
    SlaAlertScheduler scheduler = new SlaAlertScheduler(tracker, clock, new ThreadPoolTaskScheduler(), event -> { },
        Duration.ofMinutes(1));
    assertThat(scheduler.wake()).isEmpty();
    Optional<Instant> next = tracker.nextChangeAt(clock.instant(), (id, e) -> { });
    assertThat(next).contains(at("2026-12-28T12:24:00"));
    clock.set(next.orElseThrow());
    assertThat(scheduler.wake()).extracting(c -> c.complaintId() + " " + c.to()).containsExactly("G YELLOW");
  }

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }
}
