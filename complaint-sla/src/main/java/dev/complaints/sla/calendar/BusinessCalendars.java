package dev.complaints.sla.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.calendar.internal.CalendarChecks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Calendars from JSON, back to JSON, and the bundled presets.
 *
 * <p>The file format (docs/sla.md):
 *
 * <pre>{@code
 * {
 *   "id": "mall-hours",
 *   "zone": "Asia/Shanghai",
 *   "weekly": { "MONDAY": ["10:00-20:00"], "SUNDAY": ["10:00-20:00"] },
 *   "exceptions": { "2026-10-01": [], "2026-09-20": ["09:00-18:00"] }
 * }
 * }</pre>
 *
 * <p>A calendar limited to the years of a holiday dataset also has
 * {@code "covered": {"from": "2024-01-01", "to": "2026-12-31"}} and, when the weekly rule is to apply
 * outside those years, {@code "weeklyRuleForUnknownYears": true}.
 */
public final class BusinessCalendars {
  private static final String RESOURCE = "/dev/complaints/sla/calendar/holiday-calendar-cn/";
  private static final int[] CN_YEARS = {2024, 2025, 2026};
  private static final Set<String> FIELDS =
      Set.of("id", "zone", "weekly", "exceptions", "covered", "weeklyRuleForUnknownYears");
  private static final ObjectMapper MAPPER = Json.mapper();

  private BusinessCalendars() {}

