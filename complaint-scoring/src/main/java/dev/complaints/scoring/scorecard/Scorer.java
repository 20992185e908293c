package dev.complaints.scoring.scorecard;

import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.penalty.PenaltyLadder;
import dev.complaints.scoring.penalty.QuarterAccumulator;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.penalty.RewardLadder;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.FieldException;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Scores months and assesses quarters of tickets: the entry point of the scoring module. A scorer is configured
 * once, with what does not change from one call to the next — the rubric, the SLA policy (or another evaluation
 * of node visits) with its calendars and its rule for years past their holiday data, the metric options, the
 * penalty and reward ladders and whether streams are scored in parallel — and then asked for any number of periods:
 *
 * <pre>{@code
 * Scorer scorer = Scorer.builder()
 *     .rubric(Rubrics.mallScorecard())
 *     .policy(SlaPolicies.mallTicket())
 *     .build();
 * PeriodReport october;
 * try (TicketReader tickets = TicketReader.open(Path.of("tickets.jsonl"))) {
 *   october = scorer.score(tickets, inputs, YearMonth.of(2026, 10), Instant.parse("2026-11-01T01:00:00Z"));
 * }
 * }</pre>
 *
 * <p><b>Periods and instants.</b> A ticket belongs to the month of the local date of its acceptance in the
 * options' zone ({@link MetricOptions#zone()}, Asia/Shanghai by default). The report instant {@code asOf} is
 * inclusive: what happened at or before it counts, a ticket accepted after it is left out, a node visit still
 * open at it counts at the alert level reached by then, and the unit inputs of a month that starts after it are
 * not known yet. {@link #endOf(YearMonth, ZoneId)} and {@link #endOf(Quarter, ZoneId)} give the usual report
 * instant: 00:00 of the first day after the period. Scores are the rubric's points; see docs/scoring.md.
 *
 * <p><b>Errors.</b> When the tickets come from a {@link TicketReader}, a malformed line, or a ticket whose node
 * visit cannot be timed because its extensions make the limit overflow, is a {@link RecordFormatException}
 * naming the source, the line and the field. A date a calendar of the policy does not cover is the calendar's
 * {@link dev.complaints.sla.calendar.CalendarRangeException}, carried as it is.
 *
 * <p><b>Thread safety.</b> A scorer is immutable and thread-safe when its {@link VisitAlerts} is, which the one
 * made from a policy is: one instance may score many periods from many threads at once. The ticket sources
 * passed to it are read by the calling thread (an iterator) or by the stream's own threads.
 */
public final class Scorer {
  private final Rubric rubric;
  private final SlaPolicy policy;
  private final VisitAlerts alerts;
  private final MetricOptions options;
  private final PenaltyLadder ladder;
  private final RewardLadder rewards;
  private final boolean parallel;

  private Scorer(Builder b, SlaPolicy policy, VisitAlerts alerts) {
    this.rubric = b.rubric;
    this.policy = policy;
    this.alerts = alerts;
    this.options = b.options;
    this.ladder = b.ladder;
    this.rewards = b.rewards;
    this.parallel = b.parallel;
  }

  /**
   * Starts a builder. A rubric and either a policy or a visit-alert evaluation are required; everything else has
   * a default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this scorer's configuration, to derive another scorer from it. The policy it holds is the
   * one this scorer uses, calendars and the rule for unknown years already applied.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder().rubric(rubric).options(options).penaltyLadder(ladder).rewardLadder(rewards)
        .parallel(parallel);
    return policy != null ? b.policy(policy) : b.visitAlerts(alerts);
  }

  /**
   * The rubric every month is scored with.
   *
   * @return the rubric
   */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * The SLA policy the red lights are derived from, with the calendars and the rule for unknown years given to
   * the builder applied.
   *
   * @return the policy; null when the scorer was built with {@link Builder#visitAlerts(VisitAlerts)}
   */
  public @Nullable SlaPolicy policy() {
    return policy;
  }

  /**
   * The evaluation of node visits the red lights come from: {@link SlaVisitAlerts} of the {@link #policy()}, or
   * the one given to the builder.
   *
   * @return the evaluation
   */
  public VisitAlerts visitAlerts() {
    return alerts;
  }

  /**
   * The metric options: zone, excluded categories, resolution basis and window.
   *
   * @return the options
   */
  public MetricOptions options() {
    return options;
  }

  /**
   * The penalty ladder of {@link #assessQuarter}.
   *
   * @return the ladder
   */
  public PenaltyLadder penaltyLadder() {
    return ladder;
  }

  /**
   * The reward ladder of {@link #assessQuarter}: the quarter's commendations.
   *
   * @return the ladder
   */
  public RewardLadder rewardLadder() {
    return rewards;
  }

  /**
   * Whether the streams given to {@link #score(Stream, Collection, YearMonth, Instant)} and
   * {@link #assessQuarter(Stream, Collection, Quarter, Instant)} are made parallel.
   *
   * @return true when they are
   */
  public boolean parallel() {
    return parallel;
  }

  /**
   * Scores a month, reading the tickets once, in order, on the calling thread.
   *
   * @param tickets tickets of any months; only those of {@code period} accepted by {@code asOf} are counted
   * @param inputs unit inputs of any months; only those of {@code period} are used
   * @param period the month
   * @param asOf the report instant (inclusive)
   * @return the report: every unit with tickets or inputs in the month, and the regions ranked
   * @throws RecordFormatException when the tickets come from a {@link TicketReader} and a line is malformed or a
   *     ticket cannot be timed (see the class description)
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a calendar does not cover a date a ticket's
   *     timing needs
   * @throws IllegalArgumentException when a unit has two inputs entries for the month
   */
  public PeriodReport score(Iterator<TicketRecord> tickets, Collection<UnitInputs> inputs, YearMonth period,
      Instant asOf) {
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(inputs, "inputs");
    PeriodAccumulator acc = new PeriodAccumulator(period, asOf, options, alerts);
    TicketReader.feed(tickets, acc::accept);
    return acc.finish(inputs, rubric);
  }

  /**
   * Scores a month from a JSON-lines file of tickets ({@link TicketReader#open(Path)}). When the scorer was built
   * with {@link Builder#parallel(boolean) parallel(true)} the file is read in as many parts as there are
   * processors, each on a thread of its own by byte ranges at line boundaries, and the parts' accumulators merged
   * ({@link TicketReader#readInParts}); otherwise it is read in order on the calling thread. Either way the report
   * and the errors are those of reading the file in order.
   *
   * @param tickets the file
   * @param inputs unit inputs of any months; only those of {@code period} are used
   * @param period the month
   * @param asOf the report instant (inclusive)
   * @return the report
   * @throws RecordFormatException when a line is malformed or a ticket cannot be timed
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a calendar does not cover a date a ticket's
   *     timing needs
   * @throws IllegalArgumentException when a unit has two inputs entries for the month
   */
  public PeriodReport score(Path tickets, Collection<UnitInputs> inputs, YearMonth period, Instant asOf) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    PeriodAccumulator acc = TicketReader.readInParts(tickets, parts(),
        () -> new PeriodAccumulator(period, asOf, options, alerts), PeriodAccumulator::accept,
        PeriodAccumulator::merge);
    return acc.finish(inputs, rubric);
  }

  /**
   * Assesses a quarter from a JSON-lines file of tickets, as {@link #score(Path, Collection, YearMonth, Instant)}
   * reads it: in parts on as many threads as there are processors when the scorer is
   * {@link Builder#parallel(boolean) parallel}.
   *
   * @param tickets the file
   * @param inputs unit inputs of any months
   * @param quarter the quarter
   * @param asOf the report instant (inclusive)
   * @return the assessment
   * @throws RecordFormatException when a line is malformed or a ticket cannot be timed
   * @throws java.io.UncheckedIOException when the file cannot be read
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a calendar does not cover a date a ticket's
   *     timing needs
   */
  public QuarterAssessment assessQuarter(Path tickets, Collection<UnitInputs> inputs, Quarter quarter,
      Instant asOf) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(asOf, "asOf");
    return TicketReader.readInParts(tickets, parts(),
            () -> new QuarterAccumulator(quarter, asOf, options, alerts), QuarterAccumulator::accept,
            QuarterAccumulator::merge)
        .finish(inputs, rubric, ladder, rewards);
  }

  /** How many parts a file is read in: one per processor when parallel. */
  private int parts() {
    return parallel ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
  }

  /**
   * Scores a month from a stream: a parallel stream (or any stream, when the scorer was built with
   * {@link Builder#parallel(boolean) parallel(true)}) is accumulated per thread and the parts merged, which gives
   * the same report as reading the tickets in order.
   *
   * @param tickets tickets of any months; only those of {@code period} accepted by {@code asOf} are counted
   * @param inputs unit inputs of any months; only those of {@code period} are used
   * @param period the month
   * @param asOf the report instant (inclusive)
   * @return the report
   * @throws FieldException naming the visit and the ticket when a visit cannot be timed because its extensions
   *     make the limit overflow
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a calendar does not cover a date a ticket's
   *     timing needs
   * @throws IllegalArgumentException when a unit has two inputs entries for the month
   */
  public PeriodReport score(Stream<TicketRecord> tickets, Collection<UnitInputs> inputs, YearMonth period,
      Instant asOf) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    PeriodAccumulator acc = stream(tickets).collect(
        () -> new PeriodAccumulator(period, asOf, options, alerts),
        PeriodAccumulator::accept,
        PeriodAccumulator::merge);
    return acc.finish(inputs, rubric);
  }

  /**
   * Assesses a quarter, reading the tickets once, in order, on the calling thread: every month from January to
   * the end of the quarter is scored as of {@code asOf} (the penalty ladders count occurrences within the year),
   * the quarter's unit and region scores are the means of the monthly totals, the ladder decides the quarter's
   * penalties, the monthly fines of the three fine windows named by the quarter's months are decided, and the
   * reward ladder decides the quarter's commendations (a unit's red lights being those of its scorecards of the
   * quarter's months).
   *
   * @param tickets tickets of any months: those of the year up to the quarter are scored; red lights are counted
   *     for fines from every ticket, dated when they were reached
   * @param inputs unit inputs of any months (those of the year up to the quarter are used; publicity and
   *     concealment findings of the quarter's months are fined)
   * @param quarter the quarter
   * @param asOf the report instant (inclusive), usually {@link #endOf(Quarter, ZoneId)}
   * @return the assessment
   * @throws RecordFormatException when the tickets come from a {@link TicketReader} and a line is malformed or a
   *     ticket cannot be timed (see the class description)
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a calendar does not cover a date a ticket's
   *     timing needs
   */
  public QuarterAssessment assessQuarter(Iterator<TicketRecord> tickets, Collection<UnitInputs> inputs,
      Quarter quarter, Instant asOf) {
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(inputs, "inputs");
    return new QuarterAccumulator(quarter, Objects.requireNonNull(asOf, "asOf"), options, alerts)
        .acceptAll(tickets)
        .finish(inputs, rubric, ladder, rewards);
  }

  /**
   * Assesses a quarter from a stream, as {@link #assessQuarter(Iterator, Collection, Quarter, Instant)}: a
   * parallel stream (or any stream, when the scorer was built with {@link Builder#parallel(boolean)
   * parallel(true)}) is accumulated per thread and the parts merged.
   *
   * @param tickets tickets of any months
   * @param inputs unit inputs of any months
   * @param quarter the quarter
   * @param asOf the report instant (inclusive)
   * @return the assessment
   * @throws FieldException naming the visit and the ticket when a visit cannot be timed because its extensions
   *     make the limit overflow
   * @throws dev.complaints.sla.calendar.CalendarRangeException when a calendar does not cover a date a ticket's
   *     timing needs
   */
  public QuarterAssessment assessQuarter(Stream<TicketRecord> tickets, Collection<UnitInputs> inputs,
      Quarter quarter, Instant asOf) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(asOf, "asOf");
    return stream(tickets).collect(
            () -> new QuarterAccumulator(quarter, asOf, options, alerts),
            QuarterAccumulator::accept,
            QuarterAccumulator::merge)
        .finish(inputs, rubric, ladder, rewards);
  }

  private Stream<TicketRecord> stream(Stream<TicketRecord> tickets) {
    Objects.requireNonNull(tickets, "tickets");
    return parallel ? tickets.parallel() : tickets;
  }

  /**
   * The usual report instant of a month: its end, 00:00 of the next month's first day in {@code zone}
   * (exclusive as the end of the month; as a report instant it counts the whole month).
   *
   * @param period the month
   * @param zone the unit calendar's zone
   * @return the instant
   */
  public static Instant endOf(YearMonth period, ZoneId zone) {
    return startOf(period.plusMonths(1), zone);
  }

  /**
   * The usual report instant of a quarter: its end, 00:00 of the next quarter's first day in {@code zone}.
   *
   * @param quarter the quarter
   * @param zone the unit calendar's zone
   * @return the instant
   */
  public static Instant endOf(Quarter quarter, ZoneId zone) {
    List<YearMonth> months = quarter.months();
    return endOf(months.get(months.size() - 1), zone);
  }

  /**
   * The start of a month: 00:00 of its first day in {@code zone} (inclusive). A month that starts after a report
   * instant is not known yet, neither its tickets nor its unit inputs.
   *
   * @param period the month
   * @param zone the unit calendar's zone
   * @return the instant
   */
  public static Instant startOf(YearMonth period, ZoneId zone) {
    return period.atDay(1).atStartOfDay(zone).toInstant();
  }

  @Override
  public String toString() {
    return "Scorer[rubric=" + rubric.id() + ", " + (policy != null ? "policy=" + policy.id() : "alerts=" + alerts)
        + ", zone=" + options.zone() + ", parallel=" + parallel + "]";
  }

  /**
   * Builds a {@link Scorer}. Not thread-safe; the scorer it builds is.
   *
   * <p>Defaults: {@link MetricOptions#defaults()} (Asia/Shanghai, the mall rules' exclusions, 24 hours from the
   * first HANDLING entry), {@link PenaltyLadder#mallDefaults()} (the mall rules' quarterly ladders, docs/domain.md),
   * {@link RewardLadder#defaults()} (commendations at 95), sequential streams, and the policy's own calendars and rule for unknown years.
   */
  public static final class Builder {
    private Rubric rubric;
    private SlaPolicy policy;
    private VisitAlerts alerts;
    private CalendarLookup calendars;
    private UnknownYears unknownYears;
    private MetricOptions options = MetricOptions.defaults();
    private PenaltyLadder ladder = PenaltyLadder.mallDefaults();
    private RewardLadder rewards = RewardLadder.defaults();
    private boolean parallel;

    private Builder() {}

    /**
     * The rubric every month is scored with (required), for example {@code Rubrics.mallScorecard()}.
     *
     * @param rubric the rubric
     * @return this builder
     */
    public Builder rubric(Rubric rubric) {
      this.rubric = Objects.requireNonNull(rubric, "rubric");
      return this;
    }

    /**
     * The SLA policy the red lights are derived from, for example {@code SlaPolicies.mallTicket()}: each node
     * visit is timed by the rules of the live timers ({@link SlaVisitAlerts}). Replaces a
     * {@link #visitAlerts(VisitAlerts)} given before.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(SlaPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      this.alerts = null;
      return this;
    }

    /**
     * The calendars the policy's calendar ids name, in place of the policy's own (for example a national calendar
     * built from newer holiday data). Needs a {@link #policy(SlaPolicy)}.
     *
     * @param calendars the calendars
     * @return this builder
     */
    public Builder calendars(CalendarLookup calendars) {
      this.calendars = Objects.requireNonNull(calendars, "calendars");
      return this;
    }

    /**
     * What the policy does with dates past the holiday data of its calendars, in place of the policy's own
     * choice: {@link UnknownYears#REFUSE} (a {@link dev.complaints.sla.calendar.CalendarRangeException}) or
     * {@link UnknownYears#WEEKLY} (the weekly windows alone). Needs a {@link #policy(SlaPolicy)}.
     *
     * @param choice the choice
     * @return this builder
     */
    public Builder unknownYears(UnknownYears choice) {
      this.unknownYears = Objects.requireNonNull(choice, "choice");
      return this;
    }

    /**
     * Another evaluation of node visits in place of a policy (for example {@link VisitAlerts#none()}); it must be
     * thread-safe for parallel streams and for a scorer shared between threads. Replaces a
     * {@link #policy(SlaPolicy)} given before.
     *
     * @param alerts the evaluation
     * @return this builder
     */
    public Builder visitAlerts(VisitAlerts alerts) {
      this.alerts = Objects.requireNonNull(alerts, "alerts");
      this.policy = null;
      return this;
    }

    /**
     * The metric options (default {@link MetricOptions#defaults()}).
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(MetricOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * The penalty ladder of quarter assessments (default {@link PenaltyLadder#mallDefaults()}).
     *
     * @param ladder the ladder
     * @return this builder
     */
    public Builder penaltyLadder(PenaltyLadder ladder) {
      this.ladder = Objects.requireNonNull(ladder, "ladder");
      return this;
    }

    /**
     * The reward ladder of quarter assessments (default {@link RewardLadder#defaults()}: a unit at 95 or more
     * with no red light in the quarter, the region ranked first with 95 or more; {@link RewardLadder#none()}
     * commends nobody).
     *
     * @param rewards the ladder
     * @return this builder
     */
    public Builder rewardLadder(RewardLadder rewards) {
      this.rewards = Objects.requireNonNull(rewards, "rewards");
      return this;
    }

    /**
     * Whether streams are made parallel before they are scored, and files read in parts on as many threads as
     * there are processors (default false: a stream is scored as it is given, in parallel when it is parallel, and
     * a file is read in order). Iterators are always read in order on the calling thread.
     *
     * @param parallel true to make streams parallel
     * @return this builder
     */
    public Builder parallel(boolean parallel) {
      this.parallel = parallel;
      return this;
    }

    /**
     * Builds the scorer.
     *
     * @return the scorer
     * @throws IllegalStateException when the rubric or both the policy and the visit alerts are missing, or when
     *     calendars or a rule for unknown years are given without a policy
     * @throws IllegalArgumentException when the calendars given do not know a calendar id the policy names
     */
    public Scorer build() {
      if (rubric == null) {
        throw new IllegalStateException("a scorer needs a rubric: call rubric(...)");
      }
      if (policy == null && alerts == null) {
        throw new IllegalStateException("a scorer needs an SLA policy (policy(...)) or visit alerts"
            + " (visitAlerts(...)) to derive red lights");
      }
      if (policy == null && (calendars != null || unknownYears != null)) {
        throw new IllegalStateException("calendars(...) and unknownYears(...) apply to a policy; the scorer was"
            + " given visitAlerts(...) instead");
      }
      if (policy == null) {
        return new Scorer(this, null, alerts);
      }
      SlaPolicy p = policy;
      if (calendars != null || unknownYears != null) {
        SlaPolicy.Builder pb = p.toBuilder();
        if (calendars != null) {
          pb.calendars(calendars);
        }
        if (unknownYears != null) {
          pb.unknownYears(unknownYears);
        }
        p = pb.build();
      }
      return new Scorer(this, p, SlaVisitAlerts.of(p));
    }
  }
}
