package dev.complaints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.complaints.cli.text.Times;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.scoring.record.BoundedLineReader;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.calendar.DueAt;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code deadline --calendar FILE --start INSTANT (--limit PT4H | --working-days N [--due END_OF_DAY])}: the
 * deadline on a business calendar, printed as the local time with its offset in the calendar's zone
 * ({@code 2026-10-04 10:30 +08:00}). With {@code --batch},
 * JSON lines from standard input ({@code {"start":…,"limit":"PT4H"}} or
 * {@code {"start":…,"workingDays":5,"due":"END_OF_DAY"}}) give one JSON line each, in order
 * ({@code {"deadline":…}}, or {@code {"error":"line N: …"}} for a bad line, then exit code 2 at the end).
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes a deadline on a business calendar: a working-time limit (--limit) or a number of working days"
          + " (--working-days, due at --due).",
      "Instants are ISO-8601 with an offset, e.g. 2026-10-03T19:30:00+08:00; the deadline is printed as the local"
          + " time with its offset in the calendar's zone, e.g. 2026-10-04 10:30 +08:00 (ISO-8601 with --batch).",
      "--batch reads JSON lines from standard input, {\"start\":…,\"limit\":\"PT4H\"} or"
          + " {\"start\":…,\"workingDays\":5,\"due\":\"END_OF_DAY\"}, and writes one JSON line per input line.",
      "A calendar built from holiday data (such as cn-national) refuses dates past its data unless"
          + " --unknown-years weekly is given.",
      "Exit codes: 0 success, 2 bad input (in batch mode: after answering every other line)."
    })
public final class DeadlineCommand implements Callable<Integer> {
  private static final ThreadLocal<InputStream> INPUT = new ThreadLocal<>();
  private static final ObjectMapper MAPPER = Json.mapper();
  /** Reads a batch line: a field given twice is an error, not silently the last value. */
  private static final ObjectReader STRICT = MAPPER.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> FIELDS = Set.of("start", "limit", "workingDays", "due");

  @Option(names = "--calendar", required = true, paramLabel = "FILE", description = "the calendar (JSON)")
  Path calendar;

  @Option(names = "--start", paramLabel = "INSTANT", description = "the start, ISO-8601 with offset")
  String start;

  @Option(names = "--limit", paramLabel = "DURATION", description = "working time, ISO-8601 (e.g. PT4H)")
  String limit;

  @Option(names = "--working-days", paramLabel = "N", description = "number of working days (at least 1)")
  Integer workingDays;

  @Option(names = "--due", paramLabel = "DUE",
      description = "with --working-days: END_OF_DAY (default), CLOSE_OF_BUSINESS or SAME_TIME")
  String due;

  @Option(names = "--batch", description = "read JSON lines from standard input")
  boolean batch;

