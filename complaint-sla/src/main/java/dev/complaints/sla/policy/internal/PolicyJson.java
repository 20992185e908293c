package dev.complaints.sla.policy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and writes SLA policies as JSON, collecting every problem with its JSON path.
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
public final class PolicyJson {
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

  private final CalendarLookup calendars;
  private final Set<String> calendarIds;
  private final List<Problem> problems = new ArrayList<>();

  private PolicyJson(CalendarLookup calendars) {
    this.calendars = calendars;
    this.calendarIds = new TreeSet<>(calendars.ids());
  }

  /**
   * Every problem of a policy document.
   *
   * @param root the document
   * @param calendars the calendars ids may name
   * @return the problems, empty when valid
   */
  public static List<Problem> validate(JsonNode root, CalendarLookup calendars) {
    PolicyJson p = new PolicyJson(calendars);
    p.parse(root);
    return List.copyOf(p.problems);
  }

  /**
   * Reads a policy document.
   *
   * @param root the document
   * @param calendars the calendars ids may name
   * @return the policy, or the problems
   */
  public static Result read(JsonNode root, CalendarLookup calendars) {
    PolicyJson p = new PolicyJson(calendars);
    SlaPolicy policy = p.parse(root);
    return new Result(p.problems.isEmpty() ? policy : null, List.copyOf(p.problems));
  }

  /**
   * Outcome of {@link #read}.
   *
   * @param policy the policy when valid, else null
   * @param problems the problems, empty when valid
   */
  public record Result(SlaPolicy policy, List<Problem> problems) {}

  private void problem(String path, String message) {
    problems.add(Problem.of(path, message));
  }

