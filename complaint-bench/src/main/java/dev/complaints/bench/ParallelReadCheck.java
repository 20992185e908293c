package dev.complaints.bench;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One part against two on the same file, with a control: reading tickets ({@link TicketReader#readInParts}) and
 * scoring the month ({@link Scorer#score(Path, java.util.Collection, YearMonth, Instant)} of a sequential and of
 * a parallel scorer), each round beside a loop of plain arithmetic on one and on two threads. The control says
 * how much of a second processor the machine gives at the moment (on a machine shared with other work, two
 * threads of arithmetic may take twice as long as one), which a speed-up of the reading cannot exceed.
 *
 * <pre>java -cp benchmarks.jar dev.complaints.bench.ParallelReadCheck 1000000 [file]</pre>
 */
public final class ParallelReadCheck {

  private ParallelReadCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of tickets (default 1,000,000) and optionally the file (written when missing)
   * @throws IOException when the file cannot be written
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
    YearMonth month = ScoringBenchmark.MONTH;
    Path file = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("parallel-read", ".jsonl");
    boolean temporary = args.length <= 1;
    if (temporary || !Files.exists(file)) {
      ScoringData.write(file, n, month);
    }
    try {
      Scorer sequential = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
      Scorer parallel = sequential.toBuilder().parallel(true).build();
      List<UnitInputs> inputs = ScoringData.inputs(month);
      Instant asOf = Scorer.endOf(month, MetricOptions.MALL_ZONE);
      for (int round = 1; round <= 4; round++) {
        double read1 = seconds(() -> count(file, 1));
        double read2 = seconds(() -> count(file, 2));
        double score1 = seconds(() -> sequential.score(file, inputs, month, asOf));
        double score2 = seconds(() -> parallel.score(file, inputs, month, asOf));
        double spin1 = spin(1);
        double spin2 = spin(2);
        System.out.printf("round %d: read %,.0f vs %,.0f tickets/s (%.2fx); score %,.0f vs %,.0f tickets/s (%.2fx);"
                + " control: the same arithmetic per thread takes %.2fx as long on 2 threads as on 1%n",
            round, n / read1, n / read2, read1 / read2, n / score1, n / score2, score1 / score2, spin2 / spin1);
      }
    } finally {
      if (temporary) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static long count(Path file, int parts) {
    return TicketReader.readInParts(file, parts, () -> new long[1], (c, t) -> c[0]++, (a, b) -> {
      a[0] += b[0];
      return a;
    })[0];
  }

  private static double seconds(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds for {@code threads} threads each doing the same fixed arithmetic. */
  private static double spin(int threads) throws InterruptedException {
    long start = System.nanoTime();
    Thread[] ts = new Thread[threads];
    long[] sinks = new long[threads];
    for (int i = 0; i < threads; i++) {
      int k = i;
      ts[i] = new Thread(() -> {
        long x = k;
        for (long j = 0; j < 1_000_000_000L; j++) {
          x += j * j ^ (x >>> 3);
        }
        sinks[k] = x;
      });
      ts[i].start();
    }
    for (Thread t : ts) {
      t.join();
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
