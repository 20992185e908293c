package dev.complaints.cli.text;

import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.penalty.Commendation;
import dev.complaints.scoring.penalty.PenaltyDecision;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.period.RegionQuarterScore;
import dev.complaints.scoring.period.UnitQuarterScore;
import dev.complaints.scoring.rubric.DimensionSubtotal;
import dev.complaints.scoring.rubric.ExtraDeduction;
import dev.complaints.scoring.rubric.ItemScore;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.Text;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.scoring.scorecard.RegionScore;
import dev.complaints.sla.AlertLevel;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scorecards of {@code score --format text} and {@code demo}, and the quarterly assessment of
 * {@code score --quarter --format text}, for people: in the language of the labels, instants in the format of
 * {@link Times} in the units' zone, red lights and grades labelled and in severity order.
 */
public final class ReportText {
  private ReportText() {}

  /**
   * A month's scorecards: per unit the items grouped by management dimension (each dimension with its subtotal,
   * its items in rubric order with their explanations, strong-control items marked), the deductions, the total
   * and the metrics behind it, then the regions by rank.
   *
   * @param r the report
   * @param rubric the rubric it was scored with (for the items' names)
   * @param l the labels
   * @param zone the units' zone
   * @return the text, ending with a newline
   */
  public static String month(PeriodReport r, Rubric rubric, Labels l, ZoneId zone) {
    StringBuilder sb = new StringBuilder();
    sb.append(l.text("scorecards.header", r.period(), Times.format(r.asOf(), zone))).append('\n');
    int itemWidth = 14;
    for (MonthlyScorecard c : r.units()) {
      for (ItemScore i : c.items()) {
        itemWidth = Math.max(itemWidth, Columns.width(l.item(rubric, i.item())));
      }
    }
    for (MonthlyScorecard c : r.units()) {
      sb.append('\n').append(l.text("scorecards.unit", c.unit(),
          c.region() != null ? c.region() : l.text("scorecards.noRegion"), c.total())).append('\n');
      for (DimensionSubtotal d : DimensionSubtotal.of(c.items())) {
        sb.append("  ").append(l.text("scorecards.dimension", l.dimension(d.dimension()), d.points(), d.max()))
            .append('\n');
        for (ItemScore i : c.items()) {
          if (i.dimension() != d.dimension()) {
            continue;
          }
          String explanation = of(l, i.explanation());
          if (i.strongControl()) {
            explanation = l.text("scorecards.strongControl", explanation);
          }
          sb.append("    ").append(Columns.pad(l.item(rubric, i.item()), itemWidth))
              .append(String.format(Locale.ROOT, " %3d / %-3d %s", i.points(), i.max(), explanation))
              .append('\n');
        }
      }
      for (ExtraDeduction d : c.extraDeductions()) {
        sb.append("  ").append(Columns.pad(l.text("scorecards.deduction"), itemWidth + 2))
            .append(String.format(Locale.ROOT, " %3d       %s", d.points(), of(l, d.reason()))).append('\n');
      }
      sb.append("  ").append(metrics(c.metrics(), l)).append('\n');
    }
    if (!r.regions().isEmpty()) {
      sb.append('\n').append(l.text("regions.header")).append('\n');
      for (RegionScore s : r.regions()) {
        sb.append(String.format(Locale.ROOT, "  %d. %s %s (%s)%n", s.rank(), s.region(), s.score().toPlainString(),
            l.list(s.units())));
      }
    }
    return sb.toString();
  }

  /**
   * The line of metrics under a scorecard.
   *
   * @param m the metrics
   * @param l the labels
   * @return for example {@code tickets 60; …; red lights: RED_1 4, RED_2 4, RED_3 2}
   */
  public static String metrics(UnitMetrics m, Labels l) {
    return l.text("scorecards.metrics", m.tickets(), m.resolution24h().resolved(), m.resolution24h().eligible(),
        m.resolution24h().pending(), m.satisfaction().satisfied(), m.satisfaction().visited(),
        m.satisfaction().exempt(), redLights(m, l));
  }

  /**
   * The red lights of a unit by level, labelled: {@code RED_1 4, RED_2 4, RED_3 2}.
   *
   * @param m the metrics
   * @param l the labels
   * @return the list
   */
  public static String redLights(UnitMetrics m, Labels l) {
    List<String> parts = new ArrayList<>();
    for (AlertLevel level : List.of(AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3)) {
      parts.add(l.level(level) + " " + m.redLights(level));
    }
    return l.list(parts);
  }

  /**
   * The quarterly assessment: the units' quarterly scores with their months, the regions, the penalty decisions,
   * the monthly fines and the commendations.
   *
   * @param a the assessment
   * @param l the labels
   * @param zone the units' zone
   * @return the text, ending with a newline
   */
  public static String quarter(QuarterAssessment a, Labels l, ZoneId zone) {
    StringBuilder sb = new StringBuilder();
    sb.append(l.text("quarter.header", a.quarter(), Times.format(a.asOf(), zone))).append('\n');
    int unitWidth = 8;
    int regionWidth = 6;
    for (UnitQuarterScore u : a.scores().units()) {
      unitWidth = Math.max(unitWidth, Columns.width(u.unit()));
      regionWidth = Math.max(regionWidth, Columns.width(u.region() == null ? "-" : u.region()));
    }
    for (UnitQuarterScore u : a.scores().units()) {
      List<String> months = new ArrayList<>();
      for (Map.Entry<YearMonth, BigDecimal> m : u.monthly().entrySet()) {
        months.add(m.getKey() + " " + m.getValue().toPlainString());
      }
      sb.append("  ").append(Columns.pad(u.unit(), unitWidth)).append("  ")
          .append(Columns.pad(u.region() == null ? "-" : u.region(), regionWidth)).append("  ")
          .append(Columns.padLeft(u.score().toPlainString(), 7)).append("  ").append(l.list(months));
      if (!u.complete()) {
        sb.append("; ").append(l.text("quarter.missing",
            l.list(u.missingMonths().stream().map(YearMonth::toString).toList())));
      }
      sb.append('\n');
    }
    sb.append(l.text("regions.header")).append('\n');
    for (RegionQuarterScore r : a.scores().regions()) {
      sb.append(String.format(Locale.ROOT, "  %d. %s %s", r.rank(), Columns.pad(r.region(), regionWidth),
          Columns.padLeft(r.score().toPlainString(), 7)));
      if (r.last()) {
        sb.append("  ").append(l.text("quarter.last"));
      }
      sb.append('\n');
    }
    decisions(sb, l.text("quarter.penalties"), a.penalties(), l);
    decisions(sb, l.text("quarter.fines"), a.fines(), l);
    sb.append(l.text("quarter.commendations")).append('\n');
    if (a.commendations().isEmpty()) {
      sb.append("  ").append(l.text("none")).append('\n');
    }
    for (Commendation c : a.commendations()) {
      sb.append("  ").append(l.lang() == Lang.ZH ? c.reasonZh() : c.reason()).append('\n');
    }
    return sb.toString();
  }

  private static void decisions(StringBuilder sb, String heading, List<PenaltyDecision> decisions, Labels l) {
    sb.append(heading).append('\n');
    if (decisions.isEmpty()) {
      sb.append("  ").append(l.text("none")).append('\n');
    }
    for (PenaltyDecision d : decisions) {
      sb.append("  ").append(l.lang() == Lang.ZH ? d.reasonZh() : d.reason()).append('\n');
    }
  }

  private static String of(Labels l, Text t) {
    return l.lang() == Lang.ZH ? t.zh() : t.en();
  }
}
