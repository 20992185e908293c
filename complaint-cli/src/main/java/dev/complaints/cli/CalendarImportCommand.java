package dev.complaints.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.cli.demo.DemoExport;
import dev.complaints.cli.text.IoErrors;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.TimeWindow;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calendar import --id ID [--zone Asia/Shanghai] [--window 09:00-18:00] --out FILE YEARFILE...}: a
 * calendar file from year files of China's holiday data ({@code {"year": 2027, "dates": [{"date": …, "type":
 * "public_holiday" | "transfer_workday"}, …]}}, the format of the bundled 2024–2026 data). Monday to Friday are
 * working days with the window, public holidays are closed, transfer workdays open; the calendar covers the
 * given years, which must follow each other. The file is written whole to a temporary file next to
 * {@code --out} and then renamed, so nothing is half-written.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a national working-day calendar file from year files of China's holiday data",
      "({\"year\": 2027, \"dates\": [{\"date\": \"2027-01-01\", \"type\": \"public_holiday\"}, …]};",
      "type public_holiday or transfer_workday), one file per year, the years following each other.",
      "Monday to Friday are working days with --window; holidays are closed, transfer workdays open.",
      "Use the file with --calendar on deadline, elapsed, score and demo.",
      "Exit codes: 0 success, 2 bad input (nothing is written)."
    })
public final class CalendarImportCommand implements Callable<Integer> {
  private static final Pattern YEAR_FILE = Pattern.compile("^\\$\\[(\\d+)]\\.?(.*)$");

  @Option(names = "--id", required = true, paramLabel = "ID",
      description = "the calendar id, e.g. cn-national")
  String id;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
      description = "time zone of the working hours (default: ${DEFAULT-VALUE})")
  String zone;

  @Option(names = "--window", paramLabel = "HH:MM-HH:MM", defaultValue = "09:00-18:00",
      description = "working hours of a working day (default: ${DEFAULT-VALUE})")
  String window;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the calendar file to write")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "YEARFILE", description = "year files of holiday data (JSON)")
  List<Path> years;

  @CommandLine.Mixin SummaryLanguage language = new SummaryLanguage();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (id.isBlank()) {
      throw BadInputException.option("--id", "the calendar id must not be blank");
    }
    ZoneId z;
    try {
      z = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw BadInputException.option("--zone", "unknown time zone '" + Messages.cut(zone)
          + "' (use a region id such as Asia/Shanghai)");
    }
    TimeWindow w;
    try {
      w = TimeWindow.parse(window);
    } catch (IllegalArgumentException e) {
      throw BadInputException.option("--window", e.getMessage());
    }
    if (Files.isDirectory(out)) {
      throw BadInputException.option("--out", "'" + out + "' is a directory, not a file");
    }
    List<JsonNode> docs = new ArrayList<>();
    for (Path y : years) {
      docs.add(ValidateCommand.readJson(y));
    }
    BusinessCalendar calendar;
    try {
      calendar = BusinessCalendars.importChinaDataset(id, z, w, docs);
    } catch (ValidationException e) {
      throw problems(e.problems()).because(e);
    }
    try {
      // whole to a temporary file next to it, then moved over it: never seen half-written
      DemoExport.replaceWhole(out, BusinessCalendars.toJsonString(calendar) + "\n");
    } catch (UncheckedIOException e) {
      throw BadInputException.file(out, "cannot write: " + IoErrors.reason(e.getCause())).because(e);
    }
    spec.commandLine().getOut().println(language.labels().text("calendarImport.wrote", out, calendar.id(),
        calendar.coveredFrom(), calendar.coveredTo(), calendar.exceptions().size()));
    return ComplaintCli.OK;
  }

  /**
   * The error for the year files' problems: one problem as {@code 2027.json: field 'dates[3].type': …}; several
   * in one line, each with its file and field.
   */
  private BadInputException problems(List<Problem> problems) {
    if (problems.size() == 1) {
      Problem p = problems.get(0);
      Matcher m = YEAR_FILE.matcher(p.path());
      int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (i >= 0 && i < years.size()) {
        return BadInputException.field(years.get(i), 0, m.group(2), p.message());
      }
      return BadInputException.file(years.stream().map(Path::toString).collect(Collectors.joining(", ")),
          p.message());
    }
    return new BadInputException(problems.size() + " problems: "
        + problems.stream().map(this::where).collect(Collectors.joining("; ")));
  }

  /** A problem with the year file it is about: {@code 2027.json: field 'dates[3].type': …}. */
  private String where(Problem p) {
    Matcher m = YEAR_FILE.matcher(p.path());
    if (m.matches()) {
      int i = Integer.parseInt(m.group(1));
      if (i < years.size()) {
        return ErrorLine.format(years.get(i).toString(), 0, ErrorLine.field(m.group(2)), p.message());
      }
    }
    return ErrorLine.format(years.stream().map(Path::toString).collect(Collectors.joining(", ")), 0, null,
        p.message());
  }
}