  private SlaPolicy parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      problem("$", "an SLA policy is a JSON object with id and targets");
      return null;
    }
    checkFields(root, "$", POLICY_FIELDS);
    String id = requiredText(root, "$", "id");
    String description = optionalText(root, "$", "description");
    UnknownYears unknownYears = unknownYears(root.get("unknownYears"), "$.unknownYears");
    AlertLadder ladder = alerts(root.get("alerts"), "$.alerts");
    List<SlaTarget> targets = new ArrayList<>();
    JsonNode ts = root.get("targets");
    if (ts == null || ts.isNull()) {
      problem("$.targets", "missing: a policy needs at least one target");
    } else if (!ts.isArray()) {
      problem("$.targets", "must be an array of targets");
    } else if (ts.isEmpty()) {
      problem("$.targets", "a policy needs at least one target");
    } else {
      Map<String, Integer> names = new HashMap<>();
      Map<String, Integer> nodes = new HashMap<>();
      for (int i = 0; i < ts.size(); i++) {
        String path = "$.targets[" + i + "]";
        JsonNode t = ts.get(i);
        SlaTarget target = target(t, path);
        if (t.isObject() && t.path("name").isTextual()) {
          Integer prev = names.putIfAbsent(t.get("name").asText(), i);
          if (prev != null) {
            problem(path + ".name", "duplicate target name '" + t.get("name").asText()
                + "' (also $.targets[" + prev + "])");
          }
        }
        if (t.isObject() && t.path("node").isTextual()) {
          Integer prev = nodes.putIfAbsent(t.get("node").asText(), i);
          if (prev != null) {
            problem(path + ".node", "node '" + t.get("node").asText() + "' is already timed by $.targets["
                + prev + "]; a node has at most one target");
          }
        }
        if (target != null) {
          targets.add(target);
        }
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    SlaPolicy.Builder b = SlaPolicy.builder(id).description(description).alertLadder(ladder).calendars(calendars)
        .unknownYears(unknownYears);
    targets.forEach(b::target);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      problem("$", e.getMessage());
      return null;
    }
  }

  private UnknownYears unknownYears(JsonNode n, String path) {
    if (n == null || n.isNull()) {
      return UnknownYears.REFUSE;
    }
    Optional<UnknownYears> choice = n.isTextual() ? UnknownYears.parse(n.asText()) : Optional.empty();
    if (choice.isEmpty()) {
      problem(path, "must be one of " + UnknownYears.allowed() + " (what to do with dates beyond the years of a"
          + " holiday-dataset calendar), was " + n);
    }
    return choice.orElse(UnknownYears.REFUSE);
  }

  private AlertLadder alerts(JsonNode n, String path) {
    if (n == null || n.isNull()) {
      return AlertLadder.DEFAULT;
    }
    if (!n.isObject()) {
      problem(path, "must be an object with yellow, red2 and red3 fractions of the limit");
      return AlertLadder.DEFAULT;
    }
    checkFields(n, path, ALERT_FIELDS);
    BigDecimal yellow = fraction(n, path, "yellow", AlertLadder.DEFAULT.yellow());
    BigDecimal red2 = fraction(n, path, "red2", AlertLadder.DEFAULT.red2());
    BigDecimal red3 = fraction(n, path, "red3", AlertLadder.DEFAULT.red3());
    if (yellow == null || red2 == null || red3 == null) {
      return AlertLadder.DEFAULT;
    }
    boolean ok = true;
    if (yellow.signum() <= 0 || yellow.compareTo(BigDecimal.ONE) > 0) {
      problem(path + ".yellow", "must be greater than 0 and at most 1, was " + yellow.toPlainString());
      ok = false;
    }
    if (red2.compareTo(BigDecimal.ONE) <= 0) {
      problem(path + ".red2", "must be greater than 1 (RED_1 is at the limit), was " + red2.toPlainString());
      ok = false;
    }
    if (red3.compareTo(red2) <= 0) {
      problem(path + ".red3", "must be greater than red2 (" + red2.toPlainString() + "), was "
          + red3.toPlainString());
      ok = false;
    }
    return ok ? new AlertLadder(yellow, red2, red3) : AlertLadder.DEFAULT;
  }

  private BigDecimal fraction(JsonNode n, String path, String field, BigDecimal dflt) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return dflt;
    }
    if (!v.isNumber()) {
      problem(path + "." + field, "must be a number (a fraction of the limit), was " + v);
      return null;
    }
    // 1e400 is read as an infinite double, which has no decimal value
    if ((v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue()))
        || v.decimalValue().abs().compareTo(MAX_FRACTION) > 0) {
      problem(path + "." + field, "number out of range: must be a fraction of the limit from 0 to "
          + MAX_FRACTION.toPlainString() + " (for example 1.5), was " + (v.isFloatingPointNumber()
              && !Double.isFinite(v.doubleValue()) ? "too large to represent" : shortNumber(v)));
      return null;
    }
    return v.decimalValue();
  }

  /** A number as shown in a problem: a very long one is cut. */
  private static String shortNumber(JsonNode v) {
    String text = v.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " digits)";
  }

  private SlaTarget target(JsonNode t, String path) {
    if (!t.isObject()) {
      problem(path, "a target is a JSON object with name, clock and limit");
      return null;
    }
    int before = problems.size();
    checkFields(t, path, TARGET_FIELDS);
    String name = requiredText(t, path, "name");
    String node = optionalText(t, path, "node");
    List<Trigger> start = List.of();
    List<Trigger> stop = List.of();
    if (node != null) {
      for (String f : List.of("start", "stop")) {
        if (t.has(f)) {
          problem(path + "." + f, "a node target starts on entering its node and stops on leaving it;"
              + " give either node or start and stop");
        }
      }
    } else {
      start = triggers(t.get("start"), path + ".start");
      stop = triggers(t.get("stop"), path + ".stop");
    }
    PauseWhile pauseWhile = pauseWhile(t.get("pauseWhile"), path + ".pauseWhile");
    ClockKind clock = clock(t.get("clock"), path + ".clock", true);
    String calendar = optionalText(t, path, "calendar");
    if (clock != null) {
      calendar = checkCalendar(clock, calendar, t.hasNonNull("calendar"), path + ".calendar");
    }
    EnumMap<Grade, Limit> limits = new EnumMap<>(Grade.class);
    JsonNode all = t.get("limit");
    JsonNode byGrade = t.get("limits");
    if ((all == null || all.isNull()) && (byGrade == null || byGrade.isNull())) {
      problem(path + ".limit", "missing: give limit (every grade) or limits (by grade)");
    } else {
      if (all != null && !all.isNull()) {
        Limit l = limit(all, path + ".limit", clock, calendar);
        if (l != null) {
          for (Grade g : Grade.values()) {
            limits.put(g, l);
          }
        }
      }
      if (byGrade != null && !byGrade.isNull()) {
        if (!byGrade.isObject()) {
          problem(path + ".limits", "must be an object keyed by grade (" + grades() + ")");
        } else {
          Iterator<Map.Entry<String, JsonNode>> it = byGrade.fields();
          while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String lp = path + ".limits." + e.getKey();
            Grade g = grade(e.getKey());
            if (g == null) {
              problem(lp, "unknown grade '" + e.getKey() + "'; allowed: " + grades());
              continue;
            }
            Limit l = limit(e.getValue(), lp, clock, calendar);
            if (l != null) {
              limits.put(g, l);
            }
          }
          if (all == null || all.isNull()) {
            for (Grade g : Grade.values()) {
              if (!byGrade.has(g.name())) {
                problem(path + ".limits." + g.name(), "missing limit for grade " + g.name());
              }
            }
          }
        }
      }
    }
    if (problems.size() > before || name == null || clock == null) {
      return null;
    }
    SlaTarget.Builder b = SlaTarget.builder(name).pauseWhile(pauseWhile).clock(clock, calendar);
    if (node != null) {
      b.node(node);
    } else {
      start.forEach(b::startOn);
      stop.forEach(b::stopOn);
    }
    limits.forEach(b::limit);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private String checkCalendar(ClockKind clock, String calendar, boolean given, String path) {
    if (clock.needsCalendar()) {
      if (calendar == null) {
        if (!given) {
          problem(path, "missing: a " + clock + " clock needs a calendar id; known: " + calendarIds);
        }
        return null;
      }
      if (!calendarIds.contains(calendar)) {
        problem(path, "unknown calendar id '" + calendar + "'; known: " + calendarIds);
      }
      return calendar;
    }
    if (calendar != null) {
      problem(path, "a CONTINUOUS clock takes no calendar");
    }
    return null;
  }

  private Limit limit(JsonNode v, String path, ClockKind targetClock, String targetCalendar) {
    if (v.isTextual()) {
      Duration d = duration(v, path);
      if (d == null || targetClock == null) {
        return null;
      }
      if (targetClock == ClockKind.WORKING_DAYS) {
        problem(path, "a WORKING_DAYS clock counts working days: write {\"workingDays\": n}, not a duration");
        return null;
      }
      if (targetClock.needsCalendar() && targetCalendar == null) {
        return null;
      }
      return Limit.ofDuration(targetClock, targetCalendar, d);
    }
    if (!v.isObject()) {
      problem(path, "a limit is an ISO-8601 duration such as \"PT4H\" or an object such as {\"workingDays\": 5}");
      return null;
    }
    int before = problems.size();
    checkFields(v, path, LIMIT_FIELDS);
    ClockKind clock = targetClock;
    String calendar = targetCalendar;
    if (v.has("clock")) {
      clock = clock(v.get("clock"), path + ".clock", true);
      if (clock != null) {
        String own = optionalText(v, path, "calendar");
        if (own != null || v.hasNonNull("calendar")) {
          calendar = checkCalendar(clock, own, true, path + ".calendar");
        } else if (clock.needsCalendar()) {
          if (targetCalendar == null) {
            problem(path + ".calendar", "missing: a " + clock + " clock needs a calendar id; known: "
                + calendarIds);
          }
          calendar = targetCalendar;
        } else {
          calendar = null;
        }
      }
    } else if (v.has("calendar")) {
      String own = optionalText(v, path, "calendar");
      if (clock != null) {
        calendar = checkCalendar(clock, own, v.hasNonNull("calendar"), path + ".calendar");
      }
    }
    if (v.has("untilPlanDue")) {
      if (!v.get("untilPlanDue").isBoolean() || !v.get("untilPlanDue").booleanValue()) {
        problem(path + ".untilPlanDue", "must be true (or left out), was " + v.get("untilPlanDue"));
      }
      if (v.has("duration") || v.has("workingDays")) {
        problem(path, "a limit until the plan's due instant takes no duration or workingDays");
      }
      if (problems.size() > before || clock == null || (clock.needsCalendar() && calendar == null)) {
        return null;
      }
      return Limit.untilPlanDue(clock, calendar);
    }
    boolean hasDuration = v.has("duration");
    boolean hasDays = v.has("workingDays");
    Duration d = null;
    int days = 0;
    if (hasDuration == hasDays) {
      problem(path, "give exactly one of duration, workingDays and untilPlanDue");
    } else if (hasDuration) {
      d = duration(v.get("duration"), path + ".duration");
      if (clock == ClockKind.WORKING_DAYS) {
        problem(path + ".duration", "a WORKING_DAYS clock counts working days: use workingDays");
      }
    } else {
      JsonNode n = v.get("workingDays");
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        problem(path + ".workingDays", "must be a whole number of working days, was " + n);
      } else if (n.intValue() < 1) {
        problem(path + ".workingDays", "must be at least 1, was " + n.intValue());
      } else {
        days = n.intValue();
      }
      if (clock != null && clock != ClockKind.WORKING_DAYS) {
        problem(path + ".workingDays", "working days need a WORKING_DAYS clock, the clock is " + clock);
      }
    }
    if (problems.size() > before || clock == null || (clock.needsCalendar() && calendar == null)) {
      return null;
    }
    try {
      return clock == ClockKind.WORKING_DAYS ? Limit.workingDays(days, calendar) : Limit.ofDuration(clock, calendar, d);
    } catch (IllegalArgumentException e) {
      problem(path, e.getMessage());
      return null;
    }
  }

  private Duration duration(JsonNode v, String path) {
    if (v == null || !v.isTextual()) {
      problem(path, "must be an ISO-8601 duration such as \"PT4H\", was " + v);
      return null;
    }
    Duration d;
    try {
      d = Duration.parse(v.asText());
    } catch (DateTimeParseException e) {
      problem(path, "not an ISO-8601 duration: '" + v.asText() + "' (write for example \"PT4H\" or \"P2D\")");
      return null;
    }
    if (d.isNegative() || d.isZero()) {
      problem(path, "a limit must be a positive duration, was " + v.asText());
      return null;
    }
    return d;
  }

  private ClockKind clock(JsonNode v, String path, boolean required) {
    if (v == null || v.isNull()) {
      if (required) {
        problem(path, "missing: one of " + Arrays.toString(ClockKind.values()));
      }
      return null;
    }
    if (!v.isTextual()) {
      problem(path, "must be one of " + Arrays.toString(ClockKind.values()) + ", was " + v);
      return null;
    }
    try {
      return ClockKind.valueOf(v.asText());
    } catch (IllegalArgumentException e) {
      problem(path, "unknown clock '" + v.asText() + "'; allowed: " + Arrays.toString(ClockKind.values()));
      return null;
    }
  }

  private List<Trigger> triggers(JsonNode v, String path) {
    if (v == null || v.isNull()) {
      problem(path, "missing: a target without a node needs start and stop triggers");
      return List.of();
    }
    if (!v.isArray() || v.isEmpty()) {
      problem(path, "must be a non-empty array of triggers such as {\"on\": \"ENTER\", \"node\": \"X\"}");
      return List.of();
    }
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode t = v.get(i);
      if (!t.isObject()) {
        problem(p, "a trigger is an object such as {\"on\": \"ENTER\", \"node\": \"X\"} or {\"on\": \"RECEIVED\"}");
        continue;
      }
      checkFields(t, p, TRIGGER_FIELDS);
      JsonNode on = t.get("on");
      Trigger.On kind = null;
      if (on == null || !on.isTextual()) {
        problem(p + ".on", "missing: one of " + Arrays.toString(Trigger.On.values()));
      } else {
        try {
          kind = Trigger.On.valueOf(on.asText());
        } catch (IllegalArgumentException e) {
          problem(p + ".on", "unknown trigger '" + on.asText() + "'; allowed: "
              + Arrays.toString(Trigger.On.values()));
        }
      }
      String node = optionalText(t, p, "node");
      if (kind == null) {
        continue;
      }
      boolean needsNode = kind == Trigger.On.ENTER || kind == Trigger.On.LEAVE;
      if (needsNode && node == null && !t.has("node")) {
        problem(p + ".node", "missing: a " + kind + " trigger names its node");
      } else if (!needsNode && t.has("node")) {
        problem(p + ".node", "a " + kind + " trigger takes no node");
      } else if (!needsNode || node != null) {
        out.add(new Trigger(kind, Optional.ofNullable(node)));
      }
    }
    return out;
  }

  private PauseWhile pauseWhile(JsonNode v, String path) {
    if (v == null || v.isNull()) {
      return PauseWhile.NEVER; // a target without pauseWhile never pauses
    }
    if (!v.isObject()) {
      problem(path, "must be an object such as {\"clockPaused\": true, \"nodes\": [\"X\"]}");
      return PauseWhile.NEVER;
    }
    checkFields(v, path, PAUSE_FIELDS);
    boolean clockPaused = true;
    JsonNode cp = v.get("clockPaused");
    if (cp != null && !cp.isNull()) {
      if (!cp.isBoolean()) {
        problem(path + ".clockPaused", "must be true or false, was " + cp);
      } else {
        clockPaused = cp.booleanValue();
      }
    }
    List<String> nodes = new ArrayList<>();
    JsonNode ns = v.get("nodes");
    if (ns != null && !ns.isNull()) {
      if (!ns.isArray()) {
        problem(path + ".nodes", "must be an array of node names");
      } else {
        for (int i = 0; i < ns.size(); i++) {
          JsonNode n = ns.get(i);
          if (!n.isTextual() || n.asText().isBlank()) {
            problem(path + ".nodes[" + i + "]", "must be a node name");
          } else {
            nodes.add(n.asText());
          }
        }
      }
    }
    return new PauseWhile(clockPaused, nodes);
  }

  private void checkFields(JsonNode obj, String path, List<String> allowed) {
    Iterator<String> names = obj.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!allowed.contains(f)) {
        problem(path + "." + f, "unknown field '" + f + "'; allowed: " + String.join(", ", allowed));
      }
    }
  }

  private String requiredText(JsonNode obj, String path, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      problem(path + "." + field, "missing");
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problem(path + "." + field, "must be a non-blank string, was " + v);
      return null;
    }
    return v.asText();
  }

  private String optionalText(JsonNode obj, String path, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      problem(path + "." + field, "must be a non-blank string, was " + v);
      return null;
    }
    return v.asText();
  }

  private static Grade grade(String key) {
    try {
      return Grade.valueOf(key);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String grades() {
    return Arrays.toString(Grade.values());
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
    policy.description().ifPresent(d -> root.put("description", d));
    root.put("unknownYears", policy.unknownYears().jsonName());
    ObjectNode alerts = root.putObject("alerts");
    alerts.put("yellow", policy.alertLadder().yellow());
    alerts.put("red2", policy.alertLadder().red2());
    alerts.put("red3", policy.alertLadder().red3());
    ArrayNode targets = root.putArray("targets");
    for (SlaTarget t : policy.targets()) {
      ObjectNode o = targets.addObject();
      o.put("name", t.name());
      if (t.node().isPresent()) {
        o.put("node", t.node().get());
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
      t.calendar().ifPresent(c -> o.put("calendar", c));
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
      tr.node().ifPresent(n -> o.put("node", n));
    }
  }

  private static JsonNode writeLimit(Limit l, SlaTarget t) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    boolean sameClock = l.clock() == t.clock() && l.calendar().equals(t.calendar());
    if (sameClock && l.duration().isPresent()) {
      return f.textNode(l.duration().get().toString());
    }
    ObjectNode o = f.objectNode();
    if (l.isUntilPlanDue()) {
      o.put("untilPlanDue", true);
    } else if (l.isWorkingDays()) {
      o.put("workingDays", l.workingDays().getAsInt());
    } else {
      o.put("duration", l.duration().orElseThrow().toString());
    }
    if (!sameClock) {
      o.put("clock", l.clock().name());
      l.calendar().ifPresent(c -> o.put("calendar", c));
    }
    return o;
  }
}
