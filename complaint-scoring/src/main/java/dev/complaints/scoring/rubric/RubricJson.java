package dev.complaints.scoring.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.AlertLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rubrics in JSON. The format (see {@code docs/scoring.md}):
 *
 * <pre>{@code
 * {"id": "mall-scorecard", "name": {"en": "...", "zh": "..."}, "maxTotal": 100,
 *  "items": [
 *    {"id": "publicity", "label": {"en": "...", "zh": "..."}, "max": 22,
 *     "rule": {"kind": "perFinding", "finding": "publicityFindings", "points": 5, "zeroAt": 4}},
 *    {"id": "answerRate", "label": {...}, "max": 2,
 *     "rule": {"kind": "tiered", "rate": "answerRate", "tiers": [{"atLeast": 0.95, "points": 2}], "otherwise": 0}},
 *    {"id": "redLights", "label": {...}, "max": 20,
 *     "rule": {"kind": "perLevel", "points": {"RED_1": 5, "RED_2": 10}, "zeroAtAny": ["RED_3"]}}],
 *  "extraDeductions": [
 *    {"kind": "perGrade", "id": "gradeDeductions", "points": {"SERIOUS": 2, "MAJOR": 5, "CRITICAL": 10}},
 *    {"kind": "itemsAtZero", "id": "rateItemsAtZero", "items": ["answerRate", "resolution24h", "satisfaction"],
 *     "tiers": [{"count": 2, "points": 2}, {"count": 3, "points": 5}]},
 *    {"kind": "perFinding", "id": "unreportedIncidents", "finding": "unreportedIncidents", "points": 5}],
 *  "assumptions": [{"en": "...", "zh": "..."}]}
 * }</pre>
 *
 * <p>Thresholds are fractions ({@code 0.95} for 95 %), read exactly as decimals.
 */
public final class RubricJson {
  private static final ObjectMapper MAPPER = Json.mapper();
  /** The largest magnitude of a decimal in a rubric (thresholds are fractions such as 0.95 or counts). */
  private static final BigDecimal MAX_DECIMAL = BigDecimal.valueOf(1_000_000_000);

  private RubricJson() {}

  /**
   * Every problem of a rubric document, each with its JSON path; empty when it is a valid rubric.
   *
   * @param root the document
   * @return the problems
   */
  public static List<Problem> problems(JsonNode root) {
    Parser p = new Parser();
    try {
      p.parse(root);
    } catch (ValidationException e) {
      p.problems.addAll(e.problems());
    }
    return List.copyOf(new java.util.LinkedHashSet<>(p.problems));
  }

  /**
   * Reads a rubric document.
   *
   * @param root the document
   * @return the rubric
   * @throws ValidationException listing every problem with its path
   */
  public static Rubric read(JsonNode root) {
    Parser p = new Parser();
    Rubric r = p.parse(root);
    if (!p.problems.isEmpty()) {
      throw new ValidationException("rubric", List.copyOf(new java.util.LinkedHashSet<>(p.problems)));
    }
    return r;
  }

