package dev.complaints.examples.cli;

import dev.complaints.examples.demo.DemoReport;
import dev.complaints.examples.demo.DemoRenderer;
import dev.complaints.examples.demo.MonthSimulation;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo [--seed N] [--month YYYY-MM] [--json]}: simulates a month of complaints at a mall operator with
 * the {@code mall-ticket} workflow and SLA policy, then prints the SLA board (open tickets with their
 * yellow/red lights) and the month's scorecards with explanations.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Simulates a month of complaints at a mall (six plazas in three regions)",
      "through the mall-ticket workflow and SLA policy, then prints the SLA board",
      "(open tickets with their yellow/red lights) and the month's scorecards",
      "with explanations. The same seed always gives the same month.",
      "Exit codes: 0 success, 2 bad option."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 2026L;

  @Option(names = "--seed", paramLabel = "N", description = "seed of the random month (default: ${DEFAULT-VALUE})")
  long seed = DEFAULT_SEED;

  @Option(names = "--month", paramLabel = "YYYY-MM",
      description = "month to simulate (default: ${DEFAULT-VALUE}); the national holiday calendar must cover"
          + " it and the month after")
  String month = "2026-10";

  @Option(names = "--json", description = "machine-readable output: one JSON document")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    YearMonth ym;
    try {
      ym = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--month: '" + month + "' is not a month; expected YYYY-MM, for example 2026-10");
    }
    DemoReport report = MonthSimulation.run(seed, ym);
    out.print(json ? DemoRenderer.json(report) : DemoRenderer.text(report));
    out.flush();
    return ComplaintCli.OK;
  }
}
