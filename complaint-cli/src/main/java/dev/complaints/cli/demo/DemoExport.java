package dev.complaints.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.complaints.cli.text.IoErrors;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.json.Json;
import dev.complaints.core.workflow.WorkflowDefinitions;
import dev.complaints.scoring.record.TicketWriter;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsWriter;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes the demo's month as files that the other commands of {@code complaint-cli} read, so that a new user
 * can run each of them on real-looking data:
 *
 * <ul>
 *   <li>{@value #TICKETS}: the ticket timeline records the scorecards were computed from, one JSON object per
 *       line ({@code score --tickets});
 *   <li>{@value #INPUTS}: the month's unit inputs ({@code score --inputs});
 *   <li>{@value #EVENTS}: the complaint events the ticket records were exported from, one JSON event per line,
 *       complaint by complaint in the order of receipt ({@code export --events});
 *   <li>one {@code <id>.json} per business calendar the SLA policy names, {@code mall-hours.json} and
 *       {@code cn-national.json} ({@code deadline}, {@code elapsed}, {@code validate --calendar});
 *   <li>{@value #WORKFLOW}, {@value #POLICY} and {@value #RUBRIC}: the workflow, SLA policy and rubric the
 *       demo ran with ({@code validate --workflow / --policy / --rubric}, {@code score --rubric}).
 * </ul>
 *
 * <p>The folder is created when missing. Files of these names are replaced; anything else in the folder is left
 * alone. Each file is first written whole to a temporary file in the folder and then moved over its name in one
 * step, so that no file is ever seen half-written; all the temporary files are written before the first move.
 */
public final class DemoExport {
  /** File name of the ticket records. */
  public static final String TICKETS = "tickets.jsonl";
  /** File name of the unit inputs. */
  public static final String INPUTS = "inputs.json";
  /** File name of the complaint events. */
  public static final String EVENTS = "events.jsonl";
  /** File name of the workflow definition. */
  public static final String WORKFLOW = "mall-ticket-workflow.json";
  /** File name of the SLA policy. */
  public static final String POLICY = "mall-ticket-policy.json";
  /** File name of the scoring rubric. */
  public static final String RUBRIC = "mall-scorecard-rubric.json";

  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/:@%+=,-]+");

  private DemoExport() {}

  /**
   * What was written.
   *
   * @param dir the folder, as given
   * @param files the names of the files written, in order
   * @param tickets how many ticket records {@value #TICKETS} holds
   * @param units how many units {@value #INPUTS} holds
   * @param months how many months {@value #INPUTS} holds
   */
  public record Result(Path dir, List<String> files, int tickets, int units, int months) {
    /**
     * Makes the list unmodifiable.
     *
     * @param dir the folder
     * @param files the file names
     * @param tickets ticket count
     * @param units unit count
     * @param months month count
     */
    public Result {
      files = List.copyOf(files);
    }
  }

  /**
   * The names of the files an export writes, in order.
   *
   * @return the names
   */
  public static List<String> fileNames() {
    return fileNames(MonthSimulation.policy());
  }

  /**
   * The names of the files an export of a month simulated under a policy writes, in order.
   *
   * @param policy the SLA policy
   * @return the names
   */
  public static List<String> fileNames(SlaPolicy policy) {
    List<String> names = new ArrayList<>(List.of(TICKETS, INPUTS, EVENTS));
    for (String id : calendarIds(policy)) {
      names.add(id + ".json");
    }
    names.addAll(List.of(WORKFLOW, POLICY, RUBRIC));
    return names;
  }

  /**
   * Checks, before anything is simulated or written, that the folder can take the export: it is a folder, or
   * it does not exist yet and its nearest existing parent is a folder; and none of the files the export writes
   * exists as something other than a regular file.
   *
   * @param dir the folder
   * @throws IllegalArgumentException naming the path and the reason when it cannot
   */
  public static void check(Path dir) {
    check(dir, MonthSimulation.policy());
  }

  /**
   * Checks, as {@link #check(Path)} does, for the export of a month simulated under a policy.
   *
   * @param dir the folder
   * @param policy the SLA policy
   * @throws IllegalArgumentException naming the path and the reason when it cannot
   */
  public static void check(Path dir, SlaPolicy policy) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("'" + dir + "' exists and is not a directory");
    }
    if (!Files.isDirectory(dir)) {
      for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
        if (Files.exists(up)) {
          if (!Files.isDirectory(up)) {
            throw new IllegalArgumentException(
                "'" + up + "' is not a directory, so '" + dir + "' cannot be created");
          }
          break;
        }
      }
      return;
    }
    for (String name : fileNames(policy)) {
      Path file = dir.resolve(name);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
        throw new IllegalArgumentException("'" + file + "' exists and is not a regular file; not replacing it");
      }
    }
  }

  /**
   * Writes the export of a demo month into a folder.
   *
   * @param report the demo month
   * @param dir the folder; created when missing
   * @return what was written
   * @throws IllegalArgumentException when the folder or one of the files exists as something else (see
   *     {@link #check(Path)})
   * @throws UncheckedIOException naming the path and the reason when a folder or file cannot be written; files
   *     not yet moved into place are left as they were
   */
  public static Result write(DemoReport report, Path dir) {
    Map<String, String> contents = contents(report);
    check(dir, report.policy());
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory '" + dir + "': " + IoErrors.reason(e), e);
    }
    Map<String, Path> temporary = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> c : contents.entrySet()) {
        temporary.put(c.getKey(), writeTemp(dir, c.getKey(), c.getValue()));
      }
      for (Map.Entry<String, Path> t : temporary.entrySet()) {
        moveIntoPlace(t.getValue(), dir.resolve(t.getKey()));
      }
    } finally {
      for (Path tmp : temporary.values()) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the original failure is the one to report
        }
      }
    }
    return new Result(dir, List.copyOf(contents.keySet()), report.tickets().size(),
        (int) report.inputs().stream().map(UnitInputs::unit).distinct().count(),
        (int) report.inputs().stream().map(UnitInputs::period).distinct().count());
  }

  /**
   * One line for people saying what was written where and how to score it.
   *
   * @param report the demo month
   * @param result what was written
   * @return the line, without a line end
   */
  public static String describe(DemoReport report, Result result) {
    List<String> parts = new ArrayList<>();
    for (String name : result.files()) {
      parts.add(switch (name) {
        case TICKETS -> name + " (" + result.tickets() + " tickets)";
        case INPUTS -> name + " (" + result.units() + " units, " + result.months() + " months)";
        case EVENTS -> name + " (" + report.events().size() + " events)";
        default -> name;
      });
    }
    String asOf = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(report.asOf().atZone(report.zone()));
    return "exported " + String.join(", ", parts) + " to " + shellWord(result.dir().toString())
        + "; score them with: complaint-cli score --tickets " + shellWord(result.dir().resolve(TICKETS).toString())
        + " --inputs " + shellWord(result.dir().resolve(INPUTS).toString()) + " --period " + report.month()
        + " --as-of " + asOf;
  }

  /** The text of every file, in the order of {@link #fileNames()}. */
  static Map<String, String> contents(DemoReport report) {
    Map<String, String> files = new LinkedHashMap<>();
    StringWriter tickets = new StringWriter();
    try (TicketWriter w = TicketWriter.of(tickets, report.zone())) {
      w.writeAll(report.tickets());
    }
    files.put(TICKETS, tickets.toString());
    files.put(INPUTS, UnitInputsWriter.toJsonText(report.inputs()));
    files.put(EVENTS, eventLines(report.events()));
    SlaPolicy policy = report.policy();
    for (String id : calendarIds(policy)) {
      BusinessCalendar calendar = policy.calendars().find(id).orElseThrow(
          () -> new IllegalStateException("the demo's SLA policy names calendar '" + id + "', which it cannot find"));
      files.put(id + ".json", BusinessCalendars.toJsonString(calendar) + "\n");
    }
    files.put(WORKFLOW, WorkflowDefinitions.toJsonString(MonthSimulation.workflow()) + "\n");
    files.put(POLICY, SlaPolicies.toJsonString(policy) + "\n");
    files.put(RUBRIC, Rubrics.toJsonString(MonthSimulation.rubric()) + "\n");
    return files;
  }

  /**
   * Complaint events as JSON lines, in core's JSON mapping (each with its {@code "type"}), in the order given.
   *
   * @param events the events
   * @return one line per event, each ending with a line feed
   */
  public static String eventLines(List<? extends ComplaintEvent> events) {
    ObjectWriter writer = Json.mapper().writerFor(ComplaintEvent.class);
    StringBuilder text = new StringBuilder();
    try {
      for (ComplaintEvent e : events) {
        text.append(writer.writeValueAsString(e)).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a complaint event", e);
    }
    return text.toString();
  }

  /**
   * Replaces a file with the given text: written whole to a temporary file next to it, then moved over its name
   * in one step, so that the file is never seen half-written; the temporary file is gone afterwards.
   *
   * @param file the file
   * @param text its new text, written as UTF-8
   * @throws UncheckedIOException naming the path and the reason when it cannot be written; the file is then
   *     left as it was
   */
  public static void replaceWhole(Path file, String text) {
    Path dir = file.getParent() == null ? Path.of("") : file.getParent();
    Path tmp = writeTemp(dir, file.getFileName().toString(), text);
    try {
      moveIntoPlace(tmp, file);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the original failure is the one to report
      }
    }
  }

  /** The calendar ids a policy names, targets' defaults and grade limits alike, in order of first mention. */
  static Set<String> calendarIds(SlaPolicy policy) {
    Set<String> ids = new LinkedHashSet<>();
    for (SlaTarget t : policy.targets()) {
      ids.addAll(t.calendarIds());
    }
    return ids;
  }

  /**
   * Writes the text to a new temporary file next to the target. The file is created like any other (its
   * permissions follow the user's defaults), under a random name that no existing file has.
   */
  private static Path writeTemp(Path dir, String name, String text) {
    Path tmp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      Files.createFile(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write in '" + dir + "': " + IoErrors.reason(e), e);
    }
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the write failure is the one to report
      }
      throw new UncheckedIOException("cannot write '" + dir.resolve(name) + "': " + IoErrors.reason(e), e);
    }
    return tmp;
  }

  private static void moveIntoPlace(Path tmp, Path target) {
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace '" + target + "': " + IoErrors.reason(e), e);
    }
  }

  /** A path as one word for a POSIX shell: quoted when it has anything but the usual characters. */
  private static String shellWord(String s) {
    return SHELL_SAFE.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
