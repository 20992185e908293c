package dev.complaints.sla.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.json.internal.ObjectFields;
import dev.complaints.core.json.internal.Problems;
import dev.complaints.core.json.internal.Read;
import dev.complaints.core.json.internal.Reads;
import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.model.Grade;
import dev.complaints.sla.policy.AlertLadder;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.ClockKind;
import dev.complaints.sla.policy.Limit;
import dev.complaints.sla.policy.PauseWhile;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.SlaTarget;
import dev.complaints.sla.policy.Trigger;
import dev.complaints.sla.policy.UnknownYears;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes SLA policies as JSON with the shared field reader, collecting every problem with its JSON
 * path.
 *
 * <pre>
 * {"id": "mall-ticket", "description": "...", "unknownYears": "refuse", "alerts": {"yellow": 0.6, "red2": 1.5, "red3": 2.0},
 *  "targets": [
 *    {"name": "GRADING", "node": "GRADING", "clock": "BUSINESS_HOURS", "calendar": "mall-hours", "limit": "PT1H"},
 *    {"name": "REPLY", "start": [{"on": "RECEIVED"}], "stop": [{"on": "ENTER", "node": "AGREE"}],
 *     "pauseWhile": {"clockPaused": true, "nodes": []},
 *     "clock": "WORKING_DAYS", "calendar": "cn-national", "limit": {"workingDays": 5}},
 *    {"name": "HANDLING", "node": "HANDLING", "clock": "CONTINUOUS",
 *     "limits": {"GENERAL": "PT24H", "MAJOR": {"workingDays": 5, "clock": "WORKING_DAYS", "calendar": "cn-national"}}}
 *  ]}
 * </pre>
 */
public final class PolicyJson extends JsonFormat<SlaPolicy> {
  private static final List<String> POLICY_FIELDS = List.of("id", "description", "unknownYears", "alerts", "targets");
  private static final List<String> ALERT_FIELDS = List.of("yellow", "red2", "red3");
  /** The largest alert fraction: an alert at 1000 times the limit. */
  private static final BigDecimal MAX_FRACTION = BigDecimal.valueOf(1000);
  private static final List<String> TARGET_FIELDS =
      List.of("name", "node", "start", "stop", "pauseWhile", "clock", "calendar", "limit", "limits");
  private static final List<String> TRIGGER_FIELDS = List.of("on", "node");
  private static final List<String> PAUSE_FIELDS = List.of("clockPaused", "nodes");
  private static final List<String> LIMIT_FIELDS =
      List.of("duration", "workingDays", "untilPlanDue", "clock", "calendar");
  private static final List<String> GRADES = Reads.names(Grade.class);
  private static final Read<BigDecimal> FRACTION = Reads.decimal(BigDecimal.ZERO, MAX_FRACTION);
  private static final Read<UnknownYears> UNKNOWN_YEARS = Reads.oneOf(unknownYearsByName());
  private static final String DURATION_OR_OBJECT =
      "an ISO-8601 duration such as PT4H or an object such as {\"workingDays\": 5}";

  private final CalendarLookup calendars;
  private final Set<String> calendarIds;

  /**
   * The format for policies whose calendar ids name calendars of a lookup.
   *
   * @param calendars the calendars ids may name
   */
  public PolicyJson(CalendarLookup calendars) {
    super("SLA policy");
    this.calendars = calendars;
    this.calendarIds = new TreeSet<>(calendars.ids());
  }

  private static Map<String, UnknownYears> unknownYearsByName() {
    Map<String, UnknownYears> m = new LinkedHashMap<>();
    for (UnknownYears u : UnknownYears.values()) {
      m.put(u.jsonName(), u);
    }
    return m;
  }

  @Override
  protected SlaPolicy parse(JsonNode root, Problems problems) {
    ObjectFields o = ObjectFields.of(root, "$", problems, POLICY_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.required("id", Reads.string());
    String description = o.optional("description", Reads.string());
    UnknownYears unknownYears = o.optional("unknownYears", UNKNOWN_YEARS, UnknownYears.REFUSE);
    AlertLadder ladder = o.optional("alerts", Reads.object(ALERT_FIELDS, this::alerts), AlertLadder.DEFAULT);
    List<SlaTarget> targets = o.required("targets", Reads.nonEmptyArrayOf(this::target));
    JsonNode ts = o.node("targets");
    if (ts != null && ts.isArray()) {
      uniqueNames(ts, problems);
    }
    if (!o.ok() || !problems.isEmpty()) {
      return null;
    }
    SlaPolicy.Builder b = SlaPolicy.builder(id).description(description).alertLadder(ladder).calendars(calendars)
        .unknownYears(unknownYears);
    targets.forEach(b::target);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problems.add("$", e.getMessage());
      return null;
    }
  }

