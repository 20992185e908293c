package dev.complaints.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring throughput in tickets per second, from a generated JSON-lines file of {@value #TICKETS} tickets
 * of one month over {@value ScoringData#UNITS} units.
 *
 * <ul>
 *   <li>{@code tokenPass} — the baseline: Jackson's streaming parser over the file's bytes, every token read and
 *       nothing built (the speed of JSON itself);
 *   <li>{@code parseOnly} — reads the file into {@link TicketRecord}s ({@link TicketReader}: instants parsed,
 *       every field checked) and nothing else;
 *   <li>{@code scoreMonth} — reads the same file and scores the month with the {@code mall-scorecard} rubric,
 *       the alert levels derived with the {@code mall-ticket} SLA policy;
 *   <li>{@code scoreMonthParallel} — {@code scoreMonth} from the file read in parts, one per processor
 *       ({@link Scorer#score(Path, java.util.Collection, YearMonth, Instant)} of a parallel scorer);
 *   <li>{@code assessQuarter} — reads the same file and produces the quarterly assessment (monthly scorecards
 *       of the year to date, quarterly scores, penalty ladders and monthly fines with each red light dated).
 * </ul>
 *
 * <p>Each operation is one ticket ({@link OperationsPerInvocation}), so the scores read as tickets per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoringBenchmark {

  /** Tickets in the generated file. */
  public static final int TICKETS = 100_000;

  static final YearMonth MONTH = YearMonth.of(2026, 10);

  private Path file;
  private List<UnitInputs> inputs;
  private Scorer scorer;
  private Scorer parallelScorer;
  private JsonFactory json;
  private Instant asOf;
  private Instant endOfQuarter;

  /**
   * Generates the file and builds the scorer (rubric and policy).
   *
   * @throws IOException when the temporary file cannot be written
   */
  @Setup
  public void setUp() throws IOException {
    file = Files.createTempFile("scoring-bench", ".jsonl");
    ScoringData.write(file, TICKETS, MONTH);
    inputs = ScoringData.inputs(MONTH);
    scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket()).build();
    parallelScorer = scorer.toBuilder().parallel(true).build();
    json = new JsonFactory();
    asOf = Scorer.endOf(MONTH, MetricOptions.MALL_ZONE);
    endOfQuarter = Scorer.endOf(Quarter.of(MONTH), MetricOptions.MALL_ZONE);
  }

  /**
   * Deletes the file.
   *
   * @throws IOException when it cannot be deleted
   */
  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Baseline: every JSON token of the file, nothing built.
   *
   * @param bh sink
   * @throws IOException when the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public void tokenPass(Blackhole bh) throws IOException {
    try (JsonParser p = json.createParser(Files.newInputStream(file))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        bh.consume(t);
      }
    }
  }

  /**
   * Parse every line into a ticket record.
   *
   * @param bh sink
   */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public void parseOnly(Blackhole bh) {
    try (TicketReader reader = TicketReader.open(file)) {
      while (reader.hasNext()) {
        bh.consume(reader.next());
      }
    }
  }

  /**
   * Parse and score the month.
   *
   * @return the report
   */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public PeriodReport scoreMonth() {
    try (TicketReader reader = TicketReader.open(file)) {
      return scorer.score(reader, inputs, MONTH, asOf);
    }
  }

  /**
   * Parse and score the month, the file read in parts on every processor.
   *
   * @return the report
   */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public PeriodReport scoreMonthParallel() {
    return parallelScorer.score(file, inputs, MONTH, asOf);
  }

  /**
   * Parse and assess the quarter (scorecards, quarterly scores, ladders, fines).
   *
   * @return the assessment
   */
  @Benchmark
  @OperationsPerInvocation(TICKETS)
  public QuarterAssessment assessQuarter() {
    try (TicketReader reader = TicketReader.open(file)) {
      return scorer.assessQuarter(reader, inputs, Quarter.of(MONTH), endOfQuarter);
    }
  }
}