  /**
   * Parses a calendar file.
   *
   * @param json the JSON text
   * @return the calendar
   * @throws ValidationException listing every problem with its JSON path (also for text that is not JSON or
   *     repeats a field name)
   */
  public static BusinessCalendar fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(json);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new ValidationException("calendar", List.of(Problem.of("$", "not valid JSON" + where + ": "
          + e.getOriginalMessage())));
    }
    return fromJson(root);
  }

  /**
   * Builds a calendar from its JSON tree.
   *
   * @param root the JSON tree
   * @return the calendar
   * @throws ValidationException listing every problem with its JSON path
   */
  public static BusinessCalendar fromJson(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    BusinessCalendar.Builder b = parse(root, problems);
    if (!problems.isEmpty()) {
      String id = root != null && root.path("id").isTextual() ? "'" + root.get("id").asText() + "'" : "";
      throw new ValidationException("calendar " + id, problems);
    }
    return b.build();
  }

  /**
   * Reads a calendar file.
   *
   * @param file the file
   * @return the calendar
   * @throws ValidationException listing every problem with its JSON path
   * @throws UncheckedIOException when the file cannot be read
   */
  public static BusinessCalendar read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read calendar file " + file, e);
    }
    return fromJson(text);
  }

  /**
   * Writes a calendar file ({@link #toJson(BusinessCalendar)}): the text goes whole to a new temporary file in
   * the target's folder, which is then moved over the target, so that the file is never seen half-written and
   * an existing file is left as it was when writing fails.
   *
   * @param calendar the calendar
   * @param file the calendar file to create or replace
   * @throws UncheckedIOException naming the file when it cannot be written
   */
  public static void write(BusinessCalendar calendar, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      // created like any other file (permissions follow the user's defaults), under a name no file has
      tmp = Files.createFile(dir.resolve("." + file.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
      Files.writeString(tmp, toJson(calendar) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write calendar file " + file, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort: the write failure is the one to report
        }
      }
    }
  }

  /**
   * Every problem of a calendar definition, with its JSON path.
   *
   * @param root the JSON tree
   * @return the problems; empty when the calendar is valid
   */
  public static List<Problem> validate(JsonNode root) {
    List<Problem> problems = new ArrayList<>();
    parse(root, problems);
    return problems;
  }

  /**
   * Writes a calendar in the file format; {@link #fromJson(String)} gives an equal calendar back.
   *
   * @param calendar the calendar
   * @return pretty-printed JSON
   */
  public static String toJson(BusinessCalendar calendar) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJsonTree(calendar));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A calendar as a JSON tree in the file format.
   *
   * @param calendar the calendar
   * @return the tree
   */
  public static ObjectNode toJsonTree(BusinessCalendar calendar) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", calendar.id());
    root.put("zone", calendar.zone().getId());
    ObjectNode weekly = root.putObject("weekly");
    calendar.weekly().forEach((d, ws) -> windows(weekly.putArray(d.name()), ws));
    ObjectNode ex = root.putObject("exceptions");
    calendar.exceptions().forEach((d, ws) -> windows(ex.putArray(d.toString()), ws));
    if (calendar.coveredFrom().isPresent()) {
      ObjectNode c = root.putObject("covered");
      c.put("from", calendar.coveredFrom().get().toString());
      c.put("to", calendar.coveredTo().orElseThrow().toString());
      root.put("weeklyRuleForUnknownYears", calendar.usesWeeklyRuleForUnknownYears());
    }
    return root;
  }

  private static void windows(ArrayNode array, List<TimeWindow> ws) {
    ws.forEach(w -> array.add(w.toString()));
  }

  /**
   * The mall business-hours calendar of the {@code mall-ticket} policy: id {@code mall-hours},
   * Asia/Shanghai, open 10:00–20:00 on every date, holidays included (the mall is open).
   *
   * @return the calendar
   */
  public static BusinessCalendar mallHours() {
    return Presets.MALL;
  }

  /**
   * China's national working days, id {@code cn-national}: Monday–Friday 09:00–18:00 Asia/Shanghai, the public
   * holidays closed and the transfer workdays (调休补班) open, from the bundled dataset (npm package
   * {@code holiday-calendar} 1.3.3, MIT licence, kept with the data), covering 2024-01-01 to 2026-12-31.
   * Asking outside those years is a {@link CalendarRangeException} naming the date and the span; use
   * {@link BusinessCalendar#withWeeklyRuleForUnknownYears()} (or a policy with
   * {@code UnknownYears.WEEKLY}) to apply the weekly rule alone there, or
   * {@link #importChinaDataset(String, ZoneId, TimeWindow, Path...)} with newer year files.
   *
   * @return the calendar
   */
  public static BusinessCalendar cnNational() {
    return Presets.CN;
  }

  /** Lazily built presets. */
  private static final class Presets {
    static final BusinessCalendar MALL = BusinessCalendar.builder("mall-hours", ZoneId.of("Asia/Shanghai"))
        .everyDay("10:00-20:00")
        .build();
    static final BusinessCalendar CN = loadCn();

    private static BusinessCalendar loadCn() {
      List<JsonNode> docs = new ArrayList<>();
      for (int y : CN_YEARS) {
        try (InputStream in = BusinessCalendars.class.getResourceAsStream(RESOURCE + y + ".json")) {
          if (in == null) {
            throw new IllegalStateException("bundled holiday data " + RESOURCE + y + ".json is missing");
          }
          docs.add(MAPPER.readTree(in));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return importChinaDataset("cn-national", ZoneId.of("Asia/Shanghai"), TimeWindow.parse("09:00-18:00"), docs);
    }
  }

  /**
   * Builds a calendar from year files of the China holiday dataset format
   * ({@code {"year": 2026, "region": "CN", "dates": [{"date": "2026-01-01", "type": "public_holiday", …}]}},
   * {@code type} one of {@code public_holiday} and {@code transfer_workday}). Monday to Friday are open
   * with {@code workdayWindow}; a public holiday closes its date, a transfer workday opens it with
   * {@code workdayWindow}. The calendar covers January 1 of the first year to December 31 of the last; the
   * years must be consecutive.
   *
   * @param id calendar id
   * @param zone zone of the windows
   * @param workdayWindow the hours of a working day, for example {@code 09:00-18:00}
   * @param yearDocuments one JSON document per year
   * @return the calendar
   * @throws ValidationException listing every problem, with paths {@code $[file index].dates[i].field}
   */
  public static BusinessCalendar importChinaDataset(String id, ZoneId zone, TimeWindow workdayWindow,
      List<JsonNode> yearDocuments) {
    List<Problem> problems = new ArrayList<>();
    TreeSet<Integer> years = new TreeSet<>();
    BusinessCalendar.Builder b = BusinessCalendar.builder(id, zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        b.weekly(d, workdayWindow);
      }
    }
    if (yearDocuments.isEmpty()) {
      problems.add(Problem.of("$", "at least one year of holiday data is needed"));
    }
    for (int f = 0; f < yearDocuments.size(); f++) {
      JsonNode doc = yearDocuments.get(f);
      String p = "$[" + f + "]";
      JsonNode year = doc == null ? null : doc.get("year");
      if (year == null || !year.canConvertToInt()) {
        problems.add(Problem.of(p + ".year", "the year is missing or not an integer"));
        continue;
      }
      int y = year.asInt();
      if (!years.add(y)) {
        problems.add(Problem.of(p + ".year", "year " + y + " is given twice"));
      }
      JsonNode dates = doc.get("dates");
      if (dates == null || !dates.isArray()) {
        problems.add(Problem.of(p + ".dates", "the dates are missing or not an array"));
        continue;
      }
      for (int i = 0; i < dates.size(); i++) {
        JsonNode e = dates.get(i);
        String ep = p + ".dates[" + i + "]";
        LocalDate date;
        try {
          date = LocalDate.parse(e.path("date").asText(""));
        } catch (DateTimeParseException ex) {
          problems.add(Problem.of(ep + ".date", "not an ISO date (YYYY-MM-DD): '" + e.path("date").asText("") + "'"));
          continue;
        }
        if (date.getYear() != y) {
          problems.add(Problem.of(ep + ".date", "date " + date + " is not in the file's year " + y));
          continue;
        }
        String type = e.path("type").asText("");
        switch (type) {
          case "public_holiday" -> b.closed(date);
          case "transfer_workday" -> b.exception(date, List.of(workdayWindow));
          default -> problems.add(Problem.of(ep + ".type", "unknown type '" + type
              + "' (allowed: public_holiday, transfer_workday)"));
        }
      }
    }
    if (!years.isEmpty() && years.last() - years.first() + 1 != years.size()) {
      problems.add(Problem.of("$", "the years must be consecutive, got " + years));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("holiday dataset for calendar '" + id + "'", problems);
    }
    return b.covering(LocalDate.of(years.first(), 1, 1), LocalDate.of(years.last(), 12, 31)).build();
  }

  /**
   * Reads year files of the China holiday dataset (see
   * {@link #importChinaDataset(String, ZoneId, TimeWindow, List)}).
   *
   * @param id calendar id
   * @param zone zone of the windows
   * @param workdayWindow the hours of a working day
   * @param files the year files
   * @return the calendar
   */
  public static BusinessCalendar importChinaDataset(String id, ZoneId zone, TimeWindow workdayWindow,
      Path... files) {
    List<JsonNode> docs = new ArrayList<>();
    for (Path f : files) {
      try {
        docs.add(MAPPER.readTree(Files.readString(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read holiday data " + f, e);
      }
    }
    return importChinaDataset(id, zone, workdayWindow, docs);
  }

  // ---- parsing ------------------------------------------------------------------------------------

  private static BusinessCalendar.Builder parse(JsonNode root, List<Problem> problems) {
    if (root == null || !root.isObject()) {
      problems.add(Problem.of("$", "a calendar must be a JSON object with id, zone, weekly and exceptions"));
      return null;
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        problems.add(Problem.of("$." + f, "unknown field '" + f + "' (allowed: id, zone, weekly, exceptions,"
            + " covered, weeklyRuleForUnknownYears)"));
      }
    }
    String id = null;
    JsonNode idNode = root.get("id");
    if (idNode == null || !idNode.isTextual() || idNode.asText().isBlank()) {
      problems.add(Problem.of("$.id", "the calendar id is missing or not a non-blank string"));
    } else {
      id = idNode.asText();
    }
    ZoneId zone = null;
    JsonNode zoneNode = root.get("zone");
    if (zoneNode == null || !zoneNode.isTextual()) {
      problems.add(Problem.of("$.zone", "the zone is missing or not a string (a region id such as Asia/Shanghai)"));
    } else {
      try {
        zone = ZoneId.of(zoneNode.asText());
      } catch (DateTimeException e) {
        problems.add(Problem.of("$.zone", "unknown time zone '" + zoneNode.asText()
            + "' (use a region id such as Asia/Shanghai or Europe/Berlin)"));
      }
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(id, zone);
    JsonNode weekly = root.get("weekly");
    if (weekly != null && !weekly.isObject()) {
      problems.add(Problem.of("$.weekly", "weekly must be an object from weekday (MONDAY..SUNDAY) to windows"));
    } else if (weekly != null) {
      for (Map.Entry<String, JsonNode> e : weekly.properties()) {
        DayOfWeek day;
        try {
          day = DayOfWeek.valueOf(e.getKey());
        } catch (IllegalArgumentException ex) {
          problems.add(Problem.of("$.weekly." + e.getKey(), "unknown weekday '" + e.getKey()
              + "' (allowed: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY)"));
          continue;
        }
        List<String> texts = windowTexts(e.getValue(), "$.weekly." + day, problems);
        b.weekly(day, texts.toArray(String[]::new));
      }
    }
    JsonNode ex = root.get("exceptions");
    if (ex != null && !ex.isObject()) {
      problems.add(Problem.of("$.exceptions", "exceptions must be an object from date (YYYY-MM-DD) to windows"));
    } else if (ex != null) {
      for (Map.Entry<String, JsonNode> e : ex.properties()) {
        LocalDate date;
        try {
          date = LocalDate.parse(e.getKey());
        } catch (DateTimeParseException exc) {
          problems.add(Problem.of("$.exceptions['" + e.getKey() + "']", "'" + e.getKey()
              + "' is not an ISO date (YYYY-MM-DD)"));
          continue;
        }
        List<String> texts = windowTexts(e.getValue(), CalendarChecks.exceptionPath(date, -1), problems);
        b.exception(date, texts.toArray(String[]::new));
      }
    }
    JsonNode covered = root.get("covered");
    if (covered != null) {
      LocalDate from = date(covered, "from", problems);
      LocalDate to = date(covered, "to", problems);
      if (covered.isObject()) {
        for (Iterator<String> it = covered.fieldNames(); it.hasNext(); ) {
          String f = it.next();
          if (!f.equals("from") && !f.equals("to")) {
            problems.add(Problem.of("$.covered." + f, "unknown field '" + f + "' (allowed: from, to)"));
          }
        }
      }
      if (from != null && to != null) {
        b.covering(from, to);
      }
    }
    JsonNode weeklyRule = root.get("weeklyRuleForUnknownYears");
    if (weeklyRule != null) {
      if (!weeklyRule.isBoolean()) {
        problems.add(Problem.of("$.weeklyRuleForUnknownYears", "must be true or false"));
      } else {
        if (covered == null) {
          problems.add(Problem.of("$.weeklyRuleForUnknownYears", "only meaningful with a covered span"));
        }
        b.weeklyRuleForUnknownYears(weeklyRule.asBoolean());
      }
    }
    // structural problems (the builder reports id/zone itself; avoid reporting them twice)
    for (Problem p : b.problems()) {
      if (!p.path().equals("$.id") && !p.path().equals("$.zone")) {
        problems.add(p);
      }
    }
    return b;
  }

  private static LocalDate date(JsonNode covered, String field, List<Problem> problems) {
    JsonNode n = covered.get(field);
    if (n == null || !n.isTextual()) {
      problems.add(Problem.of("$.covered." + field, "missing or not an ISO date (YYYY-MM-DD)"));
      return null;
    }
    try {
      return LocalDate.parse(n.asText());
    } catch (DateTimeParseException e) {
      problems.add(Problem.of("$.covered." + field, "'" + n.asText() + "' is not an ISO date (YYYY-MM-DD)"));
      return null;
    }
  }

  /** The texts of a window array; a non-text element is reported and kept as an unparsable text. */
  private static List<String> windowTexts(JsonNode array, String path, List<Problem> problems) {
    List<String> texts = new ArrayList<>();
    if (array == null || !array.isArray()) {
      problems.add(Problem.of(path, "must be an array of windows such as [\"09:00-18:00\"]"));
      return texts;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode w = array.get(i);
      texts.add(w.isTextual() ? w.asText() : "<" + w.getNodeType().name().toLowerCase() + ">");
    }
    return texts;
  }
}