  /** Target names are unique, and a node has at most one target. */
  private static void uniqueNames(JsonNode ts, Problems problems) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> nodes = new HashMap<>();
    for (int i = 0; i < ts.size(); i++) {
      JsonNode t = ts.get(i);
      String path = "$.targets[" + i + "]";
      if (t.path("name").isTextual()) {
        Integer prev = names.putIfAbsent(t.get("name").asText(), i);
        if (prev != null) {
          problems.add(path + ".name", Wording.duplicate("target name", t.get("name").asText(),
              "$.targets[" + prev + "].name"));
        }
      }
      if (t.path("node").isTextual()) {
        Integer prev = nodes.putIfAbsent(t.get("node").asText(), i);
        if (prev != null) {
          problems.add(path + ".node", Wording.duplicate("node", t.get("node").asText(), "$.targets[" + prev
              + "].node") + ": a node has at most one target");
        }
      }
    }
  }

  private AlertLadder alerts(ObjectFields a) {
    BigDecimal yellow = a.optional("yellow", FRACTION, AlertLadder.DEFAULT.yellow());
    BigDecimal red2 = a.optional("red2", FRACTION, AlertLadder.DEFAULT.red2());
    BigDecimal red3 = a.optional("red3", FRACTION, AlertLadder.DEFAULT.red3());
    if (!a.ok()) {
      return null;
    }
    if (yellow.signum() <= 0 || yellow.compareTo(BigDecimal.ONE) > 0) {
      a.problem("yellow", Wording.mustBe("a number greater than 0 and at most 1", yellow.toPlainString()));
    }
    if (red2.compareTo(BigDecimal.ONE) <= 0) {
      a.problem("red2", Wording.mustBe("a number greater than 1, as RED_1 is at the limit", red2.toPlainString()));
    }
    if (red3.compareTo(red2) <= 0) {
      a.problem("red3", Wording.mustBe("a number greater than red2, " + red2.toPlainString(), red3.toPlainString()));
    }
    return a.ok() ? new AlertLadder(yellow, red2, red3) : null;
  }

  private SlaTarget target(JsonNode node, String path, Problems problems) {
    ObjectFields t = ObjectFields.of(node, path, problems, TARGET_FIELDS);
    if (t == null) {
      return null;
    }
    String name = t.required("name", Reads.string());
    String timedNode = t.optional("node", Reads.string());
    List<Trigger> start = List.of();
    List<Trigger> stop = List.of();
    if (t.has("node")) {
      for (String f : List.of("start", "stop")) {
        if (t.given(f)) {
          t.problem(f, "must not be given with node (a node target starts on entering its node and stops on"
              + " leaving it)");
        }
      }
    } else {
      start = triggers(t, "start");
      stop = triggers(t, "stop");
    }
    PauseWhile pauseWhile = t.optional("pauseWhile", Reads.object(PAUSE_FIELDS, p -> {
      Boolean clockPaused = p.optional("clockPaused", Reads.bool(), true);
      List<String> nodes = p.optional("nodes", Reads.arrayOf(Reads.string()), List.of());
      return p.ok() ? new PauseWhile(clockPaused, nodes) : null;
    }), PauseWhile.NEVER); // a target without pauseWhile never pauses
    ClockKind clock = t.required("clock", Reads.enumByName(ClockKind.class));
    String given = t.optional("calendar", Reads.string());
    String calendar = clock == null ? null : checkCalendar(t, clock, given);
    EnumMap<Grade, Limit> limits = new EnumMap<>(Grade.class);
    Read<Limit> limit = (v, p, pr) -> limit(v, p, pr, clock, calendar);
    if (!t.has("limit") && !t.has("limits")) {
      t.problem("limit", Wording.MISSING + " (give limit, for every grade, or limits, by grade)");
    } else {
      Limit all = t.optional("limit", limit);
      if (all != null) {
        for (Grade g : Grade.values()) {
          limits.put(g, all);
        }
      }
      ObjectFields byGrade = t.optional("limits", Reads.object(GRADES, l -> l));
      if (byGrade != null) {
        for (Grade g : Grade.values()) {
          Limit l = byGrade.optional(g.name(), limit);
          if (l != null) {
            limits.put(g, l);
          } else if (!t.has("limit") && !byGrade.has(g.name())) {
            byGrade.problem(g.name(), Wording.MISSING + " (limits must give every grade when there is no limit)");
          }
        }
        if (!byGrade.ok()) {
          t.fail();
        }
      }
    }
    if (!t.ok() || clock == null || (clock.needsCalendar() && calendar == null)) {
      return null;
    }
    SlaTarget.Builder b = SlaTarget.builder(name).pauseWhile(pauseWhile).clock(clock, calendar);
    if (timedNode != null) {
      b.node(timedNode);
    } else {
      start.forEach(b::startOn);
      stop.forEach(b::stopOn);
    }
    limits.forEach(b::limit);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(path, e.getMessage());
      return null;
    }
  }

  /** The calendar of a clock: one that needs a calendar names a known one; CONTINUOUS takes none. */
  private String checkCalendar(ObjectFields o, ClockKind clock, String calendar) {
    if (clock.needsCalendar()) {
      if (calendar == null) {
        if (!o.has("calendar")) {
          o.problem("calendar", Wording.MISSING + " (a " + clock + " clock needs a calendar: "
              + String.join(", ", calendarIds) + ")");
        }
        return null; // a calendar given but not a string is reported already
      }
      if (!calendarIds.contains(calendar)) {
        o.problem("calendar", Wording.unknown("calendar", calendar, calendarIds));
      }
      return calendar;
    }
    if (calendar != null) {
      o.problem("calendar", "must not be given (a CONTINUOUS clock takes no calendar)");
    }
    return null;
  }

  /** A limit: a duration on the target's clock, or an object with its own clock, working days or the plan's due. */
  private Limit limit(JsonNode v, String path, Problems problems, ClockKind targetClock, String targetCalendar) {
    if (v.isTextual()) {
      Duration d = Reads.positiveDuration().read(v, path, problems);
      if (d == null || targetClock == null) {
        return null;
      }
      if (targetClock == ClockKind.WORKING_DAYS) {
        problems.add(path, Wording.mustBe("an object such as {\"workingDays\": 5}, as a WORKING_DAYS clock counts"
            + " working days", v));
        return null;
      }
      if (targetClock.needsCalendar() && targetCalendar == null) {
        return null;
      }
      return Limit.ofDuration(targetClock, targetCalendar, d);
    }
    if (!v.isObject()) {
      problems.add(path, Wording.mustBe(DURATION_OR_OBJECT, v));
      return null;
    }
    int mark = problems.mark();
    ObjectFields l = ObjectFields.of(v, path, problems, LIMIT_FIELDS);
    ClockKind clock = targetClock;
    String calendar = targetCalendar;
    if (l.given("clock")) {
      clock = l.required("clock", Reads.enumByName(ClockKind.class));
      if (clock != null) {
        String own = l.optional("calendar", Reads.string());
        if (own != null || l.has("calendar")) {
          calendar = checkCalendar(l, clock, own);
        } else if (clock.needsCalendar()) {
          if (targetCalendar == null) {
            l.problem("calendar", Wording.MISSING + " (a " + clock + " clock needs a calendar: "
                + String.join(", ", calendarIds) + ")");
          }
          calendar = targetCalendar;
        } else {
          calendar = null;
        }
      }
    } else if (l.given("calendar")) {
      String own = l.optional("calendar", Reads.string());
      if (clock != null) {
        calendar = checkCalendar(l, clock, own);
      }
    }
    if (l.given("untilPlanDue")) {
      JsonNode until = l.node("untilPlanDue");
      if (!until.isBoolean() || !until.booleanValue()) {
        l.problem("untilPlanDue", Wording.mustBe("true or left out", until));
      }
      if (l.given("duration") || l.given("workingDays")) {
        problems.add(path, "must give only one of duration, workingDays and untilPlanDue (found untilPlanDue with "
            + (l.given("duration") ? "duration" : "workingDays") + ")");
      }
      if (problems.since(mark) || clock == null || (clock.needsCalendar() && calendar == null)) {
        return null;
      }
      return Limit.untilPlanDue(clock, calendar);
    }
    boolean hasDuration = l.given("duration");
    boolean hasDays = l.given("workingDays");
    Duration d = null;
    int days = 0;
    if (hasDuration == hasDays) {
      problems.add(path, "must give exactly one of duration, workingDays and untilPlanDue (found "
          + (hasDuration ? "duration and workingDays" : "none") + ")");
    } else if (hasDuration) {
      d = l.required("duration", Reads.positiveDuration());
      if (clock == ClockKind.WORKING_DAYS) {
        l.problem("duration", "must not be given (a WORKING_DAYS clock counts working days: give workingDays)");
      }
    } else {
      Integer n = l.required("workingDays", Reads.integer(1, Integer.MAX_VALUE));
      days = n == null ? 0 : n;
      if (clock != null && clock != ClockKind.WORKING_DAYS) {
        l.problem("workingDays", "must not be given (working days need a WORKING_DAYS clock; the clock is " + clock
            + ")");
      }
    }
    if (problems.since(mark) || clock == null || (clock.needsCalendar() && calendar == null)) {
      return null;
    }
    try {
      return clock == ClockKind.WORKING_DAYS ? Limit.workingDays(days, calendar) : Limit.ofDuration(clock, calendar, d);
    } catch (IllegalArgumentException e) {
      problems.add(path, e.getMessage());
      return null;
    }
  }

  /** Start or stop triggers: required, and not empty, for a target without a node. */
  private static List<Trigger> triggers(ObjectFields t, String field) {
    if (!t.has(field)) {
      t.problem(field, Wording.MISSING + " (a target without a node needs start and stop triggers)");
      return List.of();
    }
    List<Trigger> out = t.required(field, Reads.nonEmptyArrayOf(PolicyJson::trigger));
    return out == null ? List.of() : out;
  }

  private static Trigger trigger(JsonNode node, String path, Problems problems) {
    ObjectFields o = ObjectFields.of(node, path, problems, TRIGGER_FIELDS);
    if (o == null) {
      return null;
    }
    Trigger.On on = o.required("on", Reads.enumByName(Trigger.On.class));
    String timed = o.optional("node", Reads.string());
    if (on == null) {
      return null;
    }
    boolean needsNode = on == Trigger.On.ENTER || on == Trigger.On.LEAVE;
    if (needsNode && !o.has("node")) {
      o.problem("node", Wording.MISSING + " (ENTER and LEAVE triggers name their node)");
    } else if (!needsNode && o.given("node")) {
      o.problem("node", "must not be given (a " + on + " trigger takes no node)");
    }
    return o.ok() ? new Trigger(on, timed) : null;
  }

  /**
   * Writes a policy as JSON; reading it back gives an equal policy.
   *
   * @param policy the policy
   * @return the JSON tree
   */
  public static ObjectNode write(SlaPolicy policy) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("id", policy.id());
    String description = policy.description();
    if (description != null) {
      root.put("description", description);
    }
    root.put("unknownYears", policy.unknownYears().jsonName());
    ObjectNode alerts = root.putObject("alerts");
    alerts.put("yellow", policy.alertLadder().yellow());
    alerts.put("red2", policy.alertLadder().red2());
    alerts.put("red3", policy.alertLadder().red3());
    ArrayNode targets = root.putArray("targets");
    for (SlaTarget t : policy.targets()) {
      ObjectNode o = targets.addObject();
      o.put("name", t.name());
      String node = t.node();
      if (node != null) {
        o.put("node", node);
      } else {
        writeTriggers(o.putArray("start"), t.start());
        writeTriggers(o.putArray("stop"), t.stop());
      }
      if (!t.pauseWhile().equals(PauseWhile.NEVER)) {
        ObjectNode p = o.putObject("pauseWhile");
        p.put("clockPaused", t.pauseWhile().clockPaused());
        ArrayNode ns = p.putArray("nodes");
        t.pauseWhile().nodes().forEach(ns::add);
      }
      o.put("clock", t.clock().name());
      String calendar = t.calendar();
      if (calendar != null) {
        o.put("calendar", calendar);
      }
      Map<Grade, Limit> limits = t.limits();
      Limit first = limits.get(Grade.values()[0]);
      if (limits.values().stream().allMatch(first::equals)) {
        o.set("limit", writeLimit(first, t));
      } else {
        ObjectNode by = o.putObject("limits");
        limits.forEach((g, l) -> by.set(g.name(), writeLimit(l, t)));
      }
    }
    return root;
  }

  private static void writeTriggers(ArrayNode a, List<Trigger> triggers) {
    for (Trigger tr : triggers) {
      ObjectNode o = a.addObject();
      o.put("on", tr.on().name());
      String node = tr.node();
      if (node != null) {
        o.put("node", node);
      }
    }
  }

  private static JsonNode writeLimit(Limit l, SlaTarget t) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    boolean sameClock = l.clock() == t.clock() && Objects.equals(l.calendar(), t.calendar());
    Duration duration = l.duration();
    if (sameClock && duration != null) {
      return f.textNode(duration.toString());
    }
    ObjectNode o = f.objectNode();
    if (l.isUntilPlanDue()) {
      o.put("untilPlanDue", true);
    } else if (l.isWorkingDays()) {
      o.put("workingDays", Objects.requireNonNull(l.workingDays(), "workingDays").intValue());
    } else {
      o.put("duration", Objects.requireNonNull(duration, "duration").toString());
    }
    if (!sameClock) {
      o.put("clock", l.clock().name());
      String calendar = l.calendar();
      if (calendar != null) {
        o.put("calendar", calendar);
      }
    }
    return o;
  }
}
