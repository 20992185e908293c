package dev.complaints.scoring.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.json.internal.JsonFormat;
import dev.complaints.core.json.internal.ObjectFields;
import dev.complaints.core.json.internal.Problems;
import dev.complaints.core.json.internal.Read;
import dev.complaints.core.json.internal.Reads;
import dev.complaints.core.model.Grade;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.sla.AlertLevel;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The JSON form of rubrics (docs/scoring.md), read with the shared field reader; the rubric's own checks (sums,
 * ranges, references between items and deductions) run once the structure is sound. Thresholds are fractions
 * ({@code 0.95} for 95 %), read exactly as decimals. Every item names its
 * management dimension ({@code CHANNEL}, {@code PROCESS} or {@code BUSINESS}: the mall rules give every item
 * one and name no default); {@code strongControl} (强管控) is optional, {@code false} when absent.
 *
 * <pre>{@code
 * {"id": "mall-scorecard", "name": {"en": "...", "zh": "..."}, "maxTotal": 100,
 *  "items": [
 *    {"id": "publicity", "label": {"en": "...", "zh": "..."}, "dimension": "CHANNEL", "strongControl": true,
 *     "max": 22,
 *     "rule": {"kind": "perFinding", "finding": "publicityFindings", "points": 5, "zeroAt": 4}},
 *    {"id": "answerRate", "label": {...}, "dimension": "PROCESS", "max": 2,
 *     "rule": {"kind": "tiered", "rate": "answerRate", "tiers": [{"atLeast": 0.95, "points": 2}], "otherwise": 0}},
 *    {"id": "redLights", "label": {...}, "dimension": "PROCESS", "strongControl": true, "max": 20,
 *     "rule": {"kind": "perLevel", "points": {"RED_1": 5, "RED_2": 10}, "zeroAtAny": ["RED_3"]}}],
 *  "extraDeductions": [
 *    {"kind": "perGrade", "id": "gradeDeductions", "points": {"SERIOUS": 2, "MAJOR": 5, "CRITICAL": 10}},
 *    {"kind": "itemsAtZero", "id": "rateItemsAtZero", "items": ["answerRate", "resolution24h", "satisfaction"],
 *     "tiers": [{"count": 2, "points": 2}, {"count": 3, "points": 5}]},
 *    {"kind": "perFinding", "id": "unreportedIncidents", "finding": "unreportedIncidents", "points": 5}],
 *  "assumptions": [{"en": "...", "zh": "..."}]}
 * }</pre>
 */
final class RubricJson extends JsonFormat<Rubric> {
  static final RubricJson FORMAT = new RubricJson();

  private static final List<String> ROOT_FIELDS =
      List.of("id", "name", "maxTotal", "items", "extraDeductions", "assumptions");
  private static final List<String> ITEM_FIELDS = List.of("id", "label", "dimension", "strongControl", "max", "rule");
  private static final List<String> TEXT_FIELDS = List.of("en", "zh");
  private static final List<String> TIER_FIELDS = List.of("atLeast", "points");
  private static final List<String> COUNT_TIER_FIELDS = List.of("count", "points");
  /** The fields of each kind of item rule, kind first. */
  private static final Map<String, List<String>> RULE_FIELDS = Map.of(
      "tiered", List.of("kind", "rate", "tiers", "otherwise"),
      "perFinding", List.of("kind", "finding", "points", "zeroAt"),
      "perLevel", List.of("kind", "points", "zeroAtAny"));
  private static final List<String> RULE_KINDS = List.of("tiered", "perFinding", "perLevel");
  /** The fields of each kind of extra deduction. */
  private static final Map<String, List<String>> EXTRA_FIELDS = Map.of(
      "perGrade", List.of("kind", "id", "points"),
      "perFinding", List.of("kind", "id", "finding", "points"),
      "itemsAtZero", List.of("kind", "id", "items", "tiers"));
  private static final List<String> EXTRA_KINDS = List.of("perGrade", "perFinding", "itemsAtZero");
  /** The alert levels a per-level rule counts. */
  private static final List<AlertLevel> RED = List.of(AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3);

