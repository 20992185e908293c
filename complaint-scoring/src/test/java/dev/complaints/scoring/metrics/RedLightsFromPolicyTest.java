package dev.complaints.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Grade;
import dev.complaints.scoring.record.FieldException;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.PauseWhile;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.Pause;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red lights derived with the real {@code mall-ticket} policy, worked by hand: GRADING 1 h on 10:00–20:00
 * every day, PLANNING 4 h, HANDLING 24 h (GENERAL) / 48 h (SERIOUS) continuous, RETURN_VISIT 5 national
 * working days; RED_1 past the limit, RED_2 at 150 %, RED_3 at 200 %.
 */
class RedLightsFromPolicyTest {
  static final VisitAlerts ALERTS = SlaVisitAlerts.of(SlaPolicies.mallTicket());
  static final MetricOptions OPT = MetricOptions.defaults();
  static final Instant ACC = at("2026-10-03T19:10:00+08:00");
  static final Instant LATE = at("2026-12-31T00:00:00+08:00");

  static Instant at(String s) {
    return OffsetDateTime.parse(s).toInstant();
  }

  static List<AlertLevel> red(TicketRecord t, Instant asOf) {
    return TicketOutcome.evaluate(t, asOf, OPT, ALERTS).redLights();
  }

  static List<AlertLevel> grading(String leftAt) {
    TicketRecord t = Tickets.builder("T", "u", ACC).stage("GRADING", ACC, at(leftAt)).build();
    return red(t, LATE);
  }

  @Test
  void gradingCountsOnlyOpeningHoursAndTheLevelsAreInclusive() {
    // 19:10–20:00 is 50 min, then the clock stops until 10:00 the next day
    assertThat(grading("2026-10-04T09:59:00+08:00")).isEmpty();
    assertThat(grading("2026-10-04T10:10:00+08:00")).as("exactly the limit is met").isEmpty();
    assertThat(grading("2026-10-04T10:11:00+08:00")).containsExactly(AlertLevel.RED_1);
    assertThat(grading("2026-10-04T10:39:00+08:00")).containsExactly(AlertLevel.RED_1);
    assertThat(grading("2026-10-04T10:40:00+08:00")).as("90 min = 150 %").containsExactly(AlertLevel.RED_2);
    assertThat(grading("2026-10-04T11:10:00+08:00")).as("120 min = 200 %").containsExactly(AlertLevel.RED_3);
  }

  @Test
  void aNodeVisitedTwiceIsTwoTimers() {
    Instant p1 = at("2026-10-04T10:00:00+08:00");
    Instant p2 = at("2026-10-05T10:00:00+08:00");
    TicketRecord t = Tickets.builder("T", "u", ACC)
        .stage("GRADING", ACC, at("2026-10-03T19:20:00+08:00"))
        .stage("PLANNING", p1, p1.plus(Duration.ofMinutes(241)))
        .stage("CUSTOMER_FEEDBACK", p1.plus(Duration.ofMinutes(241)), p2)
        .stage("PLANNING", p2, p2.plus(Duration.ofHours(6)))
        .build();
    // CUSTOMER_FEEDBACK: 14:01–20:00 = 5 h 59 min of 6 h, met
    assertThat(red(t, LATE)).containsExactly(AlertLevel.RED_1, AlertLevel.RED_2);
  }

  @Test
  void handlingUsesTheFinalGradeExtensionsAndPauses() {
    Instant h = at("2026-10-10T12:00:00+08:00");
    TicketRecord.Builder b = Tickets.builder("T", "u", h.minusSeconds(600));
    TicketRecord general = b.stage("HANDLING", h, h.plus(Duration.ofHours(30))).build();
    assertThat(red(general, LATE)).containsExactly(AlertLevel.RED_1);
    assertThat(red(general.toBuilder().grade(Grade.SERIOUS).build(), LATE)).isEmpty();

    StageRecord extended = new StageRecord("HANDLING", h, h.plus(Duration.ofHours(30)),
        List.of(Extension.of(Duration.ofHours(12), h)), List.of());
    assertThat(red(Tickets.builder("T", "u", h).stage(extended).build(), LATE)).isEmpty();

    // mall-ticket never pauses: the pause record changes nothing; a policy that pauses removes it
    StageRecord paused = new StageRecord(
        "HANDLING", h, h.plus(Duration.ofHours(30)), List.of(),
        List.of(Pause.of(h.plus(Duration.ofHours(1)), h.plus(Duration.ofHours(7)))));
    TicketRecord pausedTicket = Tickets.builder("T", "u", h).stage(paused).build();
    assertThat(red(pausedTicket, LATE)).containsExactly(AlertLevel.RED_1);
    SlaPolicy pausing = SlaPolicy.builder("pausing")
        .target(SlaTarget.builder("HANDLING").node("HANDLING").pauseWhile(PauseWhile.CLOCK_PAUSED).continuous()
            .limit(Duration.ofHours(24)).build())
        .build();
    assertThat(TicketOutcome.visitLevels(pausedTicket, LATE, SlaVisitAlerts.of(pausing)))
        .as("24 h of work").containsExactly(AlertLevel.YELLOW);
  }

