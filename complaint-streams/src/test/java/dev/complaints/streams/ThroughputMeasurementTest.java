package dev.complaints.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.streams.demo.MonthFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events per second through the topology in a {@link org.apache.kafka.streams.TopologyTestDriver} (one thread,
 * no broker: the processors, the stores and the serialisation), beside the batch path on the same events (the
 * ticket export of every complaint and the scorer's month). Runs only when the system property
 * {@code complaints.throughput} names the number of simulated complaints per average plaza (docs/benchmarks.md).
 */
class ThroughputMeasurementTest {

  @Test
  void measure(@TempDir Path dir) throws Exception {
    String size = System.getProperty("complaints.throughput");
    Assumptions.assumeTrue(size != null, "set -Dcomplaints.throughput=<complaints per plaza> to measure");
    MonthFixture month = MonthFixture.play(7, YearMonth.of(2026, 10), Integer.parseInt(size));
    List<ComplaintEvent> events = month.eventsInTimeOrder();
    for (int round = 1; round <= 3; round++) {
      double rocks = topology(month, events, false, true, dir.resolve(round + "-rocksdb"));
      double memory = topology(month, events, true, true, dir.resolve(round + "-memory"));
      double still = topology(month, events, true, false, dir.resolve(round + "-still"));
      double batch = batch(month, events.size());
      System.out.printf(Locale.ROOT, "round %d: %d complaints, %d events: topology (RocksDB) %.0f events/s,"
          + " topology (in-memory stores) %.0f events/s, topology (in-memory, wall clock still) %.0f events/s,"
          + " batch export and score %.0f events/s%n", round, month.complaints().size(), events.size(), rocks,
          memory, still, batch);
    }
  }

  private static double topology(MonthFixture month, List<ComplaintEvent> events, boolean inMemory,
      boolean punctuate, Path dir) throws Exception {
    ComplaintTopologyConfig config = TopologyHarness.mallConfig().regions(MonthFixture.regions())
        .punctuationInterval(Duration.ofMinutes(5)).inMemoryStores(inMemory).build();
    List<String> json = events.stream().map(TopologyHarness::json).toList();
    try (TopologyHarness h = new TopologyHarness(config, events.get(0).at(), dir)) {
      long start = System.nanoTime();
      for (int i = 0; i < events.size(); i++) {
        ComplaintEvent e = events.get(i);
        if (punctuate && e.at().isAfter(h.wallClock())) {
          h.wallClockTo(e.at()); // the punctuations of the month, as in production
        }
        h.events.pipeInput(e.complaintId(), json.get(i), e.at());
      }
      long nanos = System.nanoTime() - start;
      assertThat(h.tickets.getQueueSize()).isPositive();
      return events.size() / (nanos / 1e9);
    }
  }

  private static double batch(MonthFixture month, int eventCount) {
    TicketExport export = TicketExport.of(WorkflowPresets.mallTicket());
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
    long start = System.nanoTime();
    List<TicketRecord> tickets = new ArrayList<>();
    for (List<ComplaintEvent> c : month.complaints()) {
      tickets.add(export.export(c, unit -> MonthFixture.regions().get(unit)));
    }
    PeriodReport report = scorer.score(tickets.stream(), List.of(), month.month(),
        Scorer.endOf(month.month(), scorer.options().zone()));
    long nanos = System.nanoTime() - start;
    assertThat(report.units()).isNotEmpty();
    return eventCount / (nanos / 1e9);
  }
}
