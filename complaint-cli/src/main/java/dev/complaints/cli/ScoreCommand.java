package dev.complaints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.complaints.cli.text.Labels;
import dev.complaints.cli.text.Lang;
import dev.complaints.cli.text.ReportText;
import dev.complaints.cli.text.Times;
import dev.complaints.core.json.Json;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.ResolutionBasis;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.penalty.QuarterAssessmentJson;
import dev.complaints.scoring.penalty.RewardLadder;
import dev.complaints.scoring.penalty.RewardLadders;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsReader;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score --tickets FILE.jsonl [--inputs FILE.json] --period 2026-10 [--as-of INSTANT] [--format text]}:
 * the month's scorecards under the {@code mall-scorecard} rubric, red lights from the {@code mall-ticket}
 * SLA policy (or {@code --policy FILE}, with {@code --calendar FILE} as the national working-day calendar and
 * {@code --unknown-years refuse|weekly} for dates past its holiday data); {@code --quarter 2026-Q4} for the
 * quarterly scores, penalty decisions and commendations ({@code --rewards FILE} for other commendation rules).
 * Without {@code --as-of} a period is scored as of its end once it has
 * ended, and as of now while it is in progress. Output is written only once everything was read and scored: a
 * bad line gives one error line and exit code 2 with nothing on standard output.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a month of ticket records (JSON lines) with the mall-scorecard rubric; red lights come from the"
          + " mall-ticket SLA policy (or --policy), whose working days need the national holiday calendar"
          + " (bundled: 2024-2026; --calendar for another, --unknown-years weekly past its data).",
      "--quarter scores the quarter instead: quarterly scores, region ranks, penalty decisions, monthly fines and"
          + " commendations (--rewards for other commendation rules).",
      "Without --as-of, a month or quarter is scored as of its end once it has ended, else as of now.",
      "Exit codes: 0 success, 2 bad input or usage."
    })
public final class ScoreCommand implements Callable<Integer> {

  @Option(names = "--tickets", required = true, paramLabel = "FILE.jsonl", description = "ticket records, one JSON object per line")
  Path tickets;

  @Option(names = "--inputs", paramLabel = "FILE.json", description = "monthly unit inputs (JSON array)")
  Path inputs;

  @Option(names = "--period", paramLabel = "YYYY-MM", description = "the month to score, e.g. 2026-10")
  String period;

  @Option(names = "--quarter", paramLabel = "YYYY-Qn", description = "quarterly scores and penalty decisions instead, e.g. 2026-Q4")
  String quarter;

