package dev.complaints.sla.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.json.internal.JsonPaths;
import dev.complaints.core.json.internal.ObjectFields;
import dev.complaints.core.json.internal.Problems;
import dev.complaints.core.json.internal.Reads;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.sla.calendar.internal.CalendarChecks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The calendar file format, read with the shared field reader; the calendar's own checks (overlapping windows,
 * no open time, unsupported dates) run on whatever could be read, so one run lists both kinds of problem.
 */
final class CalendarJson extends JsonFormat<BusinessCalendar> {
  static final CalendarJson FORMAT = new CalendarJson();

  private static final List<String> FIELDS =
      List.of("id", "zone", "weekly", "exceptions", "covered", "weeklyRuleForUnknownYears");
  private static final List<String> COVERED_FIELDS = List.of("from", "to");
  private static final List<String> DAYS = Reads.names(DayOfWeek.class);
  private static final List<String> YEAR_FIELDS = null; // a year file has fields of its own (region, names …)
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CalendarJson() {
    super("calendar");
  }

  @Override
  protected BusinessCalendar parse(JsonNode root, Problems problems) {
    ObjectFields o = ObjectFields.of(root, "$", problems, FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.required("id", Reads.string());
    ZoneId zone = o.required("zone", Reads.zone());
    BusinessCalendar.Builder b = BusinessCalendar.builder(id, zone);
    ObjectFields weekly = o.optional("weekly", Reads.object(DAYS, w -> w));
    if (weekly != null) {
      for (DayOfWeek day : DayOfWeek.values()) {
        JsonNode ws = weekly.node(day.name());
        if (ws != null) {
          b.weeklyWindows(day, windows(ws, weekly.path(day.name()), problems));
        }
      }
    }
    JsonNode exceptions = o.optional("exceptions", Reads.object(null, e -> e.node()));
    if (exceptions != null) {
      for (Map.Entry<String, JsonNode> e : exceptions.properties()) {
        String path = JsonPaths.field(o.path("exceptions"), e.getKey());
        LocalDate date = Reads.parseOrNull(e.getKey(), LocalDate::parse);
        if (date == null) {
          problems.add(path, Wording.mustBe(Wording.DATE, Wording.found(e.getKey())));
          continue;
        }
        b.exception(date, windows(e.getValue(), CalendarChecks.exceptionPath(date, -1), problems));
      }
    }
    LocalDate[] covered = o.optional("covered", Reads.object(COVERED_FIELDS, c -> {
      LocalDate from = c.required("from", Reads.date());
      LocalDate to = c.required("to", Reads.date());
      return c.ok() ? new LocalDate[] {from, to} : null;
    }));
    if (covered != null) {
      b.covering(covered[0], covered[1]);
    }
    Boolean weeklyRule = o.optional("weeklyRuleForUnknownYears", Reads.bool());
    if (weeklyRule != null) {
      if (!o.has("covered")) {
        o.problem("weeklyRuleForUnknownYears",
            "must not be given without covered (it chooses what happens outside the covered span)");
      }
      b.weeklyRuleForUnknownYears(weeklyRule);
    }
    // the calendar's own checks; the builder's id and zone problems are those already reported
    for (Problem p : b.problems()) {
      if (!p.path().equals("$.id") && !p.path().equals("$.zone")) {
        problems.add(p);
      }
    }
    return problems.isEmpty() ? b.build() : null;
  }

  /** The windows of a weekday or an exception; an element that is not a window is reported and left null. */
  private static List<TimeWindow> windows(JsonNode array, String path, Problems problems) {
    List<TimeWindow> out = new ArrayList<>();
    if (!array.isArray()) {
      problems.add(path, Wording.mustBe(Wording.ARRAY, array));
      return out;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode w = array.get(i);
      String at = JsonPaths.index(path, i);
      TimeWindow window = null;
      if (!w.isTextual()) {
        problems.add(at, Wording.mustBe(TimeWindow.FORM, w));
      } else {
        try {
          window = TimeWindow.parse(w.textValue());
        } catch (IllegalArgumentException e) {
          problems.add(at, e.getMessage());
        }
      }
      out.add(window);
    }
    return out;
  }

  /** The file format of a calendar; {@link #read(JsonNode)} gives an equal calendar back. */
  static ObjectNode write(BusinessCalendar calendar) {
    ObjectNode root = NODES.objectNode();
    root.put("id", calendar.id());
    root.put("zone", calendar.zone().getId());
    ObjectNode weekly = root.putObject("weekly");
    calendar.weekly().forEach((d, ws) -> windows(weekly.putArray(d.name()), ws));
    ObjectNode ex = root.putObject("exceptions");
    calendar.exceptions().forEach((d, ws) -> windows(ex.putArray(d.toString()), ws));
    LocalDate coveredFrom = calendar.coveredFrom();
    if (coveredFrom != null) {
      ObjectNode c = root.putObject("covered");
      c.put("from", coveredFrom.toString());
      c.put("to", Objects.requireNonNull(calendar.coveredTo(), "coveredTo").toString());
      root.put("weeklyRuleForUnknownYears", calendar.usesWeeklyRuleForUnknownYears());
    }
    return root;
  }

  private static void windows(ArrayNode array, List<TimeWindow> ws) {
    ws.forEach(w -> array.add(w.toString()));
  }

  /** See {@link BusinessCalendars#importChinaDataset(String, ZoneId, TimeWindow, List)}. */
  static BusinessCalendar importChinaDataset(String id, ZoneId zone, TimeWindow workdayWindow,
      List<JsonNode> yearDocuments) {
    Problems problems = new Problems();
    Map<Integer, Integer> years = new LinkedHashMap<>();
    BusinessCalendar.Builder b = BusinessCalendar.builder(id, zone);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
        b.weekly(d, workdayWindow);
      }
    }
    if (yearDocuments.isEmpty()) {
      problems.add("$", Wording.EMPTY + " (at least one year of holiday data is needed)");
    }
    Map<String, Boolean> types = new LinkedHashMap<>();
    types.put("public_holiday", false);
    types.put("transfer_workday", true);
    for (int f = 0; f < yearDocuments.size(); f++) {
      String p = JsonPaths.index("$", f);
      ObjectFields doc = ObjectFields.of(yearDocuments.get(f), p, problems, YEAR_FIELDS);
      if (doc == null) {
        continue;
      }
      Integer year = doc.required("year", Reads.integer());
      List<JsonNode> dates = doc.required("dates", Reads.arrayOf((n, at, pr) -> n));
      if (year == null || dates == null) {
        continue;
      }
      Integer first = years.putIfAbsent(year, f);
      if (first != null) {
        doc.problem("year", Wording.duplicate("year", year.toString(), JsonPaths.index("$", first) + ".year"));
      }
      for (int i = 0; i < dates.size(); i++) {
        ObjectFields e = ObjectFields.of(dates.get(i), doc.path("dates") + "[" + i + "]", problems, YEAR_FIELDS);
        if (e == null) {
          continue;
        }
        LocalDate date = e.required("date", Reads.date());
        Boolean open = e.required("type", Reads.oneOf(types));
        if (date == null || open == null) {
          continue;
        }
        if (date.getYear() != year) {
          e.problem("date", Wording.mustBe("a date of the file's year " + year, Wording.found(date.toString())));
        } else if (open) {
          b.exception(date, List.of(workdayWindow));
        } else {
          b.closed(date);
        }
      }
    }
    TreeSet<Integer> sorted = new TreeSet<>(years.keySet());
    if (!sorted.isEmpty() && sorted.last() - sorted.first() + 1 != sorted.size()) {
      problems.add("$", "must be consecutive years (found " + String.join(", ", sorted.stream().map(String::valueOf)
          .toList()) + ")");
    }
    problems.throwIfAny("holiday dataset for calendar '" + id + "'");
    return b.covering(LocalDate.of(sorted.first(), 1, 1), LocalDate.of(sorted.last(), 12, 31)).build();
  }
}
