package dev.complaints.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ReturnVisitExempted;
import dev.complaints.core.event.ReturnVisitExemptionRequested;
import dev.complaints.core.event.ReturnVisitRecorded;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.timer.TimerState;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** The simulated month is plausible and consistent with what the library reports. */
class MonthSimulationTest {

  @Test
  void theMonthBeforeIsPlayedAsHistoryAndSomeComplaintsAreReopened() {
    DemoReport r = MonthSimulation.run(42, YearMonth.of(2026, 10));
    DemoReport.Summary h = r.history();
    assertThat(h.complaints()).isBetween(200, 450);
    // the month's tickets come after those of the month before; only the month's are scored
    List<String> ids = r.tickets().stream().map(t -> t.id()).toList();
    assertThat(ids.subList(0, h.complaints())).allMatch(id -> id.startsWith("C-202609-"));
    assertThat(ids.subList(h.complaints(), ids.size())).allMatch(id -> id.startsWith("C-202610-"))
        .hasSize(r.summary().complaints());
    assertThat(r.inputs()).extracting(in -> in.period().toString()).containsOnly("2026-09", "2026-10");
    // some satisfied customers come back: reopened, planned and handled again, then closed again
    List<String> reopened = r.events().stream()
        .filter(e -> e instanceof dev.complaints.core.event.ComplaintReopened).map(e -> e.complaintId()).toList();
    assertThat(reopened).isNotEmpty().doesNotHaveDuplicates();
    assertThat(r.tickets()).filteredOn(t -> reopened.contains(t.id()))
        .allSatisfy(t -> assertThat(t.stages().stream().filter(v -> v.stage().equals("PLANNING")).count())
            .as(t.id()).isGreaterThanOrEqualTo(2));
    long closedAgain = r.tickets().stream().filter(t -> reopened.contains(t.id()) && t.closedAt() != null).count();
    assertThat(closedAgain).as("most are closed again by the end").isPositive();
  }

  @Test
  void aMonthAtTheMall() {
    DemoReport r = MonthSimulation.run(42, YearMonth.of(2026, 10));
    DemoReport.Summary s = r.summary();
    assertThat(s.complaints()).isBetween(200, 450);
    assertThat(s.byUnit()).hasSize(6);
    assertThat(s.open() + s.closed()).isEqualTo(s.complaints());
    assertThat(s.nightIntake()).isPositive();
    assertThat(s.extensions()).isPositive();
    assertThat(s.exemptions()).isPositive();
    assertThat(r.board()).isNotEmpty();
    assertThat(r.board()).allSatisfy(e -> {
      assertThat(e.state()).isIn(TimerState.RUNNING, TimerState.PAUSED);
      assertThat(e.complaintId()).startsWith("C-202610-");
      assertThat(e.node()).isIn("GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT", "REPORT");
    });
    // Red first, then yellow, then the rest.
    for (int i = 1; i < r.board().size(); i++) {
      assertThat(r.board().get(i).level()).isLessThanOrEqualTo(r.board().get(i - 1).level());
    }
    // Every complaint of the month is scored, in the unit it belongs to.
    long scored = r.scorecards().units().stream().mapToLong(u -> u.metrics().tickets()).sum();
    assertThat(scored).isEqualTo(s.complaints());
    assertThat(r.scorecards().regions()).extracting(x -> x.region()).containsExactlyInAnyOrder("city-a", "city-b", "city-c");
    assertThat(r.scorecards().units()).allSatisfy(u -> assertThat(u.total()).isBetween(0, 100));
    long red = r.scorecards().units().stream()
        .mapToLong(u -> u.metrics().redLights(AlertLevel.RED_1) + u.metrics().redLights(AlertLevel.RED_2)
            + u.metrics().redLights(AlertLevel.RED_3)).sum();
    assertThat(red).as("some tickets are late").isPositive();
    assertThat(Set.copyOf(r.scorecards().units().stream().map(u -> u.metrics().grades().keySet()).flatMap(Set::stream).toList()))
        .contains(Grade.GENERAL);
  }

