package dev.complaints.sla.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.TestPolicies;
import dev.complaints.sla.policy.ClockKind;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintTimersTest {
  private final SlaPolicy mall = SlaPolicies.mallTicket();

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private static TimerSignal enter(String node, String local) {
    return new TimerSignal.Entered(node, at(local));
  }

  private static TimerSignal leave(String node, String local) {
    return new TimerSignal.Left(node, at(local));
  }

  private static TimerStatus only(ComplaintTimers c, String timerId, String local) {
    return c.statusAt(at(local)).stream().filter(s -> s.timerId().equals(timerId)).findFirst().orElseThrow();
  }

  @Test
  void nodeTimerRunsFromEntryToExit() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-1", List.of(
        new TimerSignal.Received(at("2026-10-03T19:00:00"), Grade.GENERAL),
        enter("ACCEPTANCE", "2026-10-03T19:00:00"),
        leave("ACCEPTANCE", "2026-10-03T19:30:00"),
        enter("GRADING", "2026-10-03T19:30:00"),
        leave("GRADING", "2026-10-04T10:20:00"),
        enter("PLANNING", "2026-10-04T10:20:00")));
    assertThat(c.timers()).extracting(SlaTimer::id).containsExactly("GRADING#1", "PLANNING#1");
    assertThat(c.statusAt(at("2026-10-03T19:29:00"))).isEmpty();
    TimerStatus running = only(c, "GRADING#1", "2026-10-04T10:06:00");
    assertThat(running.state()).isEqualTo(TimerState.RUNNING);
    assertThat(running.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(running.outcome().deadline()).isEqualTo(at("2026-10-04T10:30:00"));
    assertThat(running.node()).isEqualTo("GRADING");
    TimerStatus met = only(c, "GRADING#1", "2026-10-05T00:00:00");
    assertThat(met.state()).isEqualTo(TimerState.MET);
    assertThat(met.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(met.endedAt()).isEqualTo(at("2026-10-04T10:20:00"));
    assertThat(c.currentNode()).isEqualTo("PLANNING");
  }

  @Test
  void lateExitIsBreached() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-2", List.of(
        enter("PLANNING", "2026-10-05T10:00:00"),
        leave("PLANNING", "2026-10-05T16:30:00")));
    TimerStatus s = only(c, "PLANNING#1", "2026-10-06T00:00:00");
    assertThat(s.state()).isEqualTo(TimerState.BREACHED);
    assertThat(s.level()).isEqualTo(AlertLevel.RED_2);
    assertThat(only(c, "PLANNING#1", "2026-10-05T14:00:00").level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(only(c, "PLANNING#1", "2026-10-05T14:00:01").level()).isEqualTo(AlertLevel.RED_1);
  }

  @Test
  void pauseAndResume() {
    ComplaintTimers c = ComplaintTimers.replay(TestPolicies.pausingMallTicket(), "C-3", List.of(
        enter("PLANNING", "2026-10-05T10:00:00"),
        new TimerSignal.Paused(at("2026-10-05T10:30:00")),
        new TimerSignal.Resumed(at("2026-10-05T11:30:00"))));
    TimerStatus paused = only(c, "PLANNING#1", "2026-10-05T11:00:00");
    assertThat(paused.state()).isEqualTo(TimerState.PAUSED);
    assertThat(paused.outcome().elapsed()).isEqualTo(Duration.ofMinutes(30));
    TimerStatus running = only(c, "PLANNING#1", "2026-10-05T12:00:00");
    assertThat(running.state()).isEqualTo(TimerState.RUNNING);
    assertThat(running.outcome().elapsed()).isEqualTo(Duration.ofMinutes(60));
    assertThat(running.outcome().deadline()).isEqualTo(at("2026-10-05T15:00:00"));
  }

  @Test
  void approvedExtensionRaisesTheLimitFromItsApproval() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-4", List.of(
        enter("GRADING", "2026-10-03T19:30:00"),
        new TimerSignal.Extended("GRADING", Duration.ofHours(1), at("2026-10-04T10:20:00"))));
    assertThat(only(c, "GRADING#1", "2026-10-04T10:19:59").level()).isEqualTo(AlertLevel.YELLOW);
    TimerStatus after = only(c, "GRADING#1", "2026-10-04T10:20:00");
    assertThat(after.level()).isEqualTo(AlertLevel.NONE);
    assertThat(after.outcome().limit()).isEqualTo(Duration.ofHours(2));
    assertThat(after.outcome().deadline()).isEqualTo(at("2026-10-04T11:30:00"));
    assertThat(only(c, "GRADING#1", "2026-10-04T10:42:00").level()).isEqualTo(AlertLevel.YELLOW);
    // An extension for another node does nothing here.
    c.apply(new TimerSignal.Extended("HANDLING", Duration.ofHours(5), at("2026-10-04T10:50:00")));
    assertThat(only(c, "GRADING#1", "2026-10-04T10:50:00").outcome().limit()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void regradeMidNodeRederivesTheLimitFromTheNodeStart() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-5", List.of(
        new TimerSignal.Received(at("2026-10-12T08:00:00"), Grade.GENERAL),
        enter("HANDLING", "2026-10-12T09:00:00"),
        new TimerSignal.Regraded(Grade.MAJOR, at("2026-10-13T08:30:00"))));
    TimerStatus before = only(c, "HANDLING#1", "2026-10-13T08:00:00");
    assertThat(before.grade()).isEqualTo(Grade.GENERAL);
    assertThat(before.outcome().clock()).isEqualTo(ClockKind.CONTINUOUS);
    assertThat(before.level()).isEqualTo(AlertLevel.YELLOW);
    TimerStatus after = only(c, "HANDLING#1", "2026-10-13T08:30:00");
    assertThat(after.grade()).isEqualTo(Grade.MAJOR);
    assertThat(after.outcome().clock()).isEqualTo(ClockKind.WORKING_DAYS);
    assertThat(after.outcome().limit()).isEqualTo(Duration.ofHours(15 + 5 * 24));
    assertThat(after.outcome().deadline()).isEqualTo(at("2026-10-20T00:00:00"));
    assertThat(after.level()).isEqualTo(AlertLevel.NONE);
  }

  @Test
  void ungradedComplaintUsesGeneralLimitsUntilGraded() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-6", List.of(enter("HANDLING", "2026-10-12T09:00:00")));
    assertThat(only(c, "HANDLING#1", "2026-10-12T10:00:00").outcome().limit()).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void withdrawCancelsAndCloseStops() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-7", List.of(
        enter("PLANNING", "2026-10-05T10:00:00"),
        new TimerSignal.Withdrawn(at("2026-10-05T13:00:00"))));
    TimerStatus s = only(c, "PLANNING#1", "2026-10-06T12:00:00");
    assertThat(s.state()).isEqualTo(TimerState.CANCELLED);
    assertThat(s.level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(s.outcome().elapsed()).isEqualTo(Duration.ofHours(3));
    ComplaintTimers d = ComplaintTimers.replay(mall, "C-8", List.of(
        enter("RETURN_VISIT", "2026-10-05T10:00:00"),
        new TimerSignal.Closed(at("2026-10-06T13:00:00"))));
    assertThat(only(d, "RETURN_VISIT#1", "2026-10-09T00:00:00").state()).isEqualTo(TimerState.MET);
  }

  @Test
  void nodeVisitedTwiceIsTwoTimers() {
    ComplaintTimers c = ComplaintTimers.replay(mall, "C-9", List.of(
        enter("PLANNING", "2026-10-05T10:00:00"),
        enter("CUSTOMER_FEEDBACK", "2026-10-05T11:00:00"), // implicit leave of PLANNING
        leave("CUSTOMER_FEEDBACK", "2026-10-05T12:00:00"),
        enter("PLANNING", "2026-10-05T12:00:00")));
    assertThat(c.timers()).extracting(SlaTimer::id)
        .containsExactly("PLANNING#1", "CUSTOMER_FEEDBACK#1", "PLANNING#2");
    List<TimerStatus> all = c.statusAt(at("2026-10-05T13:00:00"));
    assertThat(all).extracting(TimerStatus::state)
        .containsExactly(TimerState.MET, TimerState.MET, TimerState.RUNNING);
    assertThat(all.get(2).outcome().elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void sevenStepReplyTargetSpansNodes() {
    SlaPolicy seven = SlaPolicies.sevenStep();
    ComplaintTimers c = ComplaintTimers.replay(seven, "S-1", List.of(
        new TimerSignal.Received(at("2026-10-12T09:00:00"), null),
        enter("INVESTIGATION", "2026-10-12T09:00:00"),
        enter("DEPARTMENT_HANDLING", "2026-10-13T09:00:00"),
        enter("CUSTOMER_AGREEMENT", "2026-10-15T17:00:00"),
        enter("IMPLEMENTATION", "2026-10-16T09:00:00"),
        enter("RETURN_VISIT", "2026-10-19T09:00:00")));
    TimerStatus reply = only(c, "CUSTOMER_REPLY#1", "2026-10-20T00:00:00");
    assertThat(reply.node()).isNull();
    assertThat(reply.state()).isEqualTo(TimerState.MET);
    assertThat(reply.outcome().deadline()).isEqualTo(at("2026-10-20T00:00:00"));
    TimerStatus dept = only(c, "DEPARTMENT_REPLY#1", "2026-10-20T00:00:00");
    assertThat(dept.state()).isEqualTo(TimerState.MET);
    assertThat(dept.outcome().deadline()).isEqualTo(at("2026-10-17T00:00:00"));
    TimerStatus visit = only(c, "RETURN_VISIT#1", "2026-10-20T00:00:00");
    assertThat(visit.state()).isEqualTo(TimerState.RUNNING);
    // Left IMPLEMENTATION on Monday 19 October: 20..23 and 26 October.
    assertThat(visit.outcome().deadline()).isEqualTo(at("2026-10-27T00:00:00"));
  }

  @Test
  void pauseNodesPauseSpanningTargets() {
    SlaPolicy p = SlaPolicy.builder("p")
        .target(dev.complaints.sla.policy.SlaTarget.builder("TOTAL")
            .startOn(dev.complaints.sla.policy.Trigger.received())
            .stopOn(dev.complaints.sla.policy.Trigger.closed())
            .pauseWhile(new dev.complaints.sla.policy.PauseWhile(true, List.of("WAITING")))
            .continuous().limit(Duration.ofHours(10)).build())
        .build();
    ComplaintTimers c = ComplaintTimers.replay(p, "P-1", List.of(
        new TimerSignal.Received(at("2026-10-05T10:00:00"), null),
        enter("WORK", "2026-10-05T10:00:00"),
        enter("WAITING", "2026-10-05T12:00:00"),
        new TimerSignal.Paused(at("2026-10-05T13:00:00")),
        enter("WORK", "2026-10-05T14:00:00"),
        new TimerSignal.Resumed(at("2026-10-05T15:00:00")),
        new TimerSignal.Closed(at("2026-10-05T16:00:00"))));
    TimerStatus s = only(c, "TOTAL#1", "2026-10-06T00:00:00");
    assertThat(s.outcome().elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(s.state()).isEqualTo(TimerState.MET);
  }

  @Test
  void complaintEventsDriveTheTimers() {
    Instant t0 = at("2026-10-05T10:00:00");
    List<ComplaintEvent> events = List.of(
        new NodeEntered("C-10", 1, "cmd-1", "alice", t0, "PLANNING"),
        new GradeChanged("C-10", 2, "cmd-2", "alice", t0.plusSeconds(60), null, Grade.SERIOUS),
        new ClockPaused("C-10", 3, "cmd-3", "alice", t0.plusSeconds(3600), "waiting for the merchant"),
        new ClockResumed("C-10", 4, "cmd-4", "alice", t0.plusSeconds(7200)),
        new ExtensionApproved("C-10", 5, "cmd-5", "boss", t0.plusSeconds(7300), "PLANNING", Duration.ofHours(2)),
        new NodeLeft("C-10", 6, "cmd-6", "alice", t0.plusSeconds(4 * 3600), "PLANNING"));
    ComplaintTimers c = ComplaintTimers.fromEvents(TestPolicies.pausingMallTicket(), "C-10", events);
    c.apply(events.get(2)); // a retried event is ignored
    TimerStatus s = only(c, "PLANNING#1", "2026-10-06T00:00:00");
    assertThat(s.state()).isEqualTo(TimerState.MET);
    assertThat(s.grade()).isEqualTo(Grade.SERIOUS);
    assertThat(s.outcome().elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(s.outcome().limit()).isEqualTo(Duration.ofHours(6));
    assertThatThrownBy(() -> c.apply(new NodeEntered("C-11", 7, "x", "y", t0, "GRADING")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> c.apply(new TimerSignal.Entered("GRADING", t0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in order");
  }
}
