package dev.complaints.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.complaints.core.json.Json;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.ResolutionBasis;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.penalty.PenaltyDecision;
import dev.complaints.scoring.penalty.PenaltyLadder;
import dev.complaints.scoring.penalty.QuarterAccumulator;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.penalty.QuarterAssessmentJson;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.period.RegionQuarterScore;
import dev.complaints.scoring.period.UnitQuarterScore;
import dev.complaints.scoring.record.RecordFormatException;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsReader;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.PeriodReportJson;
import dev.complaints.scoring.scorecard.Scorer;
import dev.complaints.sla.policy.SlaPolicies;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * {@code --unknown-years refuse|weekly} for dates past its holiday data). Output is written only once everything was read and scored: a bad line gives one error line
 * and exit code 2 with nothing on standard output.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a month of ticket records (JSON lines) with the mall-scorecard rubric; red lights come from the"
          + " mall-ticket SLA policy (or --policy), whose working days need the national holiday calendar"
          + " (bundled: 2024-2026; --calendar for another, --unknown-years weekly past its data).",
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

  @Option(names = "--as-of", paramLabel = "INSTANT", description = "report instant, ISO-8601 with offset (default: end of the period)")
  String asOf;

  @Option(names = "--format", paramLabel = "json|text", defaultValue = "json", description = "output format (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "language of explanations (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--rubric", paramLabel = "FILE.json", description = "a rubric file instead of the mall-scorecard preset")
  Path rubricFile;

  @Option(names = "--from-acceptance", description = "count the 24-hour resolution from acceptance instead of the first HANDLING entry")
  boolean fromAcceptance;

  @CommandLine.Mixin SlaOptions sla = new SlaOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      String text = quarter != null ? quarter() : month();
      out.print(text);
      out.flush();
      return ComplaintCli.OK;
    } catch (BadInputException e) {
      err.println("error: " + Messages.shorten(e.getMessage()));
      return ComplaintCli.BAD_INPUT;
    } catch (RecordFormatException e) {
      err.println("error: " + Messages.shorten(e.getMessage()));
      return ComplaintCli.BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println("error: " + Messages.shorten(e.getMessage()));
      return ComplaintCli.BAD_INPUT;
    }
  }

  private String month() {
    if (period == null) {
      throw new BadInputException("--period YYYY-MM is required (or --quarter YYYY-Qn)");
    }
    YearMonth month = parsePeriod(period);
    MetricOptions options = MetricOptions.defaults();
    if (fromAcceptance) {
      options = options.withResolutionBasis(ResolutionBasis.ACCEPTANCE);
    }
    Instant instant = asOf == null ? Scorer.endOf(month, options.zone()) : parseInstant(asOf);
    PeriodReportJson.Language language = language();
    boolean text = format();
    Rubric rubric = rubric();
    List<UnitInputs> unitInputs = unitInputs();
    InputFiles.requireReadable(tickets);
    PeriodReport report;
    try (TicketReader reader = TicketReader.open(tickets)) {
      report =
          Scorer.score(
              reader, unitInputs, month, instant, rubric, alerts(), options);
    } catch (IOException e) {
      throw new UncheckedIOException(tickets + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (text) {
      return PeriodReportJson.toText(report, language);
    }
    return json(report, language);
  }

  /** The --inputs file, read within the size limit; none without the option. */
  private List<UnitInputs> unitInputs() {
    if (inputs == null) {
      return List.of();
    }
    return UnitInputsReader.read(new StringReader(InputFiles.readText(inputs)), inputs.toString());
  }

  private static String json(PeriodReport report, PeriodReportJson.Language language) {
    ObjectMapper mapper = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(PeriodReportJson.toJson(report, language)) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Quarterly scores and penalty decisions ({@code --quarter YYYY-Qn}): every month from January to the end of
   * the quarter is scored as of the same instant (default: the end of the quarter), the quarter's unit and
   * region scores are the means of the monthly totals, the penalty ladders count the quarters of the year
   * found in the data, and the monthly fines cover the three windows named by the quarter's months.
   */
  private String quarter() {
    if (period != null) {
      throw new BadInputException("--period and --quarter cannot be combined; give one of them");
    }
    Quarter q;
    try {
      q = Quarter.parse(quarter);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--quarter: " + e.getMessage());
    }
    MetricOptions options = MetricOptions.defaults();
    if (fromAcceptance) {
      options = options.withResolutionBasis(ResolutionBasis.ACCEPTANCE);
    }
    Instant instant = asOf == null ? null : parseInstant(asOf);
    PeriodReportJson.Language language = language();
    boolean text = format();
    Rubric rubric = rubric();
    List<UnitInputs> unitInputs = unitInputs();
    InputFiles.requireReadable(tickets);
    QuarterAssessment assessment;
    try (TicketReader reader = TicketReader.open(tickets)) {
      assessment = new QuarterAccumulator(q, instant, options, alerts())
          .acceptAll(reader)
          .finish(unitInputs, rubric, PenaltyLadder.seed004());
    } catch (IOException e) {
      throw new UncheckedIOException(tickets + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
    if (text) {
      return quarterText(assessment, language, options);
    }
    ObjectMapper mapper = Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    try {
      return mapper.writeValueAsString(QuarterAssessmentJson.toJson(assessment, options.zone()))
          + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String quarterText(
      QuarterAssessment a, PeriodReportJson.Language language, MetricOptions options) {
    boolean zh = language == PeriodReportJson.Language.ZH;
    StringBuilder sb = new StringBuilder();
    String nl = System.lineSeparator();
    sb.append(a.quarter()).append(zh ? " 季度客诉得分(截至 " : " quarterly scores (as of ")
        .append(a.asOf().atZone(options.zone()).toOffsetDateTime()).append(')').append(nl);
    for (UnitQuarterScore u : a.scores().units()) {
      sb.append(String.format("  %-20s %-16s %7s  %s", u.unit(), u.region() == null ? "-" : u.region(),
          u.score().toPlainString(), u.monthly().values().stream().map(v -> v.toPlainString()).toList()));
      if (!u.complete()) {
        sb.append(zh ? "  缺少月份 " : "  missing ").append(u.missingMonths());
      }
      sb.append(nl);
    }
    sb.append(zh ? "城市公司" : "Regions").append(nl);
    for (RegionQuarterScore r : a.scores().regions()) {
      sb.append(String.format("  %d. %-16s %7s%s", r.rank(), r.region(), r.score().toPlainString(),
          r.last() ? (zh ? "  倒数第一" : "  last") : "")).append(nl);
    }
    sb.append(zh ? "处罚" : "Penalties").append(nl);
    if (a.penalties().isEmpty()) {
      sb.append(zh ? "  无" : "  none").append(nl);
    }
    for (PenaltyDecision d : a.penalties()) {
      sb.append("  ").append(zh ? d.reasonZh() : d.reason()).append(nl);
    }
    sb.append(zh ? "月度扣罚" : "Monthly fines").append(nl);
    if (a.fines().isEmpty()) {
      sb.append(zh ? "  无" : "  none").append(nl);
    }
    for (PenaltyDecision d : a.fines()) {
      sb.append("  ").append(zh ? d.reasonZh() : d.reason()).append(nl);
    }
    return sb.toString();
  }

  /** The red lights' SLA policy: the mall-ticket preset unless --policy / --calendar / --unknown-years say otherwise. */
  private VisitAlerts alerts() {
    return SlaOptions.alerts(sla.policy(SlaPolicies.mallTicket(), spec.commandLine().getErr()));
  }

  private boolean format() {
    return switch (format) {
      case "json" -> false;
      case "text" -> true;
      default -> throw new BadInputException("--format: unknown format '" + Messages.cut(format)
          + "'; allowed: json, text");
    };
  }

  private PeriodReportJson.Language language() {
    try {
      return PeriodReportJson.Language.parse(lang);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--lang: " + e.getMessage());
    }
  }

  private Rubric rubric() {
    if (rubricFile == null) {
      return Rubrics.mallScorecard();
    }
    try {
      return Rubrics.read(ValidateCommand.readJson(rubricFile));
    } catch (dev.complaints.core.validation.ValidationException e) {
      throw new BadInputException(rubricFile + ": field " + e.problems().get(0).path() + ": "
          + e.problems().get(0).message() + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1)
          + " more; run validate --rubric)" : ""));
    }
  }

  static YearMonth parsePeriod(String text) {
    YearMonth month;
    try {
      month = YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadInputException("--period: '" + Messages.cut(text) + "' is not a month like 2026-10");
    }
    try {
      month.plusMonths(1); // the default report instant is the start of the next month
    } catch (DateTimeException e) {
      throw new BadInputException("--period: '" + Messages.cut(text) + "' is out of range: " + e.getMessage());
    }
    return month;
  }

  static Instant parseInstant(String text) {
    Instant instant;
    try {
      instant = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadInputException("--as-of: '" + Messages.cut(text) + "' is not an ISO-8601 instant with offset");
    }
    try {
      // reports show the instant as a local date-time; it must exist in every zone
      instant.atOffset(ZoneOffset.MIN);
      instant.atOffset(ZoneOffset.MAX);
    } catch (DateTimeException e) {
      throw new BadInputException("--as-of: '" + Messages.cut(text) + "' is out of range: " + e.getMessage());
    }
    return instant;
  }
}
