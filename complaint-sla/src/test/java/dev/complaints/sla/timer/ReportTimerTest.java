package dev.complaints.sla.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.policy.Trigger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Reporting upward (docs/domain.md "Reporting upward"): the REPORT target of the mall-ticket policy. */
class ReportTimerTest {
  private final SlaPolicy mall = SlaPolicies.mallTicket();

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private static Optional<TimerStatus> report(ComplaintTimers c, String t) {
    return c.statusAt(at(t)).stream().filter(s -> s.timerId().startsWith("REPORT#")).findFirst();
  }

  private static ComplaintReceived received(String id, Instant at, @Nullable Grade grade) {
    return new ComplaintReceived(id, 1, "c1", "a", at, "mall-ticket", Channel.PHONE,
        new Complainant("张三", "13812345678", "zhangsan@example.com"), at, Subject.of("Tea House", "L2-15"),
        "SAFETY", "smoke in the food court", List.of(Remedy.APOLOGY), List.of(CustomerNeed.RESPECT), "plaza-01",
        grade);
  }

  @Test
  void theMallPresetGivesMajorComplaintsTwoContinuousHoursFromReceipt() {
    SlaTarget target = mall.targets().stream().filter(t -> t.name().equals("REPORT")).findFirst().orElseThrow();
    assertThat(target.start()).containsExactly(Trigger.major());
    assertThat(target.stop()).containsExactly(Trigger.reported());
    assertThat(target.limits().get(Grade.MAJOR).duration()).isEqualTo(Duration.ofHours(2));
    assertThat(target.limits().get(Grade.CRITICAL).duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void aComplaintGradedMajorLaterIsTimedFromItsReceiptWithTheUsualLights() {
    // received 21:00 (outside mall hours: the clock is continuous), graded MAJOR 21:30, never reported
    ComplaintTimers c = ComplaintTimers.replay(mall, "M-1", List.of(
        new TimerSignal.Received(at("2026-10-12T21:00:00"), null),
        new TimerSignal.Regraded(Grade.MAJOR, at("2026-10-12T21:30:00"))));
    TimerStatus s = report(c, "2026-10-12T21:30:00").orElseThrow();
    assertThat(s.outcome().limit()).isEqualTo(Duration.ofHours(2));
    assertThat(s.outcome().deadline()).isEqualTo(at("2026-10-12T23:00:00"));
    assertThat(s.level()).isEqualTo(AlertLevel.NONE);
    // yellow at 0.6 of 2 h (72 min), red past the limit, red 2 from 1.5 times it, red 3 from twice it
    assertThat(report(c, "2026-10-12T22:11:59").orElseThrow().level()).isEqualTo(AlertLevel.NONE);
    assertThat(report(c, "2026-10-12T22:12:00").orElseThrow().level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(report(c, "2026-10-12T23:00:00").orElseThrow().level()).isEqualTo(AlertLevel.YELLOW);
    assertThat(report(c, "2026-10-12T23:00:01").orElseThrow().level()).isEqualTo(AlertLevel.RED_1);
    assertThat(report(c, "2026-10-13T00:00:00").orElseThrow().level()).isEqualTo(AlertLevel.RED_2);
    assertThat(report(c, "2026-10-13T01:00:00").orElseThrow().level()).isEqualTo(AlertLevel.RED_3);
    // reported at 23:40, recorded at 23:50: stopped at the report, a breach at RED_1
    c.apply(new TimerSignal.Reported(at("2026-10-12T23:40:00"), at("2026-10-12T23:50:00")));
    TimerStatus done = report(c, "2026-10-14T00:00:00").orElseThrow();
    assertThat(done.state()).isEqualTo(TimerState.BREACHED);
    assertThat(done.highestLevel()).isEqualTo(AlertLevel.RED_1);
  }

  @Test
  void aReportInTimeMeetsTheTargetAndAReportBeforeTheGradeStopsItAtOnce() {
    ComplaintTimers onTime = ComplaintTimers.replay(mall, "M-2", List.of(
        new TimerSignal.Received(at("2026-10-12T10:00:00"), Grade.CRITICAL),
        new TimerSignal.Reported(at("2026-10-12T10:45:00"), at("2026-10-12T10:50:00"))));
    TimerStatus met = report(onTime, "2026-10-13T00:00:00").orElseThrow();
    assertThat(met.state()).isEqualTo(TimerState.MET);
    assertThat(met.highestLevel()).isEqualTo(AlertLevel.NONE);

    ComplaintTimers early = ComplaintTimers.replay(mall, "M-3", List.of(
        new TimerSignal.Received(at("2026-10-12T10:00:00"), null),
        new TimerSignal.Reported(at("2026-10-12T10:20:00"), at("2026-10-12T10:20:00")),
        new TimerSignal.Regraded(Grade.MAJOR, at("2026-10-12T14:00:00")),
        new TimerSignal.Regraded(Grade.CRITICAL, at("2026-10-12T15:00:00"))));
    assertThat(early.timers()).filteredOn(t -> t.id().startsWith("REPORT#")).singleElement()
        .satisfies(t -> {
          assertThat(t.startedAt()).isEqualTo(at("2026-10-12T10:00:00"));
          assertThat(t.stoppedAt()).isEqualTo(at("2026-10-12T10:20:00"));
        });
    assertThat(report(early, "2026-10-13T00:00:00").orElseThrow().state()).isEqualTo(TimerState.MET);
  }

  @Test
  void generalAndSeriousComplaintsHaveNoReportTimer() {
    ComplaintTimers c = ComplaintTimers.fromEvents(mall, "M-4", List.of(
        received("M-4", at("2026-10-12T10:00:00"), Grade.SERIOUS),
        new GradeChanged("M-4", 2, "c2", "a", at("2026-10-12T10:10:00"), Grade.SERIOUS, Grade.GENERAL)));
    assertThat(report(c, "2026-10-13T00:00:00")).isEmpty();
  }

  @Test
  void theEventsDriveTheTimer() {
    ComplaintTimers c = ComplaintTimers.fromEvents(mall, "M-5", List.of(
        received("M-5", at("2026-10-12T10:00:00"), null),
        new GradeChanged("M-5", 2, "c2", "a", at("2026-10-12T10:10:00"), null, Grade.MAJOR),
        new IncidentReported("M-5", 3, "c3", "a", at("2026-10-12T13:00:00"), "group", "s",
            at("2026-10-12T12:30:00"))));
    TimerStatus s = report(c, "2026-10-13T00:00:00").orElseThrow();
    assertThat(s.state()).isEqualTo(TimerState.BREACHED);
    assertThat(s.highestLevel()).isEqualTo(AlertLevel.RED_1);
  }

  @Test
  void thePolicyJsonRefusesMisusedReportTriggers() {
    String target = """
        {"id": "p", "alerts": {"yellow": 0.6, "red2": 1.5, "red3": 2.0},
         "targets": [{"name": "REPORT", "start": %s, "stop": %s, "clock": "CONTINUOUS", "limit": "PT2H"}]}""";
    assertThatThrownBy(() -> SlaPolicies.read(target.formatted("[{\"on\": \"MAJOR\"}, {\"on\": \"RECEIVED\"}]",
        "[{\"on\": \"REPORTED\"}]"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("a target started by MAJOR counts from the receipt and is started by nothing else");
    assertThatThrownBy(() -> SlaPolicies.read(target.formatted("[{\"on\": \"REPORTED\"}]",
        "[{\"on\": \"CLOSED\"}]"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("REPORTED stops a target, it does not start one");
    assertThatThrownBy(() -> SlaPolicies.read(target.formatted("[{\"on\": \"MAJOR\"}]",
        "[{\"on\": \"REPORTED\", \"node\": \"X\"}]"))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be given (a REPORTED trigger takes no node)");
    assertThat(SlaPolicies.read(target.formatted("[{\"on\": \"MAJOR\"}]", "[{\"on\": \"REPORTED\"}]"))
        .targets()).singleElement().extracting(SlaTarget::stop).isEqualTo(List.of(Trigger.reported()));
  }
}
