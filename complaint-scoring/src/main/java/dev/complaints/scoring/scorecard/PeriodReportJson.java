package dev.complaints.scoring.scorecard;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.core.model.Grade;
import dev.complaints.scoring.metrics.HandlingTime;
import dev.complaints.scoring.metrics.Ratio;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.rubric.DimensionSubtotal;
import dev.complaints.scoring.rubric.ExtraDeduction;
import dev.complaints.scoring.rubric.ItemScore;
import dev.complaints.scoring.rubric.Text;
import dev.complaints.sla.AlertLevel;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link PeriodReport} in the JSON shape of the {@code score} command (docs/examples.md):
 * {@code {"period", "units": [{"unit", "region", "items": [{"item", "points", "max", "explanation", "dimension",
 * "strongControl"}], "dimensions": [{"dimension", "points", "max"}], "extraDeductions": [{"reason", "points"}],
 * "total", "metrics": {...}}], "regions": [{"region", "score", "rank"}]}}, and as text for people.
 * {@code dimensions} holds the items' points per management dimension (one entry per dimension that has items,
 * in the order CHANNEL, PROCESS, BUSINESS), before the extra deductions, which belong to no dimension.
 */
public final class PeriodReportJson {
  private PeriodReportJson() {}

  /** Language of explanations. */
  public enum Language {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH;

    String of(Text t) {
      return this == EN ? t.en() : t.zh();
    }

    /**
     * Parses a language code ({@code en} or {@code zh}).
     *
     * @param code the code
     * @return the language
     * @throws IllegalArgumentException for other codes
     */
    public static Language parse(String code) {
      try {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown language '" + code + "'; allowed: en, zh", e);
      }
    }
  }

  /**
   * The report as JSON. Rates are shown with 4 decimals (HALF_UP), {@code null} when not applicable; region
   * scores with 2 decimals; a unit without a known region has {@code "region": null}.
   *
   * @param r the report
   * @param lang the language of explanations
   * @return the document
   */
  public static ObjectNode toJson(PeriodReport r, Language lang) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("period", r.period().toString());
    var units = root.putArray("units");
    for (MonthlyScorecard c : r.units()) {
      ObjectNode u = units.addObject();
      u.put("unit", c.unit());
      if (c.region() != null) {
        u.put("region", c.region());
      } else {
        u.putNull("region");
      }
      var items = u.putArray("items");
      for (ItemScore i : c.items()) {
        items.addObject()
            .put("item", i.item())
            .put("points", i.points())
            .put("max", i.max())
            .put("explanation", lang.of(i.explanation()))
            .put("dimension", i.dimension().name())
            .put("strongControl", i.strongControl());
      }
      var dimensions = u.putArray("dimensions");
      for (DimensionSubtotal d : DimensionSubtotal.of(c.items())) {
        dimensions.addObject().put("dimension", d.dimension().name()).put("points", d.points()).put("max", d.max());
      }
      var extras = u.putArray("extraDeductions");
      for (ExtraDeduction d : c.extraDeductions()) {
        extras.addObject().put("reason", lang.of(d.reason())).put("points", d.points());
      }
      u.put("total", c.total());
      u.set("metrics", metrics(c.metrics()));
    }
    var regions = root.putArray("regions");
    for (RegionScore s : r.regions()) {
      regions.addObject().put("region", s.region()).put("score", s.score()).put("rank", s.rank());
    }
    return root;
  }

  /**
   * A unit's metrics as JSON.
   *
   * @param m the metrics
   * @return the object
   */
  public static ObjectNode metrics(UnitMetrics m) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("tickets", m.tickets());
    ObjectNode res = o.putObject("resolution24h");
    res.put("eligible", m.resolution24h().eligible());
    res.put("resolved", m.resolution24h().resolved());
    res.put("pending", m.resolution24h().pending());
    rate(res, m.resolution24h().rate());
    ObjectNode sat = o.putObject("satisfaction");
    sat.put("visited", m.satisfaction().visited());
    sat.put("satisfied", m.satisfaction().satisfied());
    sat.put("exempt", m.satisfaction().exempt());
    rate(sat, m.satisfaction().rate());
    ObjectNode calls = o.putObject("answerRate");
    dev.complaints.scoring.record.CallStats cs = m.calls();
    if (cs != null) {
      calls.put("offered", cs.offered());
      calls.put("answered", cs.answered());
    } else {
      calls.putNull("offered");
      calls.putNull("answered");
    }
    rate(calls, m.answerRate());
    ObjectNode red = o.putObject("redLights");
    for (AlertLevel l : List.of(AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3)) {
      red.put(l.name(), m.redLights(l));
    }
    ObjectNode grades = o.putObject("grades");
    for (Grade g : Grade.values()) {
      grades.put(g.name(), m.grade(g));
    }
    ObjectNode cats = o.putObject("categories");
    m.categories().forEach(cats::put);
    ObjectNode chans = o.putObject("channels");
    m.channels().forEach((k, v) -> chans.put(k.name(), v));
    HandlingTime h = m.handlingTime();
    ObjectNode ht = o.putObject("handlingTime");
    ht.put("closed", h.closed());
    putOptional(ht, "medianMinutes", h.medianMinutes());
    putOptional(ht, "p90Minutes", h.p90Minutes());
    o.put("repeatComplaints", m.repeatComplaints());
    o.put("reopened", m.reopened());
    o.put("closedUnresolved", m.closedUnresolved());
    // the figure the concealment and unreported-incident items fall back on when the inputs leave them out
    ObjectNode rep = o.putObject("reporting");
    rep.put("major", m.reporting().major());
    rep.put("late", m.reporting().late());
    rep.put("limitMinutes", m.reporting().limit().toMinutes());
    return o;
  }

  private static void rate(ObjectNode o, Ratio r) {
    java.math.BigDecimal d = r.display();
    if (d != null) {
      o.put("rate", d);
    } else {
      o.putNull("rate");
    }
  }

  private static void putOptional(ObjectNode o, String field, @Nullable Long v) {
    if (v != null) {
      o.put(field, v);
    } else {
      o.putNull(field);
    }
  }
}