  /** Points, maxima: the same bound as the rubric's own checks, so that each is reported whatever else fails. */
  private static final Read<Integer> NOT_NEGATIVE = Reads.integer(0, Integer.MAX_VALUE);
  private static final Read<Integer> POSITIVE = Reads.integer(1, Integer.MAX_VALUE);
  private static final Read<Text> TEXT = Reads.object(TEXT_FIELDS, o -> {
    String en = o.required("en", Reads.string());
    String zh = o.required("zh", Reads.string());
    return o.ok() ? Text.of(en, zh) : null;
  });
  private static final Read<Dimension> DIMENSION = Reads.enumByName(Dimension.class);
  private static final Read<RateMetric> RATE = Reads.oneOf(codes(RateMetric.values(), RateMetric::code));
  private static final Read<Finding> FINDING = Reads.oneOf(codes(Finding.values(), Finding::code));
  private static final Read<AlertLevel> RED_LEVEL = Reads.oneOf(codes(RED.toArray(AlertLevel[]::new), Enum::name));

  private RubricJson() {
    super("rubric");
  }

  private static <T> Map<String, T> codes(T[] values, Function<T, String> code) {
    Map<String, T> m = new LinkedHashMap<>();
    for (T v : values) {
      m.put(code.apply(v), v);
    }
    return m;
  }

  private static Map<String, String> kinds(List<String> names) {
    Map<String, String> m = new LinkedHashMap<>();
    names.forEach(n -> m.put(n, n));
    return m;
  }

