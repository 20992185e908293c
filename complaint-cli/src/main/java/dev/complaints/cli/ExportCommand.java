package dev.complaints.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.complaints.cli.demo.DemoExport;
import dev.complaints.cli.text.IoErrors;
import dev.complaints.cli.text.Times;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.core.workflow.WorkflowDefinition;
import dev.complaints.core.workflow.WorkflowDefinitions;
import dev.complaints.core.workflow.WorkflowPresets;
import dev.complaints.scoring.record.TicketExport;
import dev.complaints.scoring.record.TicketWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --events FILE.jsonl --workflow NAME|FILE [--out FILE] [--zone ZONE]}: turns complaint events
 * (one JSON event per line, core's JSON mapping) into ticket records (one JSON object per line) with
 * {@link TicketExport}, one record per complaint in the order of the complaints' first events. Everything is read
 * and exported before anything is written; with {@code --out} the file is written whole to a temporary file and
 * then renamed. A bad line gives one error line {@code error: FILE:LINE: …}, exit code 2 and no output.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports complaint events (one JSON event per line, each with its \"type\"; for example the events.jsonl"
          + " of demo --export) as ticket records (one JSON object per line), the input of score.",
      "The events of each complaint must start with ComplaintReceived (version 1) and follow in version order;"
          + " complaints may be interleaved. One record per complaint, in the order of their first events.",
      "--workflow is a preset (mall-ticket, seven-step, retail-plan) or a workflow definition file: it says which"
          + " nodes are terminal and which node change is the acceptance.",
      "Records go to standard output, or with --out to FILE (written whole, then renamed into place).",
      "Exit codes: 0 success, 2 bad input or usage (one line: error: FILE:LINE: ...)."
    })
public final class ExportCommand implements Callable<Integer> {
  private static final ObjectReader EVENT_READER =
      Json.mapper().readerFor(ComplaintEvent.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  @Option(names = "--events", required = true, paramLabel = "FILE.jsonl",
      description = "complaint events, one JSON event per line")
  Path events;

  @Option(names = "--workflow", required = true, paramLabel = "NAME|FILE",
      description = "the workflow the complaints ran on: a preset name or a definition file")
  String workflow;

  @Option(names = "--out", paramLabel = "FILE", description = "write the records to FILE instead of standard output")
  Path out;

  @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Asia/Shanghai",
      description = "the offset instants are written with (default: ${DEFAULT-VALUE})")
  String zone;

  @CommandLine.Mixin SummaryLanguage language = new SummaryLanguage();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The events of one complaint and the line of its first event. */
  private record History(int line, List<ComplaintEvent> events) {}

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      ZoneId zoneId = zone();
      TicketExport export = TicketExport.of(definition());
      Map<String, History> histories = read();
      StringWriter text = new StringWriter();
      long eventCount = 0;
      try (TicketWriter writer = TicketWriter.of(text, zoneId)) {
        for (Map.Entry<String, History> h : histories.entrySet()) {
          eventCount += h.getValue().events().size();
          try {
            writer.write(export.export(h.getValue().events(), unit -> null));
          } catch (IllegalArgumentException e) {
            throw BadInputException.line(events, h.getValue().line(), "complaint " + h.getKey()
                + " cannot be exported: " + Times.humanize(e.getMessage(), zoneId)).because(e);
          }
        }
      }
      if (out == null) {
        stdout.print(text);
      } else {
        if (Files.isDirectory(out)) {
          throw BadInputException.option("--out", "'" + out + "' is a directory, not a file");
        }
        DemoExport.replaceWhole(out, text.toString());
        stdout.println(language.labels().text(histories.size() == 1 ? "export.wrote.one" : "export.wrote", out,
            histories.size(), eventCount, events));
      }
      stdout.flush();
      return ComplaintCli.OK;
    } catch (BadInputException | UncheckedIOException e) {
      ErrorLine.print(err, ErrorLine.of(e, ComplaintCli.DEFAULT_ZONE));
      return ComplaintCli.BAD_INPUT;
    }
  }

  private ZoneId zone() {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw BadInputException.option("--zone", "unknown time zone '" + Messages.cut(zone)
          + "' (use a region id such as Asia/Shanghai)");
    }
  }

  private WorkflowDefinition definition() {
    if (WorkflowPresets.IDS.contains(workflow)) {
      return WorkflowPresets.load(workflow);
    }
    Path file = Path.of(workflow);
    if (!Files.exists(file)) {
      throw BadInputException.option("--workflow", "'" + Messages.cut(workflow) + "' is neither a preset ("
          + String.join(", ", WorkflowPresets.IDS) + ") nor an existing file");
    }
    try {
      return WorkflowDefinitions.read(ValidateCommand.readJson(file));
    } catch (ValidationException e) {
      throw BadInputException.invalid(file, "workflow definition", e, "--workflow");
    }
  }

  /** Reads the events file, complaint by complaint, checking each complaint's version order. */
  private Map<String, History> read() {
    Map<String, History> histories = new LinkedHashMap<>();
    int lineNo = 0;
    try (BufferedReader reader = Files.newBufferedReader(events)) {
      String line;
      while (true) {
        try {
          line = reader.readLine();
        } catch (CharacterCodingException e) {
          throw BadInputException.line(events, lineNo + 1, "cannot read: not valid UTF-8");
        }
        if (line == null) {
          break;
        }
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1); // a byte-order mark, as some exports write
        }
        if (line.isBlank()) {
          continue;
        }
        ComplaintEvent e = parse(line, lineNo);
        History h = histories.get(e.complaintId());
        if (h == null) {
          if (!(e instanceof ComplaintReceived) || e.version() != 1) {
            throw bad(lineNo, "complaint " + e.complaintId() + " starts with " + e.getClass().getSimpleName()
                + " (version " + e.version() + "): the events of a complaint start with ComplaintReceived,"
                + " version 1");
          }
          h = new History(lineNo, new ArrayList<>());
          histories.put(e.complaintId(), h);
        } else {
          long previous = h.events().get(h.events().size() - 1).version();
          if (e.version() != previous + 1) {
            throw bad(lineNo, "complaint " + e.complaintId() + ": version " + e.version() + " follows version "
                + previous + " (the events of a complaint must follow in version order, none missing)");
          }
        }
        h.events().add(e);
      }
    } catch (IOException e) {
      if (lineNo == 0) {
        throw BadInputException.cannotRead(events, e);
      }
      throw BadInputException.line(events, lineNo + 1, "cannot read: " + IoErrors.reason(e)).because(e);
    }
    return histories;
  }

  private ComplaintEvent parse(String line, int lineNo) {
    try {
      return EVENT_READER.readValue(line);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw bad(lineNo, "not a valid complaint event: " + cause.getMessage());
    } catch (JsonProcessingException e) {
      String what = String.valueOf(e.getOriginalMessage()).replaceAll("\\s*\\n.*", "");
      var loc = e.getLocation();
      String where = loc == null || loc.getColumnNr() < 1 ? "" : " (column " + loc.getColumnNr() + ")";
      throw bad(lineNo, "not a complaint event: " + what + where);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BadInputException bad(int lineNo, String message) {
    return BadInputException.line(events, lineNo, message);
  }
}
