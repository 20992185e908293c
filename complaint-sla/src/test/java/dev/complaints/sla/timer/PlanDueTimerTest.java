package dev.complaints.sla.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.ClockKind;
import dev.complaints.sla.policy.Limit;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The retail plan's own deadline is a timer with the usual lights. */
class PlanDueTimerTest {
  private final SlaPolicy retail = SlaPolicies.retailPlan();

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private TimerStatus plan(ComplaintTimers c, String t) {
    return c.statusAt(at(t)).stream().filter(s -> s.timerId().equals("PLAN#1")).findFirst().orElseThrow();
  }

  @Test
  void aConfirmedPlanIsTimedToItsDueInstant() {
    // confirmed Monday 10:00, due Wednesday 10:00: 48 h; yellow from 38 h 48 min, red after 48 h
    ComplaintTimers c = ComplaintTimers.replay(retail, "R-1", List.of(
        new TimerSignal.Received(at("2026-10-12T09:00:00"), Grade.GENERAL),
        new TimerSignal.Entered("PLANNING", at("2026-10-12T09:30:00")),
        new TimerSignal.PlanConfirmed(at("2026-10-14T10:00:00"), at("2026-10-12T10:00:00")),
        new TimerSignal.Entered("EXECUTION", at("2026-10-12T10:00:00"))));
    TimerStatus s = plan(c, "2026-10-13T10:00:00");
    assertThat(s.outcome().limit()).isEqualTo(Duration.ofHours(48));
    assertThat(s.outcome().deadline()).isEqualTo(at("2026-10-14T10:00:00"));
    assertThat(s.outcome().clock()).isEqualTo(ClockKind.CONTINUOUS);
    assertThat(s.level()).isEqualTo(AlertLevel.NONE);
    assertThat(plan(c, "2026-10-14T00:48:00").level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(plan(c, "2026-10-14T10:00:00").level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(plan(c, "2026-10-14T10:00:01").level()).isEqualTo(AlertLevel.RED_1);
    // carried out (EXECUTION left) on Thursday: a breach at RED_1
    c.apply(new TimerSignal.Left("EXECUTION", at("2026-10-15T09:00:00")));
    TimerStatus done = plan(c, "2026-10-20T00:00:00");
    assertThat(done.state()).isEqualTo(TimerState.BREACHED);
    assertThat(done.highestLevel()).isEqualTo(AlertLevel.RED_1);
    assertThat(c.timers().stream().filter(t -> t.id().equals("PLAN#1")).findFirst().orElseThrow().planDue())
        .isEqualTo(at("2026-10-14T10:00:00"));
  }

  @Test
  void thePlanConfirmedEventCarriesTheDueInstant() {
    ComplaintTimers c = ComplaintTimers.fromEvents(retail, "R-2", List.of(
        new NodeEntered("R-2", 1, "c1", "a", at("2026-10-12T09:30:00"), "PLANNING"),
        new PlanConfirmed("R-2", 2, "c2", "a", at("2026-10-12T10:00:00"), at("2026-10-12T14:00:00")),
        new NodeLeft("R-2", 3, "c3", "a", at("2026-10-12T10:00:00"), "PLANNING"),
        new NodeEntered("R-2", 4, "c3", "a", at("2026-10-12T10:00:00"), "EXECUTION"),
        new NodeLeft("R-2", 5, "c4", "a", at("2026-10-12T13:00:00"), "EXECUTION")));
    TimerStatus s = plan(c, "2026-10-13T00:00:00");
    assertThat(s.outcome().limit()).isEqualTo(Duration.ofHours(4));
    assertThat(s.state()).isEqualTo(TimerState.MET);
    assertThat(s.highestLevel()).isEqualTo(AlertLevel.YELLOW);
  }

  @Test
  void aPlanWithoutADueInstantStartsNoPlanTimer() {
    ComplaintTimers c = ComplaintTimers.replay(retail, "R-3", List.of(
        new TimerSignal.Entered("PLANNING", at("2026-10-12T09:30:00")),
        new TimerSignal.PlanConfirmed(null, at("2026-10-12T10:00:00"))));
    assertThat(c.timers()).extracting(SlaTimer::id).doesNotContain("PLAN#1");
  }

  @Test
  void aLimitUntilThePlanDueNeedsATargetStartedByThePlanConfirmation() {
    assertThatThrownBy(() -> SlaTarget.builder("X").node("EXECUTION")
            .limit(Grade.GENERAL, Limit.untilPlanDue(ClockKind.CONTINUOUS, null))
            .limit(Grade.SERIOUS, Limit.untilPlanDue(ClockKind.CONTINUOUS, null))
            .limit(Grade.MAJOR, Limit.untilPlanDue(ClockKind.CONTINUOUS, null))
            .limit(Grade.CRITICAL, Limit.untilPlanDue(ClockKind.CONTINUOUS, null)).continuous().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("started only by PLAN_CONFIRMED");
    assertThatThrownBy(() -> SlaPolicies.read("{\"id\":\"p\",\"targets\":[{\"name\":\"P\",\"node\":\"EXECUTION\","
            + "\"clock\":\"CONTINUOUS\",\"limit\":{\"untilPlanDue\":true}}]}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
            .contains("$.targets[0]").contains("PLAN_CONFIRMED"));
    assertThatThrownBy(() -> SlaPolicies.read("{\"id\":\"p\",\"targets\":[{\"name\":\"P\",\"start\":[{\"on\":"
            + "\"PLAN_CONFIRMED\"}],\"stop\":[{\"on\":\"CLOSED\"}],\"clock\":\"CONTINUOUS\","
            + "\"limit\":{\"untilPlanDue\":false}}]}"))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
            .contains("$.targets[0].limit.untilPlanDue: must be true or left out (found false)"));
  }

  @Test
  void theRetailPresetTimesItsPlansAndRoundTrips() {
    SlaTarget plan = retail.target("PLAN").orElseThrow();
    assertThat(plan.start()).containsExactly(dev.complaints.sla.policy.Trigger.planConfirmed());
    assertThat(plan.limitFor(Grade.MAJOR)).isEqualTo(Limit.untilPlanDue(ClockKind.CONTINUOUS, null));
    assertThat(SlaPolicies.toJsonString(retail)).contains("\"untilPlanDue\" : true");
    assertThat(SlaPolicies.read(SlaPolicies.toJsonString(retail))).isEqualTo(retail);
  }
}
