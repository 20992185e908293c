package dev.complaints.scoring.penalty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.complaints.scoring.period.QuarterReport;
import dev.complaints.scoring.period.RegionQuarterScore;
import dev.complaints.scoring.period.UnitQuarterScore;
import java.time.YearMonth;

/**
 * The JSON document of a {@link QuarterAssessment}, as printed by {@code score --quarter}:
 *
 * <pre>{@code
 * {"quarter": "2026-Q4", "asOf": "2027-01-01T00:00:00+08:00", "months": ["2026-10", "2026-11", "2026-12"],
 *  "units": [{"unit": …, "region": …, "score": 79.33, "monthly": {"2026-10": 80, …}, "missingMonths": [],
 *             "complete": true}],
 *  "regions": [{"region": …, "score": 85.17, "rank": 2, "last": true, "units": [ … ]}],
 *  "penalties": [{"rule": "unit-quarter-below-80", "role": "UNIT_MANAGER", "unit": …, "region": …,
 *                 "period": "2026-Q4", "occurrence": 1, "percentOfBaseSalary": 0.5,
 *                 "reason": …, "reasonZh": …}],
 *  "fines": [{"window": "2026-10", "from": "2026-09-26", "to": "2026-10-25",
 *             "decisions": [{"rule": "fine-red-light", "role": "OPERATIONS_MANAGER", "unit": …, "region": …,
 *                            "count": 2, "amountCny": 40, "reason": …, "reasonZh": …}],
 *             "totalCny": 340}],
 *  "commendations": [{"rule": "unit-quarter-commendation", "unit": …, "region": …, "period": "2026-Q4",
 *                     "score": 96.33, "scoreAtLeast": 95, "redLights": 0, "redLightsAtMost": 0,
 *                     "reason": …, "reasonZh": …},
 *                    {"rule": "region-rank-commendation", "unit": null, "region": …, "period": "2026-Q4",
 *                     "score": 95.50, "scoreAtLeast": 95, "rank": 1, "rankAtMost": 1,
 *                     "reason": …, "reasonZh": …}],
 *  "yearToDate": [{"quarter": "2026-Q3", "units": [{"unit": …, "score": …}],
 *                  "regions": [{"region": …, "score": …, "rank": …, "last": …}]}]}
 * }</pre>
 *
 * <p>Scores are numbers with two decimals; a missing region is {@code null}; every window of the quarter is
 * listed, with an empty {@code decisions} list when nothing was fined; {@code commendations} is empty when
 * nobody was commended ({@code redLightsAtMost} is null when the rule does not count red lights).
 */
public final class QuarterAssessmentJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private QuarterAssessmentJson() {}

  /**
   * The document.
   *
   * @param a the assessment
   * @param zone the zone whose offset the as-of instant is printed with
   * @return the JSON tree
   */
  public static ObjectNode toJson(QuarterAssessment a, java.time.ZoneId zone) {
    ObjectNode root = F.objectNode();
    root.put("quarter", a.quarter().toString());
    root.put("asOf", a.asOf().atZone(zone).toOffsetDateTime().toString());
    ArrayNode months = root.putArray("months");
    a.quarter().months().forEach(m -> months.add(m.toString()));
    ArrayNode units = root.putArray("units");
    for (UnitQuarterScore u : a.scores().units()) {
      ObjectNode n = units.addObject();
      n.put("unit", u.unit());
      n.put("region", u.region());
      n.put("score", u.score());
      ObjectNode monthly = n.putObject("monthly");
      u.monthly().forEach((m, total) -> monthly.put(m.toString(), total));
      ArrayNode missing = n.putArray("missingMonths");
      u.missingMonths().forEach(m -> missing.add(m.toString()));
      n.put("complete", u.complete());
    }
    root.set("regions", regions(a.scores(), true));
    ArrayNode penalties = root.putArray("penalties");
    a.penalties().forEach(d -> penalties.add(decision(d)));
    ArrayNode fines = root.putArray("fines");
    for (YearMonth m : a.quarter().months()) {
      FineWindow w = new FineWindow(m);
      ObjectNode n = fines.addObject();
      n.put("window", w.toString());
      n.put("from", w.firstDay().toString());
      n.put("to", w.lastDay().toString());
      ArrayNode ds = n.putArray("decisions");
      java.math.BigDecimal total = java.math.BigDecimal.ZERO;
      for (PenaltyDecision d : a.fines()) {
        if (d.period().equals(w.toString())) {
          ds.add(decision(d));
          total = total.add(d.value());
        }
      }
      n.put("totalCny", total);
    }
    ArrayNode commendations = root.putArray("commendations");
    a.commendations().forEach(c -> commendations.add(commendation(c)));
    ArrayNode ytd = root.putArray("yearToDate");
    for (QuarterReport q : a.yearToDate()) {
      if (q.quarter().equals(a.quarter())) {
        continue;
      }
      ObjectNode n = ytd.addObject();
      n.put("quarter", q.quarter().toString());
      ArrayNode us = n.putArray("units");
      for (UnitQuarterScore u : q.units()) {
        us.addObject().put("unit", u.unit()).put("score", u.score());
      }
      n.set("regions", regions(q, false));
    }
    return root;
  }

  private static ArrayNode regions(QuarterReport q, boolean withUnits) {
    ArrayNode out = F.arrayNode();
    for (RegionQuarterScore r : q.regions()) {
      ObjectNode n = out.addObject();
      n.put("region", r.region());
      n.put("score", r.score());
      n.put("rank", r.rank());
      n.put("last", r.last());
      if (withUnits) {
        ArrayNode us = n.putArray("units");
        r.units().forEach(us::add);
      }
    }
    return out;
  }

  /**
   * One commendation as JSON: the rule, who, the quarter, the score and the threshold, then for a unit its red
   * lights and the rule's limit, for a region its rank and the rule's lowest rank, and the reasons.
   *
   * @param c the commendation
   * @return the JSON object
   */
  public static JsonNode commendation(Commendation c) {
    ObjectNode n = F.objectNode();
    n.put("rule", c.rule().id());
    n.put("unit", c.unit());
    n.put("region", c.region());
    n.put("period", c.quarter().toString());
    n.put("score", c.score());
    n.put("scoreAtLeast", c.scoreAtLeast());
    if (c.rule() == CommendationRule.UNIT_QUARTER) {
      n.put("redLights", c.redLights());
      n.put("redLightsAtMost", c.redLightsAtMost());
    } else {
      n.put("rank", c.rank());
      n.put("rankAtMost", c.rankAtMost());
    }
    n.put("reason", c.reason());
    n.put("reasonZh", c.reasonZh());
    return n;
  }

  /**
   * One decision as JSON: a ladder decision carries {@code occurrence} and {@code percentOfBaseSalary}, a
   * fine carries {@code count} and {@code amountCny}.
   *
   * @param d the decision
   * @return the JSON object
   */
  public static JsonNode decision(PenaltyDecision d) {
    ObjectNode n = F.objectNode();
    n.put("rule", d.rule().id());
    n.put("role", d.role().name());
    n.put("unit", d.unit());
    n.put("region", d.region());
    n.put("period", d.period());
    if (d.measure() == PenaltyDecision.Measure.PERCENT_OF_BASE_SALARY) {
      n.put("occurrence", d.occurrence());
      n.put("percentOfBaseSalary", d.value());
    } else {
      n.put("count", d.occurrence());
      n.put("amountCny", d.value());
    }
    n.put("reason", d.reason());
    n.put("reasonZh", d.reasonZh());
    return n;
  }
}