  @Test
  void anExtensionCountsFromItsApprovalAndNeverUndoesARedLight() {
    // GENERAL HANDLING (24 h continuous) from 12:00, left after 30 h
    Instant h = at("2026-10-10T12:00:00+08:00");
    Instant left = h.plus(Duration.ofHours(30));
    // 12 h approved after 20 h: in time, the visit ends at 30 of 36 h
    assertThat(red(handling(h, left, Extension.of(Duration.ofHours(12), h.plus(Duration.ofHours(20)))), LATE))
        .isEmpty();
    // 12 h approved after 28 h: the visit was red from 24 h on, and stays red
    assertThat(red(handling(h, left, Extension.of(Duration.ofHours(12), h.plus(Duration.ofHours(28)))), LATE))
        .containsExactly(AlertLevel.RED_1);
    // 12 h approved after the visit ended counts for nothing: 30 of 24 h
    assertThat(red(handling(h, left, Extension.of(Duration.ofHours(48), left.plusSeconds(60))), LATE))
        .containsExactly(AlertLevel.RED_1);
    // approved after 36 h (150 %): RED_2 was reached before the approval and stands
    Instant late = h.plus(Duration.ofHours(40));
    assertThat(red(handling(h, late, Extension.of(Duration.ofHours(24), h.plus(Duration.ofHours(37)))), LATE))
        .containsExactly(AlertLevel.RED_2);
    // the bare-duration form of a record is approved at entry
    assertThat(red(handling(h, left, Extension.of(Duration.ofHours(12), h)), LATE)).isEmpty();
  }

  private static TicketRecord handling(Instant h, Instant left, Extension extension) {
    return Tickets.builder("T", "u", h.minusSeconds(600))
        .stage(new StageRecord("HANDLING", h, left, List.of(extension), List.of()))
        .build();
  }

  @Test
  void aVisitOpenAtTheReportInstantCountsAtTheLevelReachedByThen() {
    Instant h = at("2026-10-10T12:00:00+08:00");
    TicketRecord open = Tickets.builder("T", "u", h).stage("HANDLING", h, null).build();
    assertThat(red(open, h.plus(Duration.ofHours(24)))).isEmpty();
    assertThat(red(open, h.plus(Duration.ofHours(24)).plusSeconds(1))).containsExactly(AlertLevel.RED_1);
    assertThat(red(open, h.plus(Duration.ofHours(36)))).containsExactly(AlertLevel.RED_2);
    // left after the report instant: still open then
    TicketRecord leftLater =
        Tickets.builder("T", "u", h).stage("HANDLING", h, h.plus(Duration.ofHours(60))).build();
    assertThat(red(leftLater, h.plus(Duration.ofHours(30)))).containsExactly(AlertLevel.RED_1);
    assertThat(red(leftLater, LATE)).containsExactly(AlertLevel.RED_3);
    // a visit entered after the report instant does not count yet
    assertThat(red(leftLater, h.minusSeconds(1))).isEmpty();
  }

  @Test
  void returnVisitCountsFiftyMallHoursWeekendsIncluded() {
    // entered Friday 2026-10-09 10:00; the mall is open 10:00-20:00 every day, weekends included: 50 h are used
    // up at 20:00 on Tuesday 13 October; 150 % = 75 h at 15:00 on Friday 16 October
    Instant rv = at("2026-10-09T10:00:00+08:00");
    assertThat(red(returnVisit(rv, "2026-10-13T20:00:00"), LATE)).isEmpty();
    assertThat(red(returnVisit(rv, "2026-10-14T09:59:00"), LATE)).as("the night adds nothing").isEmpty();
    assertThat(red(returnVisit(rv, "2026-10-14T10:01:00"), LATE)).containsExactly(AlertLevel.RED_1);
    assertThat(red(returnVisit(rv, "2026-10-16T14:59:00"), LATE)).containsExactly(AlertLevel.RED_1);
    assertThat(red(returnVisit(rv, "2026-10-16T15:00:00"), LATE)).containsExactly(AlertLevel.RED_2);
  }

  private static TicketRecord returnVisit(Instant entered, String left) {
    return Tickets.builder("T", "u", entered).stage("RETURN_VISIT", entered, at(left + "+08:00")).build();
  }

  @Test
  void extensionsThatOverflowTheLimitNameTheVisit() {
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
    TicketRecord t = Tickets.builder("T", "u", ACC)
        .stage(new StageRecord("HANDLING", ACC, null, List.of(Extension.of(huge, ACC), Extension.of(huge, ACC)), List.of()))
        .build();
    assertThatThrownBy(() -> red(t, LATE))
        .isInstanceOfSatisfying(FieldException.class, e -> {
          assertThat(e.field()).isEqualTo("stages[0]");
          assertThat(e.reason()).contains("ticket T").contains("the HANDLING visit cannot be timed");
        });
    // one extension the limit can hold, whose deadline lies beyond the last instant
    TicketRecord far = Tickets.builder("T2", "u", ACC)
        .stage(new StageRecord("HANDLING", ACC, null, List.of(Extension.of(huge.minusDays(2), ACC)), List.of()))
        .build();
    assertThatThrownBy(() -> red(far, LATE))
        .isInstanceOfSatisfying(FieldException.class, e -> assertThat(e.field()).isEqualTo("stages[0]"));
  }

  @Test
  void untimedNodesGiveNoLights() {
    TicketRecord t = Tickets.builder("T", "u", ACC)
        .stage("ACCEPTANCE", ACC, ACC.plus(Duration.ofDays(10)))
        .stage("CLOSED", ACC.plus(Duration.ofDays(10)), null)
        .build();
    assertThat(red(t, LATE)).isEmpty();
  }
}
