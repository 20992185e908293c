package dev.complaints.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.cli.text.Times;
import dev.complaints.sla.calendar.BusinessCalendar;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code elapsed --calendar FILE --from INSTANT --to INSTANT}: the working time between two instants on a
 * business calendar, printed as an ISO-8601 duration. With {@code --batch}, JSON lines
 * {@code {"from":…,"to":…}} from standard input give one {@code {"elapsed":"PT…"}} line each, in order (or
 * {@code {"error":"line N: …"}} for a bad line, then exit code 2 at the end).
 */
@Command(
    name = "elapsed",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the working time between two instants on a business calendar (ISO-8601 duration).",
      "Instants are ISO-8601 with an offset, e.g. 2026-10-03T19:30:00+08:00.",
      "--batch reads JSON lines {\"from\":…,\"to\":…} from standard input and writes one JSON line per input line.",
      "A calendar built from holiday data (such as cn-national) refuses dates past its data unless"
          + " --unknown-years weekly is given.",
      "Exit codes: 0 success, 2 bad input (in batch mode: after answering every other line)."
    })
public final class ElapsedCommand implements Callable<Integer> {
  private static final Set<String> FIELDS = Set.of("from", "to");

  @Option(names = "--calendar", required = true, paramLabel = "FILE", description = "the calendar (JSON)")
  Path calendar;

  @Option(names = "--from", paramLabel = "INSTANT", description = "from, ISO-8601 with offset")
  String from;

  @Option(names = "--to", paramLabel = "INSTANT", description = "to, ISO-8601 with offset; not before --from")
  String to;

  @Option(names = "--batch", description = "read JSON lines from standard input")
  boolean batch;

  @CommandLine.Mixin UnknownYearsOption unknownYears = new UnknownYearsOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (batch && (from != null || to != null)) {
      throw UsageErrors.of(spec.commandLine(), List.of("--batch"),
          "takes the cases from standard input; do not combine it with --from or --to");
    }
    if (!batch && (from == null || to == null)) {
      throw UsageErrors.of(spec.commandLine(), List.of("--from", "--to"), "required, but not given (or give --batch)");
    }
    BusinessCalendar cal = unknownYears.apply(DeadlineCommand.loadCalendar(calendar), spec.commandLine().getErr());
    if (batch) {
      return DeadlineCommand.batch(DeadlineCommand.input(), out, line -> elapsed(cal, calendar, line), "elapsed");
    }
    Instant f = DeadlineCommand.instant(from, "--from");
    Instant t = DeadlineCommand.instant(to, "--to");
    out.println(between(cal, calendar, f, t, List.of("--from", "--to")));
    return ComplaintCli.OK;
  }

  private static String elapsed(BusinessCalendar cal, Path file, JsonNode line) {
    DeadlineCommand.checkFields(line, FIELDS);
    Instant f = DeadlineCommand.instant(DeadlineCommand.text(line, "from", true), "from");
    Instant t = DeadlineCommand.instant(DeadlineCommand.text(line, "to", true), "to");
    return between(cal, file, f, t, List.of("from", "to")).toString();
  }

  /** The working time from {@code f} to {@code t}; a {@code t} before {@code f} is refused naming both. */
  private static Duration between(BusinessCalendar cal, Path file, Instant f, Instant t, List<String> names) {
    if (t.isBefore(f)) {
      boolean options = names.get(0).startsWith("--");
      String from = options ? names.get(0) : "'" + names.get(0) + "'";
      String to = options ? names.get(1) : "'" + names.get(1) + "'";
      String problem = to + " " + Times.format(t, cal.zone()) + " is before " + from + " "
          + Times.format(f, cal.zone());
      throw options ? BadInputException.options(names, problem) : BadInputException.fields(names, problem);
    }
    return DeadlineCommand.ask(file, cal, names, () -> cal.between(f, t));
  }
}
