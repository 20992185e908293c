package dev.complaints.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.TestPolicies;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.timer.StageVisit;
import dev.complaints.sla.timer.VisitOutcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Hand-worked cases of the {@code mall-ticket} policy. */
class MallTicketPolicyTest {
  private final SlaPolicy policy = SlaPolicies.mallTicket();

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private final SlaPolicy pausing = TestPolicies.pausingMallTicket();

  private VisitOutcome eval(StageVisit v, Instant asOf) {
    return policy.evaluate(v, asOf).orElseThrow();
  }

  private AlertLevel level(StageVisit v, Instant asOf) {
    return eval(v, asOf).highestLevel();
  }

  @Test
  void gradedAt1930IsDueAt1030NextDay() {
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-03T19:30:00"), null);
    VisitOutcome o = eval(v, at("2026-10-03T21:00:00"));
    assertThat(o.deadline()).isEqualTo(at("2026-10-04T10:30:00"));
    assertThat(o.limit()).isEqualTo(Duration.ofHours(1));
    assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(o.clock()).isEqualTo(ClockKind.BUSINESS_HOURS);
    assertThat(o.stopped()).isFalse();
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.NONE);
    // 36 minutes (60 %) of working time: 30 before closing, 6 after opening.
    assertThat(level(v, at("2026-10-04T10:05:59.999999999"))).isEqualTo(AlertLevel.NONE);
    assertThat(level(v, at("2026-10-04T10:06:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-04T10:30:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-04T10:30:00.000000001"))).isEqualTo(AlertLevel.RED_1);
    assertThat(level(v, at("2026-10-04T10:59:59"))).isEqualTo(AlertLevel.RED_1);
    assertThat(level(v, at("2026-10-04T11:00:00"))).isEqualTo(AlertLevel.RED_2);
    assertThat(level(v, at("2026-10-04T11:30:00"))).isEqualTo(AlertLevel.RED_3);
  }

  @Test
  void workingDaysTimerDueAtTheVeryEndOfTheDatasetIsAnswered() {
    // seven-step DEPARTMENT_REPLY (3 national working days) entered Monday 2026-12-28 10:00: 29, 30 and 31
    // December are working days, so it is due at 2027-01-01T00:00+08:00, the end of the bundled holiday data,
    // and every second until then counts on the whole-working-days clock.
    SlaPolicy sevenStep = SlaPolicies.sevenStep();
    StageVisit v = StageVisit.of("DEPARTMENT_HANDLING", Grade.GENERAL, at("2026-12-28T10:00:00"), null);
    VisitOutcome o = sevenStep.evaluate(v, at("2026-12-29T10:00:00")).orElseThrow();
    assertThat(o.limit()).isEqualTo(Duration.ofHours(14 + 3 * 24));
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(24));
    assertThat(o.deadline()).isEqualTo(at("2027-01-01T00:00:00"));
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.NONE);
  }

  @Test
  void closedNightAfterTheDeadlineAddsNothing() {
    // Entered 19:00: the hour runs out exactly at 20:00; the night does not make it overdue.
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-03T19:00:00"), null);
    VisitOutcome o = eval(v, at("2026-10-04T09:59:59"));
    assertThat(o.deadline()).isEqualTo(at("2026-10-03T20:00:00"));
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-04T10:00:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-04T10:00:00.000000001"))).isEqualTo(AlertLevel.RED_1);
  }

  @Test
  void stoppedVisitIsEvaluatedToItsExit() {
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-03T19:30:00"), at("2026-10-04T10:20:00"));
    VisitOutcome o = eval(v, at("2026-10-20T00:00:00"));
    assertThat(o.stopped()).isTrue();
    assertThat(o.met()).isTrue();
    assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(50));
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.YELLOW);
    // Before it left, it is evaluated to asOf and not stopped.
    VisitOutcome early = eval(v, at("2026-10-04T10:00:00"));
    assertThat(early.stopped()).isFalse();
    assertThat(early.elapsed()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void lateExitIsBreachedWithTheHighestLevel() {
    StageVisit v = StageVisit.of("PLANNING", Grade.SERIOUS, at("2026-10-05T10:00:00"), at("2026-10-05T19:00:00"));
    VisitOutcome o = eval(v, at("2026-10-06T00:00:00"));
    assertThat(o.limit()).isEqualTo(Duration.ofHours(4));
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(9));
    assertThat(o.met()).isFalse();
    assertThat(o.stopped()).isTrue();
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.RED_3);
    assertThat(o.deadline()).isEqualTo(at("2026-10-05T14:00:00"));
  }

  @Test
  void generalHandlingNeverStopsTiming() {
    // Entered on a national holiday in the evening: 24 h of continuous time, through the night.
    StageVisit v = StageVisit.of("HANDLING", Grade.GENERAL, at("2026-10-01T18:00:00"), null);
    VisitOutcome o = eval(v, at("2026-10-02T03:00:00"));
    assertThat(o.clock()).isEqualTo(ClockKind.CONTINUOUS);
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(9));
    assertThat(o.deadline()).isEqualTo(at("2026-10-02T18:00:00"));
    assertThat(level(v, at("2026-10-02T08:23:59"))).isEqualTo(AlertLevel.NONE);
    assertThat(level(v, at("2026-10-02T08:24:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-02T18:00:00.000000001"))).isEqualTo(AlertLevel.RED_1);
    StageVisit serious = v.withGrade(Grade.SERIOUS);
    assertThat(eval(serious, at("2026-10-02T03:00:00")).deadline()).isEqualTo(at("2026-10-03T18:00:00"));
  }

  @Test
  void majorHandlingIsDueAtTheEndOfTheFifthNationalWorkingDay() {
    // 2026-09-30 (Wednesday) is not counted; 1-7 October are holidays; 8, 9 October, 10 October (a Saturday
    // transfer workday), 12 and 13 October are the five working days.
    StageVisit v = StageVisit.of("HANDLING", Grade.MAJOR, at("2026-09-30T15:00:00"), null);
    VisitOutcome o = eval(v, at("2026-10-05T12:00:00"));
    assertThat(o.clock()).isEqualTo(ClockKind.WORKING_DAYS);
    assertThat(o.deadline()).isEqualTo(at("2026-10-14T00:00:00"));
    // The rest of the start day (9 h) and five whole working days.
    assertThat(o.limit()).isEqualTo(Duration.ofHours(9 + 5 * 24));
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(9));
    // YELLOW at 77.4 h: 9 + 24 + 24 + 20.4 h, on the transfer workday.
    assertThat(level(v, at("2026-10-10T20:23:59"))).isEqualTo(AlertLevel.NONE);
    assertThat(level(v, at("2026-10-10T20:24:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-14T00:00:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-14T00:00:00.000000001"))).isEqualTo(AlertLevel.RED_1);
    StageVisit critical = v.withGrade(Grade.CRITICAL);
    assertThat(eval(critical, at("2026-10-05T12:00:00")).deadline()).isEqualTo(at("2026-10-14T00:00:00"));
  }

  @Test
  void returnVisitIsFiftyMallHours() {
    // Friday 2026-10-16 21:00, after closing: 10:00-20:00 from Saturday 17 to Wednesday 21 October (the mall is
    // open every day) uses up the 50 hours at 20:00 on the 21st; the night adds nothing, RED_1 comes at 10:00.
    StageVisit v = StageVisit.of("RETURN_VISIT", Grade.GENERAL, at("2026-10-16T21:00:00"), null);
    VisitOutcome o = eval(v, at("2026-10-17T12:00:00"));
    assertThat(o.clock()).isEqualTo(ClockKind.BUSINESS_HOURS);
    assertThat(o.limit()).isEqualTo(Duration.ofHours(50));
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(o.deadline()).isEqualTo(at("2026-10-21T20:00:00"));
    assertThat(level(v, at("2026-10-19T19:59:59"))).isEqualTo(AlertLevel.NONE);
    assertThat(level(v, at("2026-10-19T20:00:00"))).isEqualTo(AlertLevel.YELLOW); // 30 h = 60 %
    assertThat(level(v, at("2026-10-22T10:00:00"))).isEqualTo(AlertLevel.YELLOW);
    assertThat(level(v, at("2026-10-22T10:00:00.000000001"))).isEqualTo(AlertLevel.RED_1);
    assertThat(eval(v, at("2026-10-23T12:00:00")).firstRedAt()).isEqualTo(at("2026-10-22T10:00:00.000000001"));
  }

  @Test
  void anExtensionApprovedAtEntryAddsWorkingTime() {
    Instant entered = at("2026-10-03T19:30:00");
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, entered, null).withExtension(Duration.ofHours(1), entered);
    VisitOutcome o = eval(v, at("2026-10-04T10:40:00"));
    assertThat(o.limit()).isEqualTo(Duration.ofHours(2));
    assertThat(o.deadline()).isEqualTo(at("2026-10-04T11:30:00"));
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.NONE);
    assertThat(level(v, at("2026-10-04T10:42:00"))).isEqualTo(AlertLevel.YELLOW);
    VisitOutcome two = eval(v.withExtension(Duration.ofMinutes(30), entered), at("2026-10-04T10:40:00"));
    assertThat(two.limit()).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void anExtensionApprovedBeforeTheDeadlineKeepsTheTimerOutOfRed() {
    // GRADING from 10:00 (1 h); 1 h more approved at 10:30: at 11:30 it has used 90 of 120 minutes.
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-05T10:00:00"), null)
        .withExtension(Duration.ofHours(1), at("2026-10-05T10:30:00"));
    VisitOutcome o = eval(v, at("2026-10-05T11:30:00"));
    assertThat(o.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.YELLOW);
    assertThat(o.firstRedAt()).isNull();
  }

  @Test
  void aLateExtensionLowersTheLightButNeverTheHighestLevel() {
    // GRADING from 10:00 (1 h): RED_1 just after 11:00, RED_2 at 11:30 (150 %). Two more hours approved at 11:30:
    // from then on the limit is 3 h, so at 11:45 (105 of 180 minutes) the light is off, but the visit keeps RED_2.
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-05T10:00:00"), null)
        .withExtension(Duration.ofHours(2), at("2026-10-05T11:30:00"));
    VisitOutcome before = eval(v, at("2026-10-05T11:29:59"));
    assertThat(before.level()).isEqualTo(AlertLevel.RED_1);
    assertThat(before.limit()).isEqualTo(Duration.ofHours(1));
    VisitOutcome after = eval(v, at("2026-10-05T11:45:00"));
    assertThat(after.limit()).isEqualTo(Duration.ofHours(3));
    assertThat(after.level()).isEqualTo(AlertLevel.NONE);
    assertThat(after.highestLevel()).isEqualTo(AlertLevel.RED_2);
    assertThat(after.firstRedAt()).isEqualTo(at("2026-10-05T11:00:00.000000001"));
    // stopped at 12:00 within the new limit, it is still a breach: the red light stands
    VisitOutcome stopped = eval(v.leftAt(at("2026-10-05T12:00:00")), at("2026-10-06T00:00:00"));
    assertThat(stopped.met()).isFalse();
    assertThat(stopped.highestLevel()).isEqualTo(AlertLevel.RED_2);
  }

  @Test
  void anExtensionApprovedAfterTheVisitEndedCountsForNothing() {
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-05T10:00:00"), at("2026-10-05T11:20:00"))
        .withExtension(Duration.ofHours(5), at("2026-10-05T11:40:00"));
    VisitOutcome o = eval(v, at("2026-10-06T00:00:00"));
    assertThat(o.limit()).isEqualTo(Duration.ofHours(1));
    assertThat(o.level()).isEqualTo(AlertLevel.RED_1);
    assertThat(o.highestLevel()).isEqualTo(AlertLevel.RED_1);
  }

  @Test
  void mallTicketIgnoresPauses() {
    // no mall-ticket node ever stops timing except at night: a pause record changes nothing
    StageVisit v = StageVisit.of("HANDLING", Grade.GENERAL, at("2026-10-05T10:00:00"), at("2026-10-06T12:00:00"));
    VisitOutcome plain = eval(v, at("2026-10-07T00:00:00"));
    VisitOutcome paused = eval(v.withPause(Pause.of(at("2026-10-05T11:00:00"), at("2026-10-06T11:00:00"))),
        at("2026-10-07T00:00:00"));
    assertThat(paused).isEqualTo(plain);
    assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(26));
    assertThat(paused.highestLevel()).isEqualTo(AlertLevel.RED_1);
    assertThat(policy.targets()).allSatisfy(t -> assertThat(t.pauseWhile()).isEqualTo(PauseWhile.NEVER));
  }

  @Test
  void pausesAreRemovedClippedAndMerged() {
    StageVisit v = StageVisit.of("PLANNING", Grade.GENERAL, at("2026-10-05T10:00:00"), at("2026-10-05T13:00:00"))
        .withPause(Pause.of(at("2026-10-05T09:00:00"), at("2026-10-05T10:10:00"))) // 10 min inside the visit
        .withPause(Pause.of(at("2026-10-05T11:00:00"), at("2026-10-05T11:30:00")))
        .withPause(Pause.of(at("2026-10-05T11:20:00"), at("2026-10-05T11:40:00"))) // overlaps: 40 min in all
        .withPause(Pause.of(at("2026-10-05T12:50:00"), at("2026-10-05T14:00:00"))); // 10 min inside
    VisitOutcome o = pausing.evaluate(v, at("2026-10-06T00:00:00")).orElseThrow();
    assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(180 - 10 - 40 - 10));
    assertThat(o.met()).isTrue();
  }

  @Test
  void openPauseFreezesTheTimer() {
    StageVisit v = StageVisit.of("PLANNING", Grade.GENERAL, at("2026-10-05T10:00:00"), null)
        .withPause(Pause.open(at("2026-10-05T11:00:00")));
    VisitOutcome o = pausing.evaluate(v, at("2026-10-06T15:00:00")).orElseThrow();
    assertThat(o.elapsed()).isEqualTo(Duration.ofHours(1));
    // Deadline assumes it resumes now: 3 h more from 15:00.
    assertThat(o.deadline()).isEqualTo(at("2026-10-06T18:00:00"));
  }

  @Test
  void pauseMovesTheDeadline() {
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-05T10:00:00"), null)
        .withPause(Pause.of(at("2026-10-05T10:10:00"), at("2026-10-05T10:40:00")));
    VisitOutcome o = pausing.evaluate(v, at("2026-10-05T11:00:00")).orElseThrow();
    assertThat(o.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(o.deadline()).isEqualTo(at("2026-10-05T11:30:00"));
  }

  @Test
  void regradeRederivesTheLimitFromTheNodeStart() {
    StageVisit general = StageVisit.of("HANDLING", Grade.GENERAL, at("2026-10-12T09:00:00"), null);
    Instant asOf = at("2026-10-13T10:00:00");
    assertThat(eval(general, asOf).highestLevel()).isEqualTo(AlertLevel.RED_1);
    VisitOutcome major = eval(general.withGrade(Grade.MAJOR), asOf);
    // 13, 14, 15, 16 and 19 October after Monday 12 October.
    assertThat(major.deadline()).isEqualTo(at("2026-10-20T00:00:00"));
    assertThat(major.limit()).isEqualTo(Duration.ofHours(15 + 5 * 24));
    assertThat(major.elapsed()).isEqualTo(Duration.ofHours(25));
    assertThat(major.highestLevel()).isEqualTo(AlertLevel.NONE);
  }

  @Test
  void redPointsAreConfigurable() {
    SlaPolicy custom = policy.toBuilder()
        .alertLadder(AlertLadder.withRedPoints(new BigDecimal("1.2"), new BigDecimal("1.4")))
        .build();
    StageVisit v = StageVisit.of("GRADING", Grade.GENERAL, at("2026-10-03T19:30:00"), null);
    assertThat(custom.evaluate(v, at("2026-10-04T10:41:59")).orElseThrow().highestLevel())
        .isEqualTo(AlertLevel.RED_1);
    assertThat(custom.evaluate(v, at("2026-10-04T10:42:00")).orElseThrow().highestLevel())
        .isEqualTo(AlertLevel.RED_2);
    assertThat(custom.evaluate(v, at("2026-10-04T10:54:00")).orElseThrow().highestLevel())
        .isEqualTo(AlertLevel.RED_3);
  }

  @Test
  void untimedNodeHasNoOutcome() {
    StageVisit v = StageVisit.of("ACCEPTANCE", Grade.GENERAL, at("2026-10-03T19:30:00"), null);
    assertThat(policy.evaluate(v, at("2026-10-04T00:00:00"))).isEmpty();
    assertThat(policy.nodeTarget("CLOSED")).isEmpty();
    assertThat(policy.nodeTarget("HANDLING")).isPresent();
  }
}