  @CommandLine.Mixin UnknownYearsOption unknownYears = new UnknownYearsOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (batch) {
      if (start != null || limit != null || workingDays != null || due != null) {
        throw usage(List.of("--batch"), "takes the cases from standard input; do not combine it with --start,"
            + " --limit, --working-days or --due");
      }
    } else {
      if (start == null) {
        throw usage(List.of("--start"), "required, but not given (or give --batch)");
      }
      if ((limit == null) == (workingDays == null)) {
        throw usage(List.of("--limit", "--working-days"), "give exactly one of them");
      }
      if (due != null && workingDays == null) {
        throw usage(List.of("--due"), "goes with --working-days only");
      }
    }
    BusinessCalendar cal = unknownYears.apply(loadCalendar(calendar), spec.commandLine().getErr());
    if (batch) {
      return batch(input(), out, line -> formatInstant(deadline(cal, calendar, line), cal.zone()), "deadline");
    }
    Instant s = instant(start, "--start");
    Instant result;
    if (limit != null) {
      Duration d = duration(limit, "--limit");
      result = ask(calendar, cal, List.of("--start", "--limit"), () -> cal.add(s, d));
    } else {
      int n = workingDays(workingDays, "--working-days");
      DueAt dueAt = due == null ? DueAt.END_OF_DAY : dueAt(due, "--due");
      result = ask(calendar, cal, List.of("--start", "--working-days"), () -> cal.addWorkingDays(s, n, dueAt));
    }
    out.println(Times.format(result, cal.zone()));
    return ComplaintCli.OK;
  }

  private CommandLine.ParameterException usage(List<String> options, String problem) {
    return UsageErrors.of(spec.commandLine(), options, problem);
  }

  private static Instant deadline(BusinessCalendar cal, Path file, JsonNode line) {
    checkFields(line, FIELDS);
    Instant s = instant(text(line, "start", true), "start");
    String lim = text(line, "limit", false);
    JsonNode wd = line.get("workingDays");
    if (wd != null && wd.isNull()) {
      wd = null;
    }
    String d = text(line, "due", false);
    if ((lim == null) == (wd == null)) {
      throw BadInputException.fields(List.of("limit", "workingDays"), "give exactly one of them");
    }
    if (lim != null) {
      if (d != null) {
        throw BadInputException.field(null, 0, "due", "goes with 'workingDays' only");
      }
      Duration limitDuration = duration(lim, "limit");
      return ask(file, cal, List.of("start", "limit"), () -> cal.add(s, limitDuration));
    }
    if (!wd.canConvertToInt() || !wd.isIntegralNumber()) {
      throw BadInputException.field(null, 0, "workingDays", Messages.cut(wd.toString()) + " is not a whole number");
    }
    int n = workingDays(wd.asInt(), "workingDays");
    DueAt dueAt = d == null ? DueAt.END_OF_DAY : dueAt(d, "due");
    return ask(file, cal, List.of("start", "workingDays"), () -> cal.addWorkingDays(s, n, dueAt));
  }

  private static int workingDays(int n, String field) {
    if (n < 1) {
      throw bad(field, n + " is not a number of working days (at least 1)");
    }
    return n;
  }

  /**
   * Asks the calendar a question; a question it cannot answer (a time outside a dataset calendar's years or the
   * supported range, an end before its start) becomes one line naming the calendar file and the options or
   * fields asked (and, past a dataset calendar's years, the covered span and the ways out), instants shown in
   * the calendar's zone.
   *
   * @param file the calendar file
   * @param cal its calendar
   * @param asked the options ({@code --start}) or batch fields ({@code start}) whose values were asked about
   * @param question the question
   * @return the answer
   */
  static <T> T ask(Path file, BusinessCalendar cal, List<String> asked, Supplier<T> question) {
    try {
      return question.get();
    } catch (IllegalArgumentException | CalendarRangeException e) {
      String problem = Times.humanize(UnknownYearsOption.explained(e), cal.zone());
      throw (asked.get(0).startsWith("--") ? BadInputException.asked(file, asked, problem)
          : BadInputException.askedFields(file, asked, problem)).because(e);
    }
  }

  // ---- shared with ElapsedCommand ------------------------------------------------------------------

  /**
   * Runs {@code body} with {@code in} as the standard input of the calendar commands.
   *
   * @param in the input
   * @param body what to run
   * @return its exit code
   */
  static int withInput(InputStream in, IntSupplier body) {
    InputStream previous = INPUT.get();
    INPUT.set(in);
    try {
      return body.getAsInt();
    } finally {
      if (previous == null) {
        INPUT.remove();
      } else {
        INPUT.set(previous);
      }
    }
  }

  static InputStream input() {
    InputStream in = INPUT.get();
    return in != null ? in : System.in;
  }

  /** Reads a calendar file; any problem is one line naming the file (and the JSON paths). */
  static BusinessCalendar loadCalendar(Path file) {
    JsonNode root = ValidateCommand.readJson(file);
    try {
      return BusinessCalendars.read(root);
    } catch (ValidationException e) {
      throw BadInputException.invalid(file, "calendar", e, "--calendar");
    }
  }

  /**
   * Answers JSON lines from {@code in}: one output line per input line, in order, so that output line N always
   * answers input line N (a blank line or a line that repeats a field is a bad line, answered with an error in
   * its place). A line longer than {@link InputFiles#MAX_LINE_CHARS} characters is answered with an error and
   * ends the input: its end may never come.
   *
   * @return 0, or 2 when any line was bad
   */
  static int batch(InputStream in, PrintWriter out, Function<JsonNode, String> answer, String field) {
    boolean bad = false;
    int lineNo = 0;
    try (BoundedLineReader r =
        new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), InputFiles.MAX_LINE_CHARS)) {
      while (true) {
        String line;
        try {
          line = r.readLine();
        } catch (BoundedLineReader.LineTooLongException e) {
          bad = true;
          lineNo++;
          var result = MAPPER.createObjectNode();
          result.put("error", ErrorLine.format(null, lineNo, null, "line is longer than the limit of "
              + InputFiles.lineLimit() + "; the lines after it are not read"));
          out.println(MAPPER.writeValueAsString(result));
          break; // the rest of the line may be endless
        }
        if (line == null) {
          break;
        }
        if (lineNo == 0 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte-order mark
        }
        lineNo++;
        var result = MAPPER.createObjectNode();
        try {
          if (line.isBlank()) {
            throw new BadInputException("empty line; expected a JSON object");
          }
          JsonNode node;
          try {
            node = STRICT.readTree(line);
          } catch (JsonProcessingException e) {
            throw new BadInputException("not valid JSON: " + e.getOriginalMessage());
          }
          if (node == null || !node.isObject()) {
            throw new BadInputException("expected a JSON object");
          }
          result.put(field, answer.apply(node));
        } catch (BadInputException e) {
          bad = true;
          result.removeAll();
          result.put("error", Messages.shorten("line " + lineNo + ": " + e.getMessage()));
        } catch (IllegalArgumentException e) {
          bad = true;
          result.removeAll();
          result.put("error", Messages.shorten(ErrorLine.format(null, lineNo, null, e.getMessage())));
        }
        out.println(MAPPER.writeValueAsString(result));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read standard input", e.getCause());
    }
    out.flush();
    return bad ? ComplaintCli.BAD_INPUT : ComplaintCli.OK;
  }

  static void checkFields(JsonNode line, Set<String> allowed) {
    for (Iterator<String> it = line.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw BadInputException.field(null, 0, Messages.cut(f), "unknown field (allowed: "
            + allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
      }
    }
  }

  static String text(JsonNode line, String field, boolean required) {
    JsonNode n = line.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw BadInputException.field(null, 0, field, "missing");
      }
      return null;
    }
    if (!n.isTextual()) {
      throw BadInputException.field(null, 0, field, Messages.cut(n.toString()) + " is not a string");
    }
    return n.asText();
  }

  static Instant instant(String text, String field) {
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw bad(field, "'" + Messages.cut(text)
          + "' is not an ISO-8601 instant with an offset (e.g. 2026-10-03T19:30:00+08:00)");
    }
  }

  static Duration duration(String text, String field) {
    Duration d;
    try {
      d = Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(field, "'" + Messages.cut(text) + "' is not an ISO-8601 duration (e.g. PT4H, P2DT3H)");
    }
    if (d.isNegative()) {
      throw bad(field, "'" + Messages.cut(text) + "' is negative");
    }
    return d;
  }

  static DueAt dueAt(String text, String field) {
    try {
      return DueAt.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw bad(field, "'" + Messages.cut(text) + "' is not one of "
          + Arrays.stream(DueAt.values()).map(DueAt::name).collect(Collectors.joining(", ")));
    }
  }

  /** A bad value of an option ({@code --start}) or of a field of a batch line ({@code start}). */
  static BadInputException bad(String name, String problem) {
    return name.startsWith("--") ? BadInputException.option(name, problem)
        : BadInputException.field(null, 0, name, problem);
  }

  /** An instant of a batch answer: ISO-8601 with the calendar zone's offset, as JSON output has it. */
  static String formatInstant(Instant t, ZoneId zone) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone));
  }
}