  @Option(names = "--as-of", paramLabel = "INSTANT",
      description = "report instant, ISO-8601 with offset (default: the end of the period, or now while it is in"
          + " progress)")
  String asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "language of the text and of the explanations: ${COMPLETION-CANDIDATES} (default:"
          + " ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--rubric", paramLabel = "FILE.json", description = "a rubric file instead of the mall-scorecard preset")
  Path rubricFile;

  @Option(names = "--rewards", paramLabel = "FILE.json",
      description = "with --quarter: a reward ladder file instead of the default commendation rules")
  Path rewardsFile;

  @Option(names = "--from-acceptance", description = "count the 24-hour resolution from acceptance instead of the first HANDLING entry")
  boolean fromAcceptance;

  @CommandLine.Mixin SlaOptions sla = new SlaOptions();

  @CommandLine.ParentCommand ComplaintCli cli;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MetricOptions options = options();
    try {
      String text = quarter != null ? quarter(options) : month(options);
      out.print(text);
      out.flush();
      return ComplaintCli.OK;
    } catch (BadInputException | RecordFormatException | UncheckedIOException e) {
      ErrorLine.print(err, ErrorLine.of(e, options.zone()));
      return ComplaintCli.BAD_INPUT;
    }
  }

  private MetricOptions options() {
    MetricOptions options = MetricOptions.defaults();
    return fromAcceptance ? options.withResolutionBasis(ResolutionBasis.ACCEPTANCE) : options;
  }

  private String month(MetricOptions options) {
    if (period == null) {
      throw BadInputException.options(List.of("--period", "--quarter"), "give one of them");
    }
    if (rewardsFile != null) {
      throw BadInputException.option("--rewards", "applies to --quarter, not to --period");
    }
    YearMonth month = parsePeriod(period);
    ZoneId zone = options.zone();
    Instant instant = ReportInstant.of(asOf, Scorer.startOf(month, zone), Scorer.endOf(month, zone), cli.clock(),
        "--period", month.toString(), zone);
    Rubric rubric = rubric();
    List<UnitInputs> unitInputs = unitInputs(inputs);
    InputFiles.requireReadable(tickets);
    Scorer scorer = scorer(rubric, options);
    PeriodReport report;
    TicketReader reader = TicketReader.open(tickets);
    try (reader) {
      report = scorer.score(reader, unitInputs, month, instant);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(Times.humanize(e.getMessage(), zone)).because(e);
    } catch (CalendarRangeException e) {
      throw atLine(reader, e, zone);
    }
    if (format == OutputFormat.TEXT) {
      return ReportText.month(report, rubric, Labels.of(lang), zone);
    }
    return json(PeriodReportJson.toJson(report, lang.explanations()));
  }

  /** The --inputs file, read within the size limit; none without the option. */
  static List<UnitInputs> unitInputs(Path inputs) {
    if (inputs == null) {
      return List.of();
    }
    return UnitInputsReader.read(new StringReader(InputFiles.readText(inputs)), inputs.toString());
  }

  /**
   * A JSON document, indented, with a line end.
   *
   * @param doc the document
   * @return its text
   */
  static String json(JsonNode doc) {
    ObjectMapper mapper = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(doc) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Quarterly scores and penalty decisions ({@code --quarter YYYY-Qn}): every month from January to the end of
   * the quarter is scored as of the same instant (by default the end of the quarter, or now while it is in
   * progress), the quarter's unit and region scores are the means of the monthly totals, the penalty ladders
   * count the quarters of the year found in the data, the monthly fines cover the three windows named by the
   * quarter's months, and the commendations follow the default rules or {@code --rewards FILE}.
   */
  private String quarter(MetricOptions options) {
    if (period != null) {
      throw BadInputException.options(List.of("--period", "--quarter"), "cannot be combined; give one of them");
    }
    Quarter q = parseQuarter(quarter);
    ZoneId zone = options.zone();
    Instant instant = ReportInstant.of(asOf, Scorer.startOf(q.firstMonth(), zone),
        Scorer.endOf(q.months().get(2), zone), cli.clock(), "--quarter", q.toString(), zone);
    Rubric rubric = rubric();
    RewardLadder rewards = rewards();
    List<UnitInputs> unitInputs = unitInputs(inputs);
    InputFiles.requireReadable(tickets);
    Scorer scorer = scorer(rubric, options).toBuilder().rewardLadder(rewards).build();
    QuarterAssessment assessment;
    TicketReader reader = TicketReader.open(tickets);
    try (reader) {
      assessment = scorer.assessQuarter(reader, unitInputs, q, instant);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(Times.humanize(e.getMessage(), zone)).because(e);
    } catch (CalendarRangeException e) {
      throw atLine(reader, e, zone);
    }
    if (format == OutputFormat.TEXT) {
      return ReportText.quarter(assessment, Labels.of(lang), zone);
    }
    return json(QuarterAssessmentJson.toJson(assessment, zone));
  }

  /** A ticket a calendar cannot time: the calendar's refusal, with the file and the ticket's line. */
  static BadInputException atLine(TicketReader reader, CalendarRangeException e, ZoneId zone) {
    return BadInputException.line(reader.source(), reader.lineNumber(),
        Times.humanize(UnknownYearsOption.refusal(e), zone)).because(e);
  }

  /**
   * The scorer: the rubric, the options, and the red lights' SLA policy, the mall-ticket preset unless --policy /
   * --calendar / --unknown-years say otherwise.
   */
  private Scorer scorer(Rubric rubric, MetricOptions options) {
    return Scorer.builder()
        .rubric(rubric)
        .policy(sla.policy(SlaPolicies.mallTicket(), spec.commandLine().getErr()))
        .options(options)
        .build();
  }

  private Rubric rubric() {
    if (rubricFile == null) {
      return Rubrics.mallScorecard();
    }
    try {
      return Rubrics.read(ValidateCommand.readJson(rubricFile));
    } catch (dev.complaints.core.validation.ValidationException e) {
      throw BadInputException.invalid(rubricFile, "rubric", e, "--rubric");
    }
  }

  /** The --rewards file, or the default commendation rules. */
  private RewardLadder rewards() {
    if (rewardsFile == null) {
      return RewardLadder.defaults();
    }
    try {
      return RewardLadders.read(ValidateCommand.readJson(rewardsFile));
    } catch (dev.complaints.core.validation.ValidationException e) {
      throw BadInputException.invalid(rewardsFile, "reward ladder", e, "--rewards");
    }
  }

  /**
   * Parses {@code --period}.
   *
   * @param text the value
   * @return the month
   * @throws BadInputException when it is not a month like 2026-10, or out of range
   */
  static YearMonth parsePeriod(String text) {
    YearMonth month;
    try {
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw BadInputException.option("--period", "'" + Messages.cut(text) + "' is not a month like 2026-10");
    }
    try {
      month.plusMonths(1); // the default report instant is the start of the next month
    } catch (DateTimeException e) {
      throw BadInputException.option("--period", "'" + Messages.cut(text) + "' is out of range: " + e.getMessage());
    }
    return month;
  }

  /**
   * Parses {@code --quarter}.
   *
   * @param text the value
   * @return the quarter
   * @throws BadInputException when it is not a quarter like 2026-Q4
   */
  static Quarter parseQuarter(String text) {
    try {
      return Quarter.parse(text);
    } catch (IllegalArgumentException e) {
      throw BadInputException.option("--quarter", Messages.shorten(e.getMessage()));
    }
  }
}
