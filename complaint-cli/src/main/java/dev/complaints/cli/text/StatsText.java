package dev.complaints.cli.text;

import dev.complaints.scoring.stats.Breakdown;
import dev.complaints.scoring.stats.GroupStatistics;
import dev.complaints.scoring.stats.MonthTrend;
import dev.complaints.scoring.stats.PlanStatistics;
import dev.complaints.scoring.stats.Ranked;
import dev.complaints.scoring.stats.SatisfactionSummary;
import dev.complaints.scoring.stats.Share;
import dev.complaints.scoring.stats.Statistics;
import dev.complaints.scoring.stats.UnitStatistics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The statistics of {@code stats --format text}, for people: all units together, then each unit, with the
 * month-by-month volume and satisfaction, the shares by grade (in severity order), channel, category and
 * timeliness, and the hot spots.
 */
public final class StatsText {
  private StatsText() {}

  /**
   * The statistics as text.
   *
   * @param s the statistics
   * @param period what was selected, for example {@code 2026-10} or {@code 2026-Q4}; null for every month
   * @param asOf the instant they are computed as of
   * @param zone the units' zone
   * @param l the labels
   * @return the text, ending with a newline
   */
  public static String of(Statistics s, String period, Instant asOf, ZoneId zone, Labels l) {
    StringBuilder sb = new StringBuilder();
    sb.append(l.text("stats.header", period == null ? l.text("stats.allMonths") : period,
        Times.format(asOf, zone))).append('\n');
    sb.append('\n').append(l.text("stats.overall", s.overall().volume())).append('\n');
    breakdown(sb, s.overall(), l);
    for (UnitStatistics u : s.units()) {
      sb.append('\n').append(l.text("stats.unit", u.unit(),
          u.region() == null ? l.text("scorecards.noRegion") : u.region(), u.stats().volume())).append('\n');
      breakdown(sb, u.stats(), l);
    }
    return sb.toString();
  }

  private static void breakdown(StringBuilder sb, Breakdown b, Labels l) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(l.text("column.month"), l.text("column.tickets"), l.text("column.change"),
        l.text("column.satisfiedVisited"), l.text("column.satisfaction"), l.text("column.exempt")));
    for (MonthTrend m : b.months()) {
      String change = m.change() == null ? "-"
          : signed(m.change()) + (m.changeRate() == null ? "" : " (" + signedPercent(m.changeRate()) + ")");
      rows.add(List.of(m.month().toString(), Long.toString(m.volume()), change,
          m.satisfied() + " / " + m.visited(),
          m.satisfactionRate() == null ? "-" : percent(m.satisfactionRate()), Long.toString(m.exempt())));
    }
    if (b.months().isEmpty()) {
      sb.append("  ").append(l.text("none")).append('\n');
      return;
    }
    Columns.table(sb, rows);
    sb.append("  ").append(l.text("stats.grades", shares(b.grades(), l::grade, l, true))).append('\n');
    sb.append("  ").append(l.text("stats.channels", shares(b.channels(), l::channel, l, false))).append('\n');
    sb.append("  ").append(l.text("stats.categories", shares(b.categories(), l::category, l, false)))
        .append('\n');
    sb.append("  ").append(l.text("stats.timeliness", shares(b.timeliness(), l::timeliness, l, true)))
        .append('\n');
    sb.append("  ").append(l.text("stats.topSubjects", ranked(b.topSubjects(), l))).append('\n');
    sb.append("  ").append(l.text("stats.topLocations", ranked(b.topLocations(), l))).append('\n');
    sb.append("  ").append(l.text("stats.departments", groups(b.departments(), l))).append('\n');
    sb.append("  ").append(l.text("stats.handlers", groups(b.handlers(), l))).append('\n');
    sb.append("  ").append(l.text("stats.rootCauses", l.list(b.rootCauses().stream()
        .map(c -> l.rootCause(c.key()) + " " + c.count() + " (" + percent(c.share()) + ")").toList()))).append('\n');
    SatisfactionSummary sat = b.satisfaction();
    sb.append("  ").append(l.text("stats.satisfaction", sat.rate() == null ? "-" : percent(sat.rate()),
        sat.meanScore() == null ? "-" : sat.meanScore().toPlainString(),
        shares(sat.distribution(), l::satisfaction, l, true))).append('\n');
    sb.append("  ").append(l.text("stats.handlingRate", b.closed(), b.volume(),
        b.handlingRate() == null ? "-" : percent(b.handlingRate()))).append('\n');
    PlanStatistics p = b.plans();
    sb.append("  ").append(l.text("stats.plans", p.onTime(), p.decided(),
        p.onTimeRate() == null ? "-" : percent(p.onTimeRate()), p.reworked())).append('\n');
    sb.append("  ").append(l.text("stats.repeatReopened", b.redLights(), b.repeat(), b.reopened())).append('\n');
  }

  /** {@code catering 2 (40.00%, median 10h 0m, 1 red, 50.00% satisfied)}. */
  private static String groups(List<GroupStatistics> groups, Labels l) {
    return l.list(groups.stream().map(g -> l.text("stats.group", g.key(), g.count(), percent(g.share()),
        g.medianHandlingMinutes() == null ? "-" : g.medianHandlingMinutes().toString(), g.redLights(),
        g.satisfactionRate() == null ? "-" : percent(g.satisfactionRate()))).toList());
  }

  /** {@code GENERAL 3 (60.00%), SERIOUS 1 (20.00%)}; keys without tickets only when {@code all}. */
  private static String shares(List<Share> shares, Function<String, String> label, Labels l, boolean all) {
    List<String> parts = new ArrayList<>();
    for (Share s : shares) {
      if (all || s.count() > 0) {
        parts.add(label.apply(s.key()) + " " + s.count() + " (" + percent(s.share()) + ")");
      }
    }
    return l.list(parts);
  }

  /** {@code 1. Tea House 2, 2. Gate 3 1}. */
  private static String ranked(List<Ranked> ranked, Labels l) {
    return l.list(ranked.stream().map(r -> r.rank() + ". " + r.key() + " " + r.count()).toList());
  }

  /** A fraction as a percentage with 2 decimals: 0.6667 → {@code 66.67%}. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  private static String signedPercent(BigDecimal fraction) {
    return (fraction.signum() > 0 ? "+" : "") + percent(fraction);
  }

  private static String signed(long n) {
    return (n > 0 ? "+" : "") + n;
  }
}