  @Test
  void aCriticalComplaintIsNeverPlannedToBeEscalated() {
    for (long seed = 1; seed <= 100; seed++) {
      assertThat(MonthGenerator.generate(seed, YearMonth.of(2026, 10), d -> false, MonthSimulation.AVERAGE_PER_PLAZA))
          .as("seed %s", seed)
          .noneMatch(p -> p.grade() == Grade.CRITICAL && p.outcome() == ReturnVisitOutcome.DISSATISFIED_ESCALATE);
    }
    // months with a dissatisfied customer of a CRITICAL complaint: it is closed as dissatisfied, not rejected
    assertThat(MonthSimulation.run(1, YearMonth.of(2026, 10)).summary().complaints()).isPositive();
    assertThat(MonthSimulation.run(30, YearMonth.of(2026, 10)).summary().complaints()).isPositive();
  }

  @Test
  void everyPlannedCommandIsAcceptedByTheWorkflowForManySeeds() {
    BusinessCalendar national = BusinessCalendars.cnNational();
    Instant end = MonthSimulation.asOf(YearMonth.of(2026, 10));
    Simulator simulator = new Simulator(WorkflowEngine.of(MonthSimulation.workflow()), BusinessCalendars.mallHours(),
        end);
    int played = 0;
    for (long seed = 1; seed <= 300; seed++) {
      for (ComplaintPlan p : MonthGenerator.generate(seed, YearMonth.of(2026, 10),
          date -> !national.isWorkingDay(date), MonthSimulation.AVERAGE_PER_PLAZA)) {
        if (!p.receivedAt().isAfter(end)) {
          assertThat(simulator.play(p).rejection()).as("seed %s, %s", seed, p.id()).isNull();
          played++;
        }
      }
    }
    assertThat(played).as("complaints played").isGreaterThan(300 * 200);
  }

  @Test
  void theDemoNeverPausesAClockAndTheGroupMakesEveryReturnVisit() {
    Instant end = MonthSimulation.asOf(YearMonth.of(2026, 10));
    Simulator simulator = new Simulator(WorkflowEngine.of(MonthSimulation.workflow()), BusinessCalendars.mallHours(),
        end);
    int visits = 0;
    int exemptions = 0;
    int waits = 0;
    for (long seed = 1; seed <= 20; seed++) {
      for (ComplaintPlan p : MonthGenerator.generate(seed, YearMonth.of(2026, 10), d -> false,
          MonthSimulation.AVERAGE_PER_PLAZA)) {
        waits += p.customerWait().isPresent() ? 1 : 0;
        List<ComplaintEvent> events = simulator.play(p).events();
        assertThat(events).noneMatch(e -> e instanceof ClockPaused || e instanceof ClockResumed);
        for (int i = 0; i < events.size(); i++) {
          ComplaintEvent e = events.get(i);
          if (e instanceof ReturnVisitRecorded) {
            assertThat(e.actor()).as(p.id()).isEqualTo("group-service");
            visits++;
          } else if (e instanceof ReturnVisitExemptionRequested) {
            assertThat(e.actor()).as(p.id()).isEqualTo("desk-clerk");
          } else if (e instanceof ReturnVisitExempted) {
            assertThat(e.actor()).as(p.id()).isEqualTo("group-service");
            assertThat(events.subList(0, i)).as(p.id()).last(InstanceOfAssertFactories.type(ComplaintEvent.class))
                .isInstanceOf(ReturnVisitExemptionRequested.class);
            exemptions++;
          }
        }
      }
    }
    assertThat(visits).isGreaterThan(1000);
    assertThat(exemptions).isPositive();
    assertThat(waits).as("plans that wait for the customer, without pausing").isPositive();
  }

  @Test
  void deterministicForASeed() {
    DemoReport a = MonthSimulation.run(5, YearMonth.of(2026, 3));
    DemoReport b = MonthSimulation.run(5, YearMonth.of(2026, 3));
    assertThat(DemoRenderer.json(a)).isEqualTo(DemoRenderer.json(b));
    assertThat(DemoRenderer.text(a)).isEqualTo(DemoRenderer.text(b));
  }
}
