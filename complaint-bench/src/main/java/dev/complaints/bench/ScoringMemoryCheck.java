package dev.complaints.bench;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams generated tickets through the month scorer without holding them: each ticket is generated as a JSON
 * line, parsed like a file line and scored, then dropped. Run it with a small heap to show that memory grows
 * with units, not tickets:
 *
 * <pre>java -Xmx256m -cp benchmarks.jar dev.complaints.bench.ScoringMemoryCheck 10000000</pre>
 *
 * <p>Prints the number of tickets, the wall time, the throughput, the peak heap use, the heap still live
 * after a full collection and a summary of the scorecards.
 */
public final class ScoringMemoryCheck {

  private ScoringMemoryCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of tickets (default 10,000,000)
   */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
    YearMonth month = ScoringBenchmark.MONTH;
    MetricOptions options = MetricOptions.defaults();
    Iterator<TicketRecord> tickets = new Iterator<>() {
      long i;

      @Override
      public boolean hasNext() {
        return i < n;
      }

      @Override
      public TicketRecord next() {
        if (i >= n) {
          throw new NoSuchElementException();
        }
        long line = ++i;
        return TicketReader.parseLine(ScoringData.line(line, month), "generated", line);
      }
    };
    long start = System.nanoTime();
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket())
        .options(options).build();
    PeriodReport report = scorer.score(tickets, ScoringData.inputs(month), month, Scorer.endOf(month, options.zone()));
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    long peak = HeapUse.peak();
    long live = HeapUse.liveAfter(1);
    long tickets0 = report.units().stream().mapToLong(c -> c.metrics().tickets()).sum();
    System.out.printf("tickets generated: %,d; scored in %s: %,d%n", n, month, tickets0);
    System.out.printf("wall time: %.1f s; throughput: %,.0f tickets/s%n",
        wall.toMillis() / 1000.0, n / (wall.toNanos() / 1e9));
    System.out.printf("max heap: %,d MiB; peak heap used (sum of pool peaks): %,d MiB; live after a full GC: %,d MiB%n",
        Runtime.getRuntime().maxMemory() >> 20, peak >> 20, live >> 20);
    for (MonthlyScorecard c : report.units()) {
      System.out.printf("  %s %s total %d%n", c.unit(), c.region() != null ? c.region() : "-", c.total());
    }
  }
}