  @Override
  protected Rubric parse(JsonNode root, Problems problems) {
    ObjectFields o = ObjectFields.of(root, "$", problems, ROOT_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.required("id", Reads.string());
    Text name = o.optional("name", TEXT);
    Integer maxTotal = o.required("maxTotal", POSITIVE);
    List<RubricItem> items = o.required("items", Reads.arrayOf(RubricJson::item));
    List<ExtraRule> extras = o.optional("extraDeductions", Reads.arrayOf(RubricJson::extra), List.of());
    List<Text> assumptions = o.optional("assumptions", Reads.arrayOf(TEXT), List.of());
    if (!o.has("name") && id != null) {
      name = Text.of(id, id);
    }
    if (!o.ok()) {
      if (items != null && extras != null && (name != null || id == null) && (id == null || maxTotal == null)) {
        // the rubric's own checks still run on what could be read: a missing id or maxTotal hides nothing else
        int total = maxTotal != null ? maxTotal : items.stream().mapToInt(RubricItem::max).sum();
        Rubric.problems(id, name == null ? Text.of("", "") : name, total, items, extras).stream()
            .filter(p -> !p.path().equals("$.id"))
            .forEach(problems::add);
      }
      return null;
    }
    try {
      return new Rubric(id, name, maxTotal, items, extras, assumptions);
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static RubricItem item(JsonNode node, String path, Problems problems) {
    ObjectFields o = ObjectFields.of(node, path, problems, ITEM_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.required("id", Reads.string());
    Text label = o.required("label", TEXT);
    Dimension dimension = o.required("dimension", DIMENSION);
    Boolean strongControl = o.optional("strongControl", Reads.bool(), false);
    Integer max = o.required("max", NOT_NEGATIVE);
    ItemRule rule = o.required("rule", RubricJson::rule);
    return o.ok() ? new RubricItem(id, label, max, rule, dimension, strongControl) : null;
  }

  /** Opens an object whose fields depend on its {@code kind}: the kind first, then the fields of that kind. */
  private static ObjectFields ofKind(JsonNode node, String path, Problems problems, List<String> kinds,
      Map<String, List<String>> fields) {
    ObjectFields probe = ObjectFields.of(node, path, problems, null);
    if (probe == null) {
      return null;
    }
    String kind = probe.required("kind", Reads.oneOf(kinds(kinds)));
    return kind == null ? null : ObjectFields.of(node, path, problems, fields.get(kind));
  }

  private static ItemRule rule(JsonNode node, String path, Problems problems) {
    ObjectFields o = ofKind(node, path, problems, RULE_KINDS, RULE_FIELDS);
    if (o == null) {
      return null;
    }
    switch (o.node("kind").textValue()) {
      case "tiered" -> {
        RateMetric rate = o.required("rate", RATE);
        List<TieredRule.Tier> tiers = o.required("tiers", Reads.arrayOf(Reads.object(TIER_FIELDS, t -> {
          BigDecimal atLeast = t.required("atLeast", Reads.decimal(BigDecimal.ZERO, BigDecimal.ONE));
          Integer points = t.required("points", Reads.integer());
          return t.ok() ? new TieredRule.Tier(atLeast, points) : null;
        })));
        Integer otherwise = o.optional("otherwise", Reads.integer(), 0);
        return o.ok() ? new TieredRule(rate, tiers, otherwise) : null;
      }
      case "perFinding" -> {
        Finding finding = o.required("finding", FINDING);
        Integer points = o.required("points", NOT_NEGATIVE);
        Integer zeroAt = o.optional("zeroAt", POSITIVE);
        return o.ok() ? new PerFindingRule(finding, points, zeroAt) : null;
      }
      default -> {
        Map<AlertLevel, Integer> points = o.optional("points", Reads.object(RED.stream().map(Enum::name).toList(),
            p -> {
              Map<AlertLevel, Integer> m = new EnumMap<>(AlertLevel.class);
              for (AlertLevel l : RED) {
                Integer v = p.optional(l.name(), NOT_NEGATIVE);
                if (v != null) {
                  m.put(l, v);
                }
              }
              return p.ok() ? m : null;
            }), Map.of());
        List<AlertLevel> zero = o.optional("zeroAtAny", Reads.arrayOf(RED_LEVEL), List.of());
        Set<AlertLevel> zeroSet = zero == null ? null : zero.isEmpty()
            ? EnumSet.noneOf(AlertLevel.class) : EnumSet.copyOf(zero);
        return o.ok() ? new PerLevelRule(points, zeroSet) : null;
      }
    }
  }

  private static ExtraRule extra(JsonNode node, String path, Problems problems) {
    ObjectFields o = ofKind(node, path, problems, EXTRA_KINDS, EXTRA_FIELDS);
    if (o == null) {
      return null;
    }
    String id = o.required("id", Reads.string());
    switch (o.node("kind").textValue()) {
      case "perGrade" -> {
        Map<Grade, Integer> points = o.required("points", Reads.object(Reads.names(Grade.class), p -> {
          Map<Grade, Integer> m = new EnumMap<>(Grade.class);
          for (Grade g : Grade.values()) {
            Integer v = p.optional(g.name(), NOT_NEGATIVE);
            if (v != null) {
              m.put(g, v);
            }
          }
          return p.ok() ? m : null;
        }));
        return o.ok() ? new PerGradeDeduction(id, points) : null;
      }
      case "perFinding" -> {
        Finding finding = o.required("finding", FINDING);
        Integer points = o.required("points", NOT_NEGATIVE);
        return o.ok() ? new PerFindingDeduction(id, finding, points) : null;
      }
      default -> {
        List<String> items = o.required("items", Reads.arrayOf(Reads.string()));
        List<ItemsAtZeroDeduction.Tier> tiers = o.required("tiers", Reads.arrayOf(Reads.object(COUNT_TIER_FIELDS,
            t -> {
              Integer count = t.required("count", POSITIVE);
              Integer points = t.required("points", NOT_NEGATIVE);
              return t.ok() ? new ItemsAtZeroDeduction.Tier(count, points) : null;
            })));
        return o.ok() ? new ItemsAtZeroDeduction(id, items, tiers) : null;
      }
    }
  }

  /** Writes a rubric as a JSON tree; {@link #read(JsonNode)} gives it back unchanged. */
  static ObjectNode write(Rubric r) {
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
      n.put("dimension", item.dimension().name());
      n.put("strongControl", item.strongControl());
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
        if (pf.zeroAt() != null) {
          rule.put("zeroAt", pf.zeroAt());
        }
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
}