  /**
   * Reads a rubric from JSON text.
   *
   * @param json the text
   * @return the rubric
   * @throws ValidationException listing every problem, or naming the syntax error
   */
  public static Rubric read(String json) {
    try {
      return read(MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json));
    } catch (JsonProcessingException e) {
      throw new ValidationException("rubric", List.of(Problem.of("$", "not valid JSON: " + e.getOriginalMessage())));
    }
  }

  /**
   * Writes a rubric as a JSON tree; {@link #read(JsonNode)} gives it back unchanged.
   *
   * @param r the rubric
   * @return the document
   */
  public static ObjectNode toJson(Rubric r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("id", r.id());
    root.set("name", text(r.name()));
    root.put("maxTotal", r.maxTotal());
    ArrayNode items = root.putArray("items");
    for (RubricItem item : r.items()) {
      ObjectNode n = items.addObject();
      n.put("id", item.id());
      n.set("label", text(item.label()));
      n.put("max", item.max());
      ObjectNode rule = n.putObject("rule");
      if (item.rule() instanceof TieredRule t) {
        rule.put("kind", "tiered");
        rule.put("rate", t.rate().code());
        ArrayNode tiers = rule.putArray("tiers");
        for (TieredRule.Tier tier : t.tiers()) {
          tiers.addObject().put("atLeast", tier.atLeast()).put("points", tier.points());
        }
        rule.put("otherwise", t.otherwise());
      } else if (item.rule() instanceof PerFindingRule pf) {
        rule.put("kind", "perFinding");
        rule.put("finding", pf.finding().code());
        rule.put("points", pf.pointsPerFinding());
        pf.zeroAt().ifPresent(z -> rule.put("zeroAt", z));
      } else if (item.rule() instanceof PerLevelRule pl) {
        rule.put("kind", "perLevel");
        ObjectNode pts = rule.putObject("points");
        pl.pointsPerLevel().forEach((l, v) -> pts.put(l.name(), v));
        ArrayNode z = rule.putArray("zeroAtAny");
        pl.zeroAtAny().forEach(l -> z.add(l.name()));
      }
    }
    ArrayNode extras = root.putArray("extraDeductions");
    for (ExtraRule e : r.extraDeductions()) {
      ObjectNode n = extras.addObject();
      if (e instanceof PerGradeDeduction g) {
        n.put("kind", "perGrade");
        n.put("id", g.id());
        ObjectNode pts = n.putObject("points");
        g.pointsPerGrade().forEach((k, v) -> pts.put(k.name(), v));
      } else if (e instanceof ItemsAtZeroDeduction z) {
        n.put("kind", "itemsAtZero");
        n.put("id", z.id());
        ArrayNode it = n.putArray("items");
        z.items().forEach(it::add);
        ArrayNode tiers = n.putArray("tiers");
        z.tiers().forEach(t -> tiers.addObject().put("count", t.count()).put("points", t.points()));
      } else if (e instanceof PerFindingDeduction pf) {
        n.put("kind", "perFinding");
        n.put("id", pf.id());
        n.put("finding", pf.finding().code());
        n.put("points", pf.pointsPerFinding());
      }
    }
    ArrayNode as = root.putArray("assumptions");
    r.assumptions().forEach(a -> as.add(text(a)));
    return root;
  }

  private static ObjectNode text(Text t) {
    return JsonNodeFactory.instance.objectNode().put("en", t.en()).put("zh", t.zh());
  }

  /** Collects problems while reading; builds the rubric when the structure allows. */
  private static final class Parser {
    final List<Problem> problems = new ArrayList<>();

    Rubric parse(JsonNode root) {
      if (root == null || !root.isObject()) {
        problems.add(Problem.of("$", "a rubric is a JSON object"));
        return null;
      }
      only(root, "$", Set.of("id", "name", "maxTotal", "items", "extraDeductions", "assumptions"));
      String id = string(root, "id", "$", true);
      Text name = root.has("name") ? text(root.get("name"), "$.name") : Text.of(id == null ? "" : id, id == null ? "" : id);
      Integer maxTotal = integer(root, "maxTotal", "$", true);
      List<RubricItem> items = new ArrayList<>();
      JsonNode itemsNode = array(root, "items", "$", true);
      boolean complete = true;
      if (itemsNode != null) {
        for (int i = 0; i < itemsNode.size(); i++) {
          RubricItem item = item(itemsNode.get(i), "$.items[" + i + "]");
          if (item == null) {
            complete = false;
          } else {
            items.add(item);
          }
        }
      }
      List<ExtraRule> extras = new ArrayList<>();
      JsonNode extrasNode = array(root, "extraDeductions", "$", false);
      if (extrasNode != null) {
        for (int i = 0; i < extrasNode.size(); i++) {
          ExtraRule e = extra(extrasNode.get(i), "$.extraDeductions[" + i + "]");
          if (e == null) {
            complete = false;
          } else {
            extras.add(e);
          }
        }
      }
      List<Text> assumptions = new ArrayList<>();
      JsonNode asNode = array(root, "assumptions", "$", false);
      if (asNode != null) {
        for (int i = 0; i < asNode.size(); i++) {
          Text t = text(asNode.get(i), "$.assumptions[" + i + "]");
          if (t != null) {
            assumptions.add(t);
          }
        }
      }
      if (!complete || itemsNode == null) {
        return null;
      }
      if (id == null || maxTotal == null) {
        int total = maxTotal != null ? maxTotal : items.stream().mapToInt(RubricItem::max).sum();
        Rubric.problems(id, name, total, items, extras).stream()
            .filter(pr -> !pr.path().equals("$.id"))
            .forEach(problems::add);
        return null;
      }
      try {
        return new Rubric(id, name, maxTotal, items, extras, assumptions);
      } catch (ValidationException e) {
        problems.addAll(e.problems());
        return null;
      }
    }

    RubricItem item(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        problems.add(Problem.of(path, "an item is a JSON object"));
        return null;
      }
      only(n, path, Set.of("id", "label", "max", "rule"));
      String id = string(n, "id", path, true);
      Text label = n.has("label") ? text(n.get("label"), path + ".label") : null;
      if (!n.has("label")) {
        problems.add(Problem.of(path + ".label", "label {\"en\", \"zh\"} is required"));
      }
      Integer max = integer(n, "max", path, true);
      if (max != null && max < 0) {
        problems.add(Problem.of(path + ".max", "max must not be negative, was " + max));
      }
      ItemRule rule = null;
      JsonNode r = n.get("rule");
      String rp = path + ".rule";
      if (r == null || !r.isObject()) {
        problems.add(Problem.of(rp, "rule is required: an object with kind tiered, perFinding or perLevel"));
      } else {
        String kind = string(r, "kind", rp, true);
        if (kind != null) {
          switch (kind) {
            case "tiered" -> rule = tiered(r, rp);
            case "perFinding" -> rule = perFinding(r, rp);
            case "perLevel" -> rule = perLevel(r, rp);
            default -> problems.add(Problem.of(rp + ".kind", "unknown kind '" + kind + "'; allowed: tiered, perFinding, perLevel"));
          }
        }
      }
      if (id == null || label == null || max == null || rule == null) {
        return null;
      }
      return new RubricItem(id, label, max, rule);
    }

    TieredRule tiered(JsonNode r, String path) {
      only(r, path, Set.of("kind", "rate", "tiers", "otherwise"));
      String rate = string(r, "rate", path, true);
      RateMetric metric = null;
      if (rate != null) {
        metric = RateMetric.ofCode(rate).orElse(null);
        if (metric == null) {
          problems.add(Problem.of(path + ".rate", "unknown rate '" + rate + "'; allowed: answerRate, resolution24h, satisfaction"));
        }
      }
      Integer otherwise = r.has("otherwise") ? integer(r, "otherwise", path, false) : Integer.valueOf(0);
      JsonNode tiersNode = array(r, "tiers", path, true);
      List<TieredRule.Tier> tiers = new ArrayList<>();
      boolean ok = tiersNode != null;
      if (tiersNode != null) {
        for (int i = 0; i < tiersNode.size(); i++) {
          JsonNode t = tiersNode.get(i);
          String tp = path + ".tiers[" + i + "]";
          if (!t.isObject()) {
            problems.add(Problem.of(tp, "a tier is an object {\"atLeast\", \"points\"}"));
            ok = false;
            continue;
          }
          only(t, tp, Set.of("atLeast", "points"));
          BigDecimal atLeast = decimal(t, "atLeast", tp);
          Integer points = integer(t, "points", tp, true);
          if (atLeast == null || points == null) {
            ok = false;
          } else {
            tiers.add(new TieredRule.Tier(atLeast, points));
          }
        }
      }
      if (metric == null || otherwise == null || !ok) {
        return null;
      }
      return new TieredRule(metric, tiers, otherwise);
    }

    PerFindingRule perFinding(JsonNode r, String path) {
      only(r, path, Set.of("kind", "finding", "points", "zeroAt"));
      Finding finding = finding(r, path);
      Integer points = integer(r, "points", path, true);
      Integer zeroAt = r.has("zeroAt") ? integer(r, "zeroAt", path, true) : null;
      if (finding == null || points == null || (r.has("zeroAt") && zeroAt == null)) {
        return null;
      }
      return new PerFindingRule(finding, points, Optional.ofNullable(zeroAt));
    }

    PerLevelRule perLevel(JsonNode r, String path) {
      only(r, path, Set.of("kind", "points", "zeroAtAny"));
      Map<AlertLevel, Integer> points = new EnumMap<>(AlertLevel.class);
      boolean ok = true;
      JsonNode pts = r.get("points");
      if (pts != null) {
        if (!pts.isObject()) {
          problems.add(Problem.of(path + ".points", "points is an object of level → points"));
          ok = false;
        } else {
          for (Iterator<Map.Entry<String, JsonNode>> it = pts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            AlertLevel l = level(e.getKey(), path + ".points." + e.getKey());
            Integer v = integer(pts, e.getKey(), path + ".points", true);
            if (l == null || v == null) {
              ok = false;
            } else {
              points.put(l, v);
            }
          }
        }
      }
      Set<AlertLevel> zero = EnumSet.noneOf(AlertLevel.class);
      JsonNode z = array(r, "zeroAtAny", path, false);
      if (z != null) {
        for (int i = 0; i < z.size(); i++) {
          AlertLevel l = z.get(i).isTextual() ? level(z.get(i).asText(), path + ".zeroAtAny[" + i + "]") : null;
          if (!z.get(i).isTextual()) {
            problems.add(Problem.of(path + ".zeroAtAny[" + i + "]", "a level name is text"));
          }
          if (l == null) {
            ok = false;
          } else {
            zero.add(l);
          }
        }
      }
      return ok ? new PerLevelRule(points, zero) : null;
    }

    ExtraRule extra(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        problems.add(Problem.of(path, "an extra deduction is a JSON object"));
        return null;
      }
      String kind = string(n, "kind", path, true);
      String id = string(n, "id", path, true);
      if (kind == null) {
        return null;
      }
      switch (kind) {
        case "perGrade" -> {
          only(n, path, Set.of("kind", "id", "points"));
          Map<Grade, Integer> points = new EnumMap<>(Grade.class);
          JsonNode pts = n.get("points");
          boolean ok = true;
          if (pts == null || !pts.isObject()) {
            problems.add(Problem.of(path + ".points", "points is required: an object of grade → points"));
            return null;
          }
          for (Iterator<Map.Entry<String, JsonNode>> it = pts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Grade g = null;
            try {
              g = Grade.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
              problems.add(Problem.of(path + ".points." + e.getKey(),
                  "unknown grade; allowed: GENERAL, SERIOUS, MAJOR, CRITICAL"));
            }
            Integer v = integer(pts, e.getKey(), path + ".points", true);
            if (g == null || v == null) {
              ok = false;
            } else {
              points.put(g, v);
            }
          }
          return ok && id != null ? new PerGradeDeduction(id, points) : null;
        }
        case "perFinding" -> {
          only(n, path, Set.of("kind", "id", "finding", "points"));
          Finding f = finding(n, path);
          Integer points = integer(n, "points", path, true);
          return f != null && points != null && id != null ? new PerFindingDeduction(id, f, points) : null;
        }
        case "itemsAtZero" -> {
          only(n, path, Set.of("kind", "id", "items", "tiers"));
          List<String> items = new ArrayList<>();
          boolean ok = true;
          JsonNode it = array(n, "items", path, true);
          if (it == null) {
            ok = false;
          } else {
            for (int i = 0; i < it.size(); i++) {
              if (!it.get(i).isTextual()) {
                problems.add(Problem.of(path + ".items[" + i + "]", "an item id is text"));
                ok = false;
              } else {
                items.add(it.get(i).asText());
              }
            }
          }
          List<ItemsAtZeroDeduction.Tier> tiers = new ArrayList<>();
          JsonNode tn = array(n, "tiers", path, true);
          if (tn == null) {
            ok = false;
          } else {
            for (int i = 0; i < tn.size(); i++) {
              String tp = path + ".tiers[" + i + "]";
              if (!tn.get(i).isObject()) {
                problems.add(Problem.of(tp, "a tier is an object {\"count\", \"points\"}"));
                ok = false;
                continue;
              }
              only(tn.get(i), tp, Set.of("count", "points"));
              Integer c = integer(tn.get(i), "count", tp, true);
              Integer p = integer(tn.get(i), "points", tp, true);
              if (c == null || p == null) {
                ok = false;
              } else {
                tiers.add(new ItemsAtZeroDeduction.Tier(c, p));
              }
            }
          }
          return ok && id != null ? new ItemsAtZeroDeduction(id, items, tiers) : null;
        }
        default -> {
          problems.add(Problem.of(path + ".kind", "unknown kind '" + kind + "'; allowed: perGrade, perFinding, itemsAtZero"));
          return null;
        }
      }
    }

    Finding finding(JsonNode n, String path) {
      String code = string(n, "finding", path, true);
      if (code == null) {
        return null;
      }
      Optional<Finding> f = Finding.ofCode(code);
      if (f.isEmpty()) {
        problems.add(Problem.of(path + ".finding", "unknown finding '" + code
            + "'; allowed: publicityFindings, onSiteFindings, concealedFindings, unreportedIncidents"));
      }
      return f.orElse(null);
    }

    AlertLevel level(String name, String path) {
      try {
        return AlertLevel.valueOf(name);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of(path, "unknown alert level '" + name + "'; allowed: RED_1, RED_2, RED_3"));
        return null;
      }
    }

    Text text(JsonNode n, String path) {
      if (n == null || !n.isObject()) {
        problems.add(Problem.of(path, "a text is an object {\"en\": ..., \"zh\": ...}"));
        return null;
      }
      only(n, path, Set.of("en", "zh"));
      String en = string(n, "en", path, true);
      String zh = string(n, "zh", path, true);
      return en == null || zh == null ? null : Text.of(en, zh);
    }

    void only(JsonNode n, String path, Set<String> allowed) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!allowed.contains(f)) {
          problems.add(Problem.of(path + "." + f, "unknown field; allowed: " + new java.util.TreeSet<>(allowed)));
        }
      }
    }

    String string(JsonNode n, String field, String path, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problems.add(Problem.of(path + "." + field, field + " is required"));
        }
        return null;
      }
      if (!v.isTextual() || v.asText().isBlank()) {
        problems.add(Problem.of(path + "." + field, field + " must be non-blank text"));
        return null;
      }
      return v.asText();
    }

    Integer integer(JsonNode n, String field, String path, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problems.add(Problem.of(path + "." + field, field + " is required"));
        }
        return null;
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        problems.add(Problem.of(path + "." + field, field + " must be a whole number, was " + v));
        return null;
      }
      return v.intValue();
    }

    BigDecimal decimal(JsonNode n, String field, String path) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        problems.add(Problem.of(path + "." + field, field + " is required"));
        return null;
      }
      if (v.isNumber()) {
        if (v.isFloatingPointNumber() && !v.isBigDecimal() && !Double.isFinite(v.doubleValue())) {
          // 1e400 is read as an infinite double
          problems.add(Problem.of(path + "." + field, field + ": number out of range: must be from -"
              + MAX_DECIMAL.toPlainString() + " to " + MAX_DECIMAL.toPlainString() + ", such as 0.95"));
          return null;
        }
        return inRange(
            v.isFloatingPointNumber() && !v.isBigDecimal() ? new BigDecimal(v.asText()) : v.decimalValue(),
            field, path);
      }
      if (v.isTextual()) {
        try {
          return inRange(new BigDecimal(v.asText()), field, path);
        } catch (NumberFormatException e) {
          // fall through
        }
      }
      problems.add(Problem.of(path + "." + field, field + " must be a fraction such as 0.95, was " + v));
      return null;
    }

    /** A decimal within ±{@link #MAX_DECIMAL}, or null with a problem (1e999999999 would not fit in memory). */
    BigDecimal inRange(BigDecimal d, String field, String path) {
      if (d.abs().compareTo(MAX_DECIMAL) > 0) {
        problems.add(Problem.of(path + "." + field, field + ": number out of range: must be from -"
            + MAX_DECIMAL.toPlainString() + " to " + MAX_DECIMAL.toPlainString() + ", such as 0.95"));
        return null;
      }
      return d;
    }

    JsonNode array(JsonNode n, String field, String path, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problems.add(Problem.of(path + "." + field, field + " is required"));
        }
        return null;
      }
      if (!v.isArray()) {
        problems.add(Problem.of(path + "." + field, field + " must be an array"));
        return null;
      }
      return v;
    }
  }
}
