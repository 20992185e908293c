package dev.complaints.cli;

import dev.complaints.cli.demo.DemoExport;
import dev.complaints.cli.demo.DemoRenderer;
import dev.complaints.cli.demo.DemoReport;
import dev.complaints.cli.demo.MonthSimulation;
import dev.complaints.cli.text.Labels;
import dev.complaints.cli.text.Lang;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.SlaPolicy;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo [--seed N] [--month YYYY-MM] [--format text|json] [--lang en|zh] [--export DIR]}: simulates a month of complaints at a mall
 * operator with the {@code mall-ticket} workflow and SLA policy, then prints the SLA board (open tickets with
 * their yellow/red lights) and the month's scorecards with explanations. With {@code --export} it also writes
 * the month's ticket records, unit inputs, complaint events, calendars, workflow, policy and rubric into a folder (see
 * {@link DemoExport}), so that every other command can be tried on them.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a month of complaints at a mall (six plazas in three regions)",
      "through the mall-ticket workflow and SLA policy, then prints the SLA board",
      "(open tickets with their yellow/red lights) and the month's scorecards",
      "with explanations. The same seed always gives the same month.",
      "--lang zh writes the board, the scorecards and their explanations in Chinese;",
      "--format json (or --json) writes one JSON document instead.",
      "--export DIR also writes the month into DIR (created when missing) as files",
      "the other commands read: tickets.jsonl and inputs.json (score), events.jsonl",
      "(export), mall-hours.json and cn-national.json (deadline, elapsed), mall-ticket-workflow.json,",
      "mall-ticket-policy.json and mall-scorecard-rubric.json (validate), replacing",
      "files of those names, and prints one line saying what it wrote where",
      "(on standard error with JSON output).",
      "--policy FILE and --calendar FILE run the month under another SLA policy or national",
      "working-day calendar; the board says on which date the calendar data ends.",
      "Exit codes: 0 success, 2 bad option or a DIR that cannot be written."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 2026L;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the random month (default: ${DEFAULT-VALUE})")
  long seed = DEFAULT_SEED;

  @Option(names = "--month", paramLabel = "YYYY-MM",
      description = "month to simulate (default: ${DEFAULT-VALUE}); the national holiday calendar must cover"
          + " it and the month after (or --unknown-years weekly)")
  String month = "2026-10";

  @Option(names = "--json", description = "machine-readable output: one JSON document (the same as --format json)")
  boolean json;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "language of the board, the scorecards and their explanations: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE})")
  Lang lang;

  @Option(names = "--export", paramLabel = "DIR",
      description = "also write the month's tickets, inputs, events, calendars, workflow, policy and rubric into DIR")
  Path export;

  @CommandLine.Mixin SlaOptions sla = new SlaOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    YearMonth ym;
    try {
      ym = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw UsageErrors.of(spec.commandLine(), List.of("--month"),
          "'" + Messages.cut(month) + "' is not a month; expected YYYY-MM, for example 2026-10");
    }
    boolean asJson = json || format == OutputFormat.JSON;
    SlaPolicy policy = sla.policy(MonthSimulation.policy(), spec.commandLine().getErr());
    if (export != null) {
      if (export.toString().isBlank()) {
        throw BadInputException.option("--export", "the directory name is empty");
      }
      try {
        DemoExport.check(export, policy);
      } catch (IllegalArgumentException e) {
        throw BadInputException.option("--export", e.getMessage());
      }
    }
    DemoReport report;
    try {
      report = MonthSimulation.run(seed, ym, policy);
    } catch (IllegalArgumentException | CalendarRangeException e) {
      throw BadInputException.option("--month", UnknownYearsOption.explained(e)).because(e);
    }
    String exported = null;
    if (export != null) {
      try {
        exported = DemoExport.describe(report, DemoExport.write(report, export));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw BadInputException.option("--export", e.getMessage());
      }
    }
    out.print(asJson ? DemoRenderer.json(report, lang) : DemoRenderer.text(report, Labels.of(lang)));
    if (exported != null) {
      // with --json, standard output stays one JSON document
      (asJson ? spec.commandLine().getErr() : out).println(exported);
    }
    out.flush();
    return ComplaintCli.OK;
  }
}
