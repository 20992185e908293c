package dev.complaints.bench;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;

/**
 * Scores a month from a JSON-lines file of {@code n} generated tickets ({@link ScoringData}), the file read in
 * parts on every processor ({@link Scorer#score(Path, java.util.Collection, YearMonth, java.time.Instant)} of a
 * parallel scorer), with a small heap: the time and the throughput of scoring a file, memory growing with units,
 * not tickets. Writing the file is not timed.
 *
 * <pre>java -Xmx256m -cp benchmarks.jar dev.complaints.bench.ScoringScaleCheck 10000000 [file]</pre>
 *
 * <p>With a file that exists, it is scored as it is (written by an earlier run); otherwise the tickets are written
 * to it (or to a temporary file, deleted at the end).
 */
public final class ScoringScaleCheck {

  private ScoringScaleCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of tickets (default 10,000,000) and optionally the file
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
    YearMonth month = ScoringBenchmark.MONTH;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("scoring-scale", ".jsonl");
    boolean temporary = args.length <= 1;
    if (temporary || !Files.exists(file)) {
      long w = System.nanoTime();
      ScoringData.write(file, n, month);
      System.out.printf("wrote %,d tickets (%,d MiB) in %.1f s%n", n, Files.size(file) >> 20,
          (System.nanoTime() - w) / 1e9);
    }
    try {
      MetricOptions options = MetricOptions.defaults();
      Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket())
          .options(options).parallel(true).build();
      long start = System.nanoTime();
      PeriodReport report = scorer.score(file, ScoringData.inputs(month), month, Scorer.endOf(month, options.zone()));
      double seconds = (System.nanoTime() - start) / 1e9;
      long tickets = report.units().stream().mapToLong(c -> c.metrics().tickets()).sum();
      long peak = HeapUse.peak();
      long live = HeapUse.liveAfter(1);
      System.out.printf("processors: %d; file: %,d MiB; tickets scored in %s: %,d%n",
          Runtime.getRuntime().availableProcessors(), Files.size(file) >> 20, month, tickets);
      System.out.printf("wall time: %.1f s; throughput: %,.0f tickets/s%n", seconds, tickets / seconds);
      System.out.printf("max heap: %,d MiB; peak heap used (sum of pool peaks): %,d MiB; live after a full GC: %,d MiB%n",
          Runtime.getRuntime().maxMemory() >> 20, peak >> 20, live >> 20);
    } finally {
      if (temporary) {
        Files.deleteIfExists(file);
      }
    }
  }
}
