package dev.complaints.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code calendar import …}: calendar files from other formats. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Builds calendar files.",
      "calendar import: a national working-day calendar from year files of China's holiday data."
    },
    subcommands = {CalendarImportCommand.class})
public final class CalendarCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: import");
  }
}
