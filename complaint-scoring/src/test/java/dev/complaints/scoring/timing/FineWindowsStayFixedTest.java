package dev.complaints.scoring.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.penalty.FineCollector;
import dev.complaints.scoring.penalty.FineWindow;
import dev.complaints.scoring.penalty.MonthlyFines;
import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.UnknownYears;
import dev.complaints.sla.timer.Extension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fine window that has ended never changes: for random months of tickets, the fines of every window that ended
 * before a report instant A are the same when the tickets are assessed at any later instant B, even when
 * extensions are approved after A, visits reach higher red levels after A, or visits are still open.
 */
class FineWindowsStayFixedTest {
  private static final Instant FROM = Instant.parse("2026-09-20T00:00:00Z");
  private static final TicketExport EXPORT = TicketExport.of(WorkflowPresets.mallTicket());
  // the later report instants reach into years past the bundled holiday data: the weekly rule stands in for them
  private static final SlaVisitAlerts ALERTS =
      SlaVisitAlerts.of(SlaPolicies.mallTicket().toBuilder().unknownYears(UnknownYears.WEEKLY).build());

  @Test
  void endedWindowsAreTheSameAssessedLater() {
    int[] finedWindowsCompared = {0};
    qt().withExamples(60)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Random r = new Random(seed);
          List<TicketRecord> tickets = new ArrayList<>();
          Instant last = FROM;
          for (int i = 0, n = 5 + r.nextInt(20); i < n; i++) {
            Instant start = FROM.plusSeconds((long) (r.nextDouble() * 70 * 86400));
            List<ComplaintEvent> events = Histories.mallTicket("T-" + i, start, r);
            TicketRecord t = lateApprovals(EXPORT.export(events, unit -> "region-1"), r);
            tickets.add(t);
            Instant end = Histories.last(events);
            last = end.isAfter(last) ? end : last;
          }
          Instant a = FROM.plusSeconds((long) (r.nextDouble() * Duration.between(FROM, last).getSeconds()));
          Instant b = a.plusSeconds((long) (r.nextDouble() * 40 * 86400));
          MonthlyFines atA = assess(tickets, a);
          MonthlyFines atB = assess(tickets, b);
          java.util.Set<FineWindow> windows = new java.util.TreeSet<>(atA.windows());
          windows.addAll(atB.windows());
          for (FineWindow w : windows) {
            Instant windowEnd = w.lastDay().plusDays(1).atStartOfDay(FineWindow.SHANGHAI).toInstant();
            if (!windowEnd.isAfter(a)) {
              assertThat(atB.decisions(w)).as("window %s, A=%s, B=%s", w, a, b).isEqualTo(atA.decisions(w));
              finedWindowsCompared[0] += atA.decisions(w).isEmpty() ? 0 : 1;
            }
          }
        });
    // the histories do produce red lights in windows that have ended
    assertThat(finedWindowsCompared[0]).isPositive();
  }

  private static MonthlyFines assess(List<TicketRecord> tickets, Instant asOf) {
    MonthlyFines fines = MonthlyFines.mallDefaults();
    FineCollector c = new FineCollector(ALERTS, asOf, fines);
    tickets.forEach(c::addTicket);
    return fines;
  }

  /** Adds, to some visits, an extension approved after the visit ended (which must count for nothing). */
  private static TicketRecord lateApprovals(TicketRecord t, Random r) {
    List<StageRecord> stages = new ArrayList<>();
    for (StageRecord s : t.stages()) {
      if (s.leftAt() != null && r.nextInt(4) == 0) {
        List<Extension> ext = new ArrayList<>(s.extensions());
        ext.add(Extension.of(Duration.ofHours(1 + r.nextInt(48)), s.leftAt().plusSeconds(r.nextInt(86400))));
        s = new StageRecord(s.stage(), s.enteredAt(), s.leftAt(), ext, s.pauses());
      }
      stages.add(s);
    }
    return t.toBuilder().stages(stages).build();
  }
}
