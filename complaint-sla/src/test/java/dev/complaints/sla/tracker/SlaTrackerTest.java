package dev.complaints.sla.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.TestPolicies;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.AlertLadder;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.timer.TimerSignal;
import dev.complaints.sla.timer.TimerState;
import dev.complaints.sla.timer.TimerStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SlaTrackerTest {
  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  @Test
  void nextChangeFollowsTheLadder() {
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    tracker.apply("C-1", new TimerSignal.Entered("GRADING", at("2026-10-03T19:30:00")));
    assertThat(tracker.nextChangeAt(at("2026-10-03T19:31:00"))).contains(at("2026-10-04T10:06:00"));
    assertThat(tracker.nextChangeAt(at("2026-10-04T10:06:00"))).contains(at("2026-10-04T10:30:00.000000001"));
    assertThat(tracker.nextChangeAt(at("2026-10-04T10:30:00.000000001"))).contains(at("2026-10-04T11:00:00"));
    assertThat(tracker.nextChangeAt(at("2026-10-04T11:00:00"))).contains(at("2026-10-04T11:30:00"));
    assertThat(tracker.nextChangeAt(at("2026-10-04T11:30:00"))).isEmpty();
    // Before the timer starts it is already known when it will turn yellow.
    assertThat(tracker.nextChangeAt(at("2026-10-01T00:00:00"))).contains(at("2026-10-04T10:06:00"));
  }

  @Test
  void pausedAndStoppedTimersDoNotChange() {
    SlaTracker tracker = new SlaTracker(TestPolicies.pausingMallTicket());
    tracker.apply("C-1", new TimerSignal.Entered("PLANNING", at("2026-10-05T10:00:00")));
    tracker.apply("C-1", new TimerSignal.Paused(at("2026-10-05T11:00:00")));
    assertThat(tracker.nextChangeAt(at("2026-10-05T11:00:00"))).isEmpty();
    tracker.apply("C-1", new TimerSignal.Resumed(at("2026-10-05T12:00:00")));
    // 2 h 24 min of working time: 1 h before the pause, 1 h 24 min after it.
    assertThat(tracker.nextChangeAt(at("2026-10-05T11:00:00"))).contains(at("2026-10-05T13:24:00"));
    tracker.apply("C-1", new TimerSignal.Left("PLANNING", at("2026-10-05T13:00:00")));
    assertThat(tracker.nextChangeAt(at("2026-10-05T11:00:00"))).isEmpty();
  }

  @Test
  void boardGroupsOpenTimersByLevel() {
    SlaTracker tracker = new SlaTracker(TestPolicies.pausingMallTicket());
    tracker.apply("A", new TimerSignal.Entered("GRADING", at("2026-10-04T10:00:00")));
    tracker.apply("B", new TimerSignal.Entered("PLANNING", at("2026-10-04T10:00:00")));
    tracker.apply("C", new TimerSignal.Received(at("2026-10-04T09:00:00"), Grade.SERIOUS));
    tracker.apply("C", new TimerSignal.Entered("HANDLING", at("2026-10-04T09:00:00")));
    tracker.apply("D", new TimerSignal.Entered("CUSTOMER_FEEDBACK", at("2026-10-04T10:00:00")));
    tracker.apply("D", new TimerSignal.Left("CUSTOMER_FEEDBACK", at("2026-10-04T10:30:00")));
    tracker.apply("E", new TimerSignal.Entered("PLANNING", at("2026-10-04T10:00:00")));
    tracker.apply("E", new TimerSignal.Paused(at("2026-10-04T10:10:00")));
    SlaBoard board = tracker.board(at("2026-10-04T13:00:00"));
    assertThat(board.at(AlertLevel.RED_3)).extracting(s -> s.complaintId()).containsExactly("A");
    assertThat(board.at(AlertLevel.YELLOW)).extracting(s -> s.complaintId()).containsExactly("B");
    assertThat(board.at(AlertLevel.NONE)).extracting(s -> s.complaintId()).containsExactly("E", "C");
    assertThat(board.at(AlertLevel.NONE).get(0).state()).isEqualTo(TimerState.PAUSED);
    assertThat(board.total()).isEqualTo(4);
    assertThat(tracker.statusAt(at("2026-10-04T13:00:00"))).hasSize(5);
    assertThat(tracker.complaintIds()).containsExactly("A", "B", "C", "D", "E");
  }

  @Test
  void nextChangeAtIsWhereTheLevelsChange() {
    SlaPolicy custom = SlaPolicies.mallTicket().toBuilder()
        .alertLadder(AlertLadder.withRedPoints(new BigDecimal("1.25"), new BigDecimal("1.7")))
        .build();
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random r = new Random(seed);
          SlaPolicy[] policies = {SlaPolicies.mallTicket(), TestPolicies.pausingMallTicket(), custom};
          SlaTracker tracker = new SlaTracker(policies[r.nextInt(policies.length)]);
          Instant base = at("2026-01-05T00:00:00").plusSeconds(r.nextInt(290 * 24) * 3600L);
          Instant end = base;
          int complaints = 1 + r.nextInt(3);
          for (int i = 0; i < complaints; i++) {
            end = max(end, scenario(tracker, "C-" + i, base, r));
          }
          Instant t = base.plusSeconds(r.nextInt((int) Duration.between(base, end).getSeconds() + 3 * 86400))
              .plusNanos(r.nextInt(3) - 1);
          Map<String, AlertLevel> atT = tracker.levelsAt(t);
          Optional<Instant> next = tracker.nextChangeAt(t);
          Instant horizon = next.orElse(t.plus(Duration.ofDays(25)));
          if (next.isPresent()) {
            assertThat(next.get()).isAfter(t);
            assertThat(tracker.levelsAt(next.get())).isNotEqualTo(tracker.levelsAt(next.get().minusNanos(1)));
            assertThat(tracker.levelsAt(next.get().minusNanos(1))).isEqualTo(atT);
          }
          long span = Duration.between(t, horizon).toNanos();
          for (int k = 0; k < 12; k++) {
            Instant s = t.plusNanos(1 + (long) (r.nextDouble() * Math.max(0, span - 2)));
            if (s.isBefore(horizon)) {
              assertThat(tracker.levelsAt(s)).as("levels at %s (t=%s, next=%s)", s, t, next).isEqualTo(atT);
            }
          }
        });
  }

  @Test
  void closedDaysMoveNothing() {
    // RETURN_VISIT from Friday 16 October 10:00: 50 mall hours are used up at 20:00 on Tuesday 20 October; the
    // night is closed, so RED_1 begins 1 ns after the mall opens on Wednesday 21 October.
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    tracker.apply("R", new TimerSignal.Entered("RETURN_VISIT", at("2026-10-16T10:00:00")));
    assertThat(tracker.nextChangeAt(at("2026-10-20T12:00:00"))).contains(at("2026-10-21T10:00:00.000000001"));
    assertThat(tracker.levelsAt(at("2026-10-21T10:00:00"))).containsEntry("R/RETURN_VISIT#1", AlertLevel.YELLOW);
    assertThat(tracker.levelsAt(at("2026-10-21T10:00:00.000000001")))
        .containsEntry("R/RETURN_VISIT#1", AlertLevel.RED_1);
    // MAJOR HANDLING entered on a holiday (3 October): nothing counts until the 8th; 72 h of 120 h (YELLOW)
    // are used up at the end of the transfer workday Saturday 10 October. Node timers only: the REPORT timer of
    // a MAJOR complaint is ReportTimerTest's.
    SlaTracker holiday = new SlaTracker(TestPolicies.mallTicketNodeTimers());
    holiday.apply("H", new TimerSignal.Received(at("2026-10-03T09:00:00"), Grade.MAJOR));
    holiday.apply("H", new TimerSignal.Entered("HANDLING", at("2026-10-03T10:00:00")));
    assertThat(holiday.nextChangeAt(at("2026-10-03T10:00:00"))).contains(at("2026-10-11T00:00:00"));
    assertThat(holiday.nextChangeAt(at("2026-10-11T00:00:00"))).contains(at("2026-10-14T00:00:00.000000001"));
    assertThat(holiday.statusAt(at("2026-10-07T23:00:00")).get(0).outcome().elapsed()).isZero();
  }

  @Test
  void aNextChangeBeyondTheCoveredYearsIsAnErrorNotAGuess() {
    // MAJOR HANDLING from Monday 21 December 2026: due at the end of 28 December (22..25, 28), RED_2 at 150 %
    // of 134 h on 31 December at 19:00; RED_3 (200 %) would fall in 2027, which cn-national does not know.
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    tracker.apply("M", new TimerSignal.Received(at("2026-12-20T09:00:00"), Grade.MAJOR));
    tracker.apply("M", new TimerSignal.Entered("HANDLING", at("2026-12-21T10:00:00")));
    assertThat(tracker.nextChangeAt(at("2026-12-28T12:00:00"))).contains(at("2026-12-29T00:00:00.000000001"));
    assertThat(tracker.nextChangeAt(at("2026-12-29T00:00:00.000000001"))).contains(at("2026-12-31T19:00:00"));
    assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThatThrownBy(() -> tracker.nextChangeAt(at("2026-12-31T19:00:00")))
            .isExactlyInstanceOf(CalendarRangeException.class)
            .hasMessageContaining("2024-01-01 to 2026-12-31")
            .satisfies(e -> assertThat(((CalendarRangeException) e).date()).isEqualTo(LocalDate.of(2027, 1, 1))));
    // The level at an instant the calendar covers is still known.
    assertThat(tracker.levelsAt(at("2026-12-31T19:00:00"))).containsEntry("M/HANDLING#1", AlertLevel.RED_2);
    // A deadline beyond the covered years makes even the status unknown.
    SlaTracker late = new SlaTracker(TestPolicies.mallTicketNodeTimers());
    late.apply("L", new TimerSignal.Received(at("2026-12-28T09:00:00"), Grade.MAJOR));
    late.apply("L", new TimerSignal.Entered("HANDLING", at("2026-12-28T10:00:00")));
    // the calendar's exception as it is, dated by the first date past the data that the 5th working day needs
    assertThatThrownBy(() -> late.statusAt(at("2026-12-28T12:00:00")))
        .isExactlyInstanceOf(CalendarRangeException.class)
        .hasNoCause()
        .hasMessageContaining("cn-national")
        .hasMessageContaining("2027-01-01")
        .hasMessageContaining("2024-01-01 to 2026-12-31");
    assertThatThrownBy(() -> late.levelsAt(at("2026-12-28T12:00:00")))
        .isInstanceOfSatisfying(CalendarRangeException.class, e -> {
          assertThat(e.calendarId()).isEqualTo("cn-national");
          assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 1));
          assertThat(e.coveredTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        });
    // A host that accepts the weekly rule for unknown years says so explicitly, and gets answers.
    CalendarLookup weekly = CalendarLookup.of(BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears())
        .orElse(CalendarLookup.builtIn());
    SlaTracker opted = new SlaTracker(TestPolicies.mallTicketNodeTimers().toBuilder().calendars(weekly).build());
    opted.apply("L", new TimerSignal.Received(at("2026-12-28T09:00:00"), Grade.MAJOR));
    opted.apply("L", new TimerSignal.Entered("HANDLING", at("2026-12-28T10:00:00")));
    // 29, 30, 31 December, then Friday 1 and Monday 4 January by the weekly rule alone.
    assertThat(opted.statusAt(at("2026-12-28T12:00:00")).get(0).outcome().deadline())
        .isEqualTo(at("2027-01-05T00:00:00"));
  }

  @Test
  void theTrackerAndItsBoardSayWhereTheCalendarDataEnds() {
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    assertThat(tracker.calendarDataEnds()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
    assertThat(tracker.board(at("2026-10-01T12:00:00")).calendarDataEnds())
        .isEqualTo(java.time.LocalDate.of(2026, 12, 31));
    // a complaint tracked with a national calendar whose data ends earlier brings the date forward
    BusinessCalendar only2024 = BusinessCalendars.importChinaDataset("cn-national",
        java.time.ZoneId.of("Asia/Shanghai"), dev.complaints.sla.calendar.TimeWindow.parse("09:00-18:00"),
        List.of(dev.complaints.core.json.Json.mapper().createObjectNode().put("year", 2024)
            .set("dates", dev.complaints.core.json.Json.mapper().createArrayNode())));
    tracker.track("OLD", SlaPolicies.mallTicket().toBuilder()
        .calendars(CalendarLookup.of(only2024).orElse(CalendarLookup.builtIn()))
        .build());
    assertThat(tracker.calendarDataEnds()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
    SlaTracker mallOnly = new SlaTracker(SlaPolicy.builder("mall-only")
        .target(dev.complaints.sla.policy.SlaTarget.builder("GRADING").node("GRADING")
            .clock(dev.complaints.sla.policy.ClockKind.BUSINESS_HOURS, "mall-hours").limit(Duration.ofHours(1))
            .build())
        .build());
    assertThat(mallOnly.calendarDataEnds()).isNull();
    assertThat(mallOnly.board(at("2026-10-01T12:00:00")).calendarDataEnds()).isNull();
  }

  @Test
  void oneComplaintPastTheCoveredYearsCanBeLeftOutAndReportedWithoutHidingTheOthers() {
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    // L: MAJOR handling from 28 December, due in 2027: cn-national cannot answer for it
    tracker.apply("L", new TimerSignal.Received(at("2026-12-28T09:00:00"), Grade.MAJOR));
    tracker.apply("L", new TimerSignal.Entered("HANDLING", at("2026-12-28T10:00:00")));
    // G: GENERAL planning on the mall calendar, 4 business hours from 10:00: yellow at 60 %, 12:24
    tracker.apply("G", new TimerSignal.Received(at("2026-12-28T09:30:00"), Grade.GENERAL));
    tracker.apply("G", new TimerSignal.Entered("PLANNING", at("2026-12-28T10:00:00")));
    Instant now = at("2026-12-28T11:00:00");
    assertThatThrownBy(() -> tracker.board(now)).isExactlyInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> tracker.nextChangeAt(now)).isExactlyInstanceOf(CalendarRangeException.class);

    Map<String, String> skipped = new java.util.TreeMap<>();
    Map<String, RuntimeException> errors = new java.util.TreeMap<>();
    SlaBoard board = tracker.board(now, (id, e) -> {
      skipped.put(id, e.getMessage());
      errors.put(id, e);
    });
    assertThat(board.at(AlertLevel.NONE)).extracting(s -> s.complaintId() + " " + s.timerId())
        .containsExactly("G PLANNING#1");
    assertThat(skipped).containsOnlyKeys("L");
    assertThat(skipped.get("L")).contains("cn-national", "2027-01-01", "2024-01-01 to 2026-12-31");
    assertThat(errors.get("L")).isInstanceOfSatisfying(CalendarRangeException.class,
        e -> assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 1)));

    skipped.clear();
    assertThat(tracker.nextChangeAt(now, (id, e) -> skipped.put(id, e.getMessage())))
        .contains(at("2026-12-28T12:24:00"));
    assertThat(skipped).containsOnlyKeys("L");
    skipped.clear();
    assertThat(tracker.statusAt(now, (id, e) -> skipped.put(id, e.getMessage())))
        .extracting(s -> s.complaintId()).containsExactly("G");
    assertThat(skipped).containsOnlyKeys("L");
  }

  @Test
  void limitsAndExtensionsTooLargeForAnInstantAreAnErrorNamingTheTimer() {
    // a limit or an extension so large that the deadline or an alert point overflows a Duration or an Instant
    // is the same IllegalArgumentException as time outside a calendar's range, not an ArithmeticException
    SlaPolicy huge = SlaPolicies.read("{\"id\":\"huge\",\"targets\":[{\"name\":\"X\",\"node\":\"X\","
        + "\"clock\":\"CONTINUOUS\",\"limit\":\"PT2562047788015215H\"}]}");
    SlaTracker tracker = new SlaTracker(huge);
    tracker.apply("H", new TimerSignal.Entered("X", at("2026-10-12T10:00:00")));
    assertNamesTheTimer(() -> tracker.statusAt(at("2026-10-12T11:00:00")), "complaint H, timer X#1");
    assertNamesTheTimer(() -> tracker.nextChangeAt(at("2026-10-12T11:00:00")), "complaint H, timer X#1");
    SlaTracker extended = new SlaTracker(SlaPolicies.mallTicket());
    extended.apply("E", new TimerSignal.Entered("GRADING", at("2026-10-12T10:00:00")));
    extended.apply("E", new TimerSignal.Extended("GRADING", Duration.ofSeconds(Long.MAX_VALUE), at("2026-10-12T10:30:00")));
    assertThat(extended.levelsAt(at("2026-10-12T10:29:00"))).containsEntry("E/GRADING#1", AlertLevel.NONE);
    assertNamesTheTimer(() -> extended.statusAt(at("2026-10-12T10:30:00")), "complaint E, timer GRADING#1");
    assertNamesTheTimer(() -> extended.nextChangeAt(at("2026-10-12T10:00:00")), "complaint E, timer GRADING#1");
  }

  @Test
  void aLateExtensionLowersTheLightOnTheBoardButTheHighestLevelKeepsTheRed() {
    // GRADING from 10:00 (1 h): red after 11:00. Two more hours approved at 11:20: the light goes back to none
    // (80 of 180 minutes), and then to yellow at 11:48; the highest level stays RED_1 throughout.
    SlaTracker tracker = new SlaTracker(SlaPolicies.mallTicket());
    tracker.apply("X", new TimerSignal.Entered("GRADING", at("2026-10-12T10:00:00")));
    tracker.apply("X", new TimerSignal.Extended("GRADING", Duration.ofHours(2), at("2026-10-12T11:20:00")));
    TimerStatus red = tracker.statusAt(at("2026-10-12T11:10:00")).get(0);
    assertThat(red.level()).isEqualTo(AlertLevel.RED_1);
    TimerStatus after = tracker.statusAt(at("2026-10-12T11:30:00")).get(0);
    assertThat(after.level()).isEqualTo(AlertLevel.NONE);
    assertThat(after.highestLevel()).isEqualTo(AlertLevel.RED_1);
    assertThat(after.outcome().firstRedAt()).isEqualTo(at("2026-10-12T11:00:00.000000001"));
    assertThat(tracker.board(at("2026-10-12T11:30:00")).at(AlertLevel.NONE)).hasSize(1);
    assertThat(tracker.nextChangeAt(at("2026-10-12T11:30:00"))).contains(at("2026-10-12T11:48:00"));
    // left at 12:00, within the extended limit: still a breach at RED_1, never MET
    tracker.apply("X", new TimerSignal.Left("GRADING", at("2026-10-12T12:00:00")));
    TimerStatus stopped = tracker.statusAt(at("2026-10-13T00:00:00")).get(0);
    assertThat(stopped.state()).isEqualTo(TimerState.BREACHED);
    assertThat(stopped.level()).isEqualTo(AlertLevel.RED_1);
  }

  @Test
  void theHighestLevelKeepsEveryLevelTheTimerHeld() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random r = new Random(seed);
          SlaPolicy policy = r.nextBoolean() ? SlaPolicies.mallTicket() : TestPolicies.pausingMallTicket();
          SlaTracker tracker = new SlaTracker(policy);
          Instant base = at("2026-01-05T00:00:00").plusSeconds(r.nextInt(290 * 24) * 3600L);
          Instant end = scenario(tracker, "C", base, r).plus(Duration.ofDays(2));
          long span = Duration.between(base, end).getSeconds();
          List<Instant> instants = new java.util.ArrayList<>();
          for (int k = 0; k < 40; k++) {
            instants.add(base.plusSeconds((long) (r.nextDouble() * span)));
          }
          instants.sort(null);
          Map<String, AlertLevel> held = new java.util.HashMap<>();
          for (Instant t : instants) {
            for (TimerStatus s : tracker.statusAt(t)) {
              String key = s.timerId();
              AlertLevel before = held.getOrDefault(key, AlertLevel.NONE);
              assertThat(s.highestLevel()).as("%s at %s", key, t).isGreaterThanOrEqualTo(before);
              assertThat(s.highestLevel()).isGreaterThanOrEqualTo(s.level());
              Instant f = s.outcome().firstRedAt();
              assertThat(f != null).isEqualTo(s.highestLevel().isRed());
              if (f != null) {
                TimerStatus then = tracker.statusAt(f).stream()
                    .filter(x -> x.timerId().equals(key)).findFirst().orElseThrow();
                assertThat(then.level().isRed()).as("%s red at %s", key, f).isTrue();
              }
              held.put(key, s.highestLevel());
            }
          }
        });
  }

  private static void assertNamesTheTimer(ThrowingCallable question, String timer) {
    assertThatThrownBy(question).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(timer);
  }

  private static final List<String> WALK =
      List.of("GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT");

  /** A random history of one complaint; returns the instant of its last signal. */
  private static Instant scenario(SlaTracker tracker, String id, Instant base, Random r) {
    Instant t = base.plusSeconds(r.nextInt(48 * 3600));
    Grade[] grades = Grade.values();
    tracker.apply(id, new TimerSignal.Received(t, grades[r.nextInt(grades.length)]));
    boolean paused = false;
    int steps = 1 + r.nextInt(WALK.size());
    for (int i = 0; i < steps; i++) {
      String node = WALK.get(i);
      tracker.apply(id, new TimerSignal.Entered(node, t));
      int events = r.nextInt(4);
      for (int e = 0; e < events; e++) {
        t = t.plusSeconds(60L * r.nextInt(12 * 60));
        switch (r.nextInt(4)) {
          case 0:
            tracker.apply(id, paused ? new TimerSignal.Resumed(t) : new TimerSignal.Paused(t));
            paused = !paused;
            break;
          case 1:
            tracker.apply(id, new TimerSignal.Extended(node, Duration.ofMinutes(30 + r.nextInt(24 * 60)), t));
            break;
          default:
            tracker.apply(id, new TimerSignal.Regraded(grades[r.nextInt(grades.length)], t));
            break;
        }
      }
      if (i == steps - 1 && r.nextInt(3) == 0) {
        return t; // still open
      }
      t = t.plusSeconds(60L * r.nextInt(30 * 60));
      if (paused && r.nextBoolean()) {
        tracker.apply(id, new TimerSignal.Resumed(t));
        paused = false;
      }
      tracker.apply(id, new TimerSignal.Left(node, t));
    }
    if (r.nextInt(4) == 0) {
      tracker.apply(id, new TimerSignal.Withdrawn(t));
    }
    return t;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
