package dev.complaints.scoring.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.PauseWhile;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.timer.ComplaintTimers;
import dev.complaints.sla.timer.SlaTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The live timers and the scorecards apply one timing model: for random event histories, the highest level the
 * tracker gives each node visit equals the level scoring derives from the ticket record exported from the same
 * history, at any report instant.
 *
 * <p>The histories assign the grade while GRADING and never change it afterwards: a record carries only the final
 * grade, while a live timer follows each regrade from the instant it happens.
 */
class TrackerAgreesWithScoringTest {
  private static final Instant FROM = Instant.parse("2026-09-01T00:00:00Z");
  private static final TicketExport EXPORT = TicketExport.of(WorkflowPresets.mallTicket());

  // histories may run past the bundled holiday data: the weekly rule stands in for those days
  private static final SlaPolicy MALL = SlaPolicies.mallTicket().toBuilder().unknownYears(UnknownYears.WEEKLY).build();

  @Test
  void mallTicket() {
    agree(MALL);
  }

  @Test
  void theSameLimitsOnAPolicyThatPauses() {
    SlaPolicy base = MALL;
    SlaPolicy.Builder b = SlaPolicy.builder("mall-ticket-pausing").unknownYears(UnknownYears.WEEKLY);
    base.targets().forEach(t -> b.target(t.toBuilder().pauseWhile(PauseWhile.CLOCK_PAUSED).build()));
    agree(b.build());
  }

  private static void agree(SlaPolicy policy) {
    SlaVisitAlerts alerts = SlaVisitAlerts.of(policy);
    int[] redVisits = {0};
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random r = new Random(seed);
          Instant start = FROM.plusSeconds((long) (r.nextDouble() * 80 * 86400));
          List<ComplaintEvent> events = Histories.mallTicket("C-" + seed, start, r);
          Instant end = Histories.last(events).plus(Duration.ofDays(3));
          Instant asOf = start.plusSeconds((long) (r.nextDouble() * Duration.between(start, end).getSeconds()));

          Map<String, AlertLevel> live = new TreeMap<>();
          for (SlaTimer timer : ComplaintTimers.fromEvents(policy, "C-" + seed, events).timers()) {
            timer.statusAt(asOf).ifPresent(s -> live.put(key(s.node().orElseThrow(), timer.startedAt()),
                s.highestLevel()));
          }
          TicketRecord record = EXPORT.export(events, unit -> "region-1");
          List<AlertLevel> levels = TicketOutcome.visitLevels(record, asOf, alerts);
          Map<String, AlertLevel> scored = new TreeMap<>();
          for (int i = 0; i < levels.size(); i++) {
            StageRecord v = record.stages().get(i);
            if (policy.nodeTarget(v.stage()).isPresent() && !v.enteredAt().isAfter(asOf)) {
              scored.put(key(v.stage(), v.enteredAt()), levels.get(i));
            }
          }
          assertThat(scored).as("seed %s as of %s", seed, asOf).isEqualTo(live);
          redVisits[0] += (int) live.values().stream().filter(AlertLevel::isRed).count();
        });
    assertThat(redVisits[0]).as("red visits compared").isGreaterThan(50);
  }

  private static String key(String node, Instant entered) {
    return entered + " " + node;
  }
}
