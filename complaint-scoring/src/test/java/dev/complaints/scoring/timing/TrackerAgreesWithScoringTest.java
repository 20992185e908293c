package dev.complaints.scoring.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.TicketOutcome;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.PauseWhile;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.timer.ComplaintTimers;
import dev.complaints.sla.timer.SlaTimer;
import dev.complaints.sla.tracker.SlaTracker;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The live timers and the scorecards apply one timing model: for random event histories, the highest level the
 * tracker gives each node visit equals the level scoring derives from the ticket record exported from the same
 * history, at any report instant; and scoring the exported records of many complaints counts, per unit and
 * month, the red lights of a live {@link SlaTracker} fed the same events.
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
            if (timer.target().node() == null) {
              continue; // the REPORT timer times no node visit: it is no node red light
            }
            timer.statusAt(asOf).ifPresent(s -> live.put(key(Objects.requireNonNull(s.node()), timer.startedAt()),
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

  /**
   * Exporting then scoring gives, unit by unit and month by month, the red lights of the live tracker: the
   * highest level of every timer of the complaints accepted in the month by the as-of instant (a complaint not
   * yet accepted belongs to the month it was received in).
   */
  @Test
  void exportedAndScoredRedLightsAreTheTrackers() {
    ZoneId zone = MetricOptions.defaults().zone();
    int[] redVisits = {0};
    int[] acceptedNextMonth = {0};
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random r = new Random(seed);
          SlaTracker tracker = new SlaTracker(MALL);
          List<TicketRecord> records = new ArrayList<>();
          Map<String, String> unitOf = new HashMap<>();
          Map<String, Instant> acceptedAt = new HashMap<>();
          Instant last = FROM;
          for (int i = 1 + r.nextInt(12); i > 0; i--) {
            String id = "C-" + seed + "-" + i;
            Instant start = FROM.plusSeconds((long) (r.nextDouble() * 80 * 86400));
            String unit = "plaza-" + r.nextInt(3);
            List<ComplaintEvent> events = Histories.mallTicket(id, unit, start, r);
            tracker.applyAll(events);
            records.add(EXPORT.export(events, u -> "region-1"));
            unitOf.put(id, unit);
            acceptedAt.put(id, acceptance(events));
            last = last.isAfter(Histories.last(events)) ? last : Histories.last(events);
          }
          Instant asOf = r.nextBoolean() ? last.plus(Duration.ofDays(3))
              : FROM.plusSeconds((long) (r.nextDouble() * Duration.between(FROM, last).getSeconds()));

          for (YearMonth month = YearMonth.of(2026, 9); !month.isAfter(YearMonth.of(2026, 12));
              month = month.plusMonths(1)) {
            Map<String, Long> live = new TreeMap<>();
            for (String id : unitOf.keySet()) {
              Instant accepted = acceptedAt.get(id);
              if (accepted.isAfter(asOf) || !YearMonth.from(accepted.atZone(zone)).equals(month)) {
                continue;
              }
              for (SlaTimer timer : tracker.timersOf(id)) {
                if (timer.target().node() == null) {
                  continue; // the REPORT timer times no node visit: it is no node red light
                }
                Optional<AlertLevel> level = timer.statusAt(asOf).map(s -> s.highestLevel()).filter(AlertLevel::isRed);
                level.ifPresent(l -> live.merge(unitOf.get(id) + " " + l, 1L, Long::sum));
                if (level.isPresent() && !YearMonth.from(records.stream().filter(t -> t.id().equals(id))
                    .findFirst().orElseThrow().stages().get(0).enteredAt().atZone(zone)).equals(month)) {
                  acceptedNextMonth[0]++;
                }
              }
            }
            PeriodReport report = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(MALL).build()
                .score(records.stream(), List.of(), month, asOf);
            Map<String, Long> scored = new TreeMap<>();
            for (String unit : List.of("plaza-0", "plaza-1", "plaza-2")) {
              report.unit(unit).ifPresent(card -> {
                for (AlertLevel l : AlertLevel.values()) {
                  if (l.isRed() && card.metrics().redLights(l) > 0) {
                    scored.put(unit + " " + l, card.metrics().redLights(l));
                  }
                }
              });
            }
            assertThat(scored).as("seed %s, %s as of %s", seed, month, asOf).isEqualTo(live);
            redVisits[0] += (int) live.values().stream().mapToLong(Long::longValue).sum();
          }
        });
    assertThat(redVisits[0]).as("red visits compared").isGreaterThan(100);
    assertThat(acceptedNextMonth[0]).as("red visits of complaints received in an earlier month").isGreaterThan(0);
  }

  /** When the complaint left ACCEPTANCE (AcceptComplaint), else when it was received. */
  private static Instant acceptance(List<ComplaintEvent> events) {
    return events.stream().filter(e -> e instanceof NodeLeft l && l.node().equals("ACCEPTANCE"))
        .map(ComplaintEvent::at).findFirst()
        .orElse(((ComplaintReceived) events.get(0)).receivedAt());
  }

  private static String key(String node, Instant entered) {
    return entered + " " + node;
  }
}
