package dev.complaints.cli;

import dev.complaints.sla.calendar.CalendarRangeException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code complaint-cli.jar}.
 *
 * <p>Exit codes: 0 success, 1 {@code validate} found problems, 2 bad input or usage. Every error is one line in
 * the style of {@link ErrorLine}, picocli's own usage errors included.
 */
@Command(
    name = "complaint-cli",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "Complaint handling SDK: workflow, SLA deadlines, scorecards.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ValidateCommand.class,
      ScoreCommand.class,
      StatsCommand.class,
      DeadlineCommand.class,
      ElapsedCommand.class,
      DemoCommand.class,
      CalendarCommand.class,
    })
public final class ComplaintCli implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code when {@code validate} found problems. */
  public static final int PROBLEMS = 1;
  /** Exit code for bad input or usage. */
  public static final int BAD_INPUT = 2;
  /** The zone instants of errors are shown in when no calendar or unit says otherwise. */
  static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private final Clock clock;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private ComplaintCli(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The clock that says what "now" is, for the defaults that depend on it (the report instant of a period
   * that has not ended yet).
   *
   * @return the clock
   */
  Clock clock() {
    return clock;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Builds the command line with every subcommand registered, on the system clock.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    return commandLine(Clock.systemUTC());
  }

  /**
   * Builds the command line with every subcommand registered.
   *
   * @param clock what "now" is
   * @return a new command line
   */
  public static CommandLine commandLine(Clock clock) {
    CommandLine cli = new CommandLine(new ComplaintCli(clock));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
        ErrorLine.print(commandLine.getErr(), ErrorLine.of(ex, DEFAULT_ZONE));
        return BAD_INPUT;
      }
      if (ex instanceof CalendarRangeException gap) {
        ErrorLine.print(commandLine.getErr(), UnknownYearsOption.refusal(gap));
        return BAD_INPUT;
      }
      throw ex;
    });
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      ErrorLine.print(err, UsageErrors.describe(ex));
      err.println("try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
      return BAD_INPUT;
    });
    // Subcommands are registered here, one line each.
    cli.addSubcommand(new ExportCommand());
    return cli;
  }

  /**
   * Runs the tool with the given arguments, writing to the given streams.
   *
   * @param out standard output
   * @param err standard error
   * @param args command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(Clock.systemUTC(), out, err, args);
  }

  /**
   * Runs the tool on a given clock with the given arguments, writing to the given streams.
   *
   * @param clock what "now" is
   * @param out standard output
   * @param err standard error
   * @param args command-line arguments
   * @return the exit code
   */
  public static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(clock);
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Runs the tool with the given standard input (read by {@code --batch}), writing to the given streams.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param args command-line arguments
   * @return the exit code
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return run(Clock.systemUTC(), in, out, err, args);
  }

  /**
   * Runs the tool on a given clock with the given standard input (read by {@code --batch}), writing to the given
   * streams.
   *
   * @param clock what "now" is
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param args command-line arguments
   * @return the exit code
   */
  public static int run(Clock clock, InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return DeadlineCommand.withInput(in, () -> run(clock, out, err, args));
  }

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
