package dev.complaints.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code complaint-cli.jar}.
 *
 * <p>Exit codes: 0 success, 1 {@code validate} found problems, 2 bad input or usage.
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

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /**
   * Builds the command line with every subcommand registered.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ComplaintCli());
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof BadInputException || ex instanceof IllegalArgumentException) {
        commandLine.getErr().println("error: " + Messages.shorten(ex.getMessage()));
        return BAD_INPUT;
      }
      throw ex;
    });
    cli.setParameterExceptionHandler((ex, args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("error: " + Messages.shortenQuoted(ex.getMessage()));
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
    CommandLine cli = commandLine();
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
  public static int run(java.io.InputStream in, PrintWriter out, PrintWriter err, String... args) {
    return DeadlineCommand.withInput(in, () -> run(out, err, args));
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
