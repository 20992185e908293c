package dev.complaints.scoring.penalty;

import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.period.QuarterReport;
import dev.complaints.scoring.period.RegionQuarterScore;
import dev.complaints.scoring.period.UnitQuarterScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The quarterly penalty ladders of the mall rules (处罚 1 and 2, docs/domain.md), counted within a calendar year.
 *
 * <ul>
 *   <li><b>Unit below 80</b> (季度客诉得分低于80分(不含)): a unit whose quarterly score is strictly below the
 *       unit threshold gets, for its unit manager, the ladder step of how many times that happened to the unit
 *       in the year so far: 1st 0.5 %, 2nd 1 %, 3rd and later 5 % of base salary. Each such quarter also gives
 *       0.5 % for the general manager of the unit's region (the seed's table lists 城市公司总经理 扣罚基础工资0.5%
 *       beside the ladder); none when the unit has no region.
 *   <li><b>Region last below 90</b> (季度排名倒数第一且得分低于90分(不含)): every region holding the last rank (ties
 *       included, at least two regions ranked) with a score strictly below the region threshold gets 0.25 % for
 *       its general manager; from the second such quarter in the year, when the mean of the region's quarterly
 *       scores in the year so far is also below 90 (当年累计2次且均分低于90分), 1 % instead.
 * </ul>
 *
 * <p>Only the quarters passed in are known: occurrences in quarters without data are not counted.
 */
public final class PenaltyLadder {

  private final BigDecimal unitThreshold;
  private final List<BigDecimal> unitSteps;
  private final BigDecimal regionGmPerUnit;
  private final BigDecimal regionThreshold;
  private final BigDecimal regionFirst;
  private final BigDecimal regionRepeat;

  /**
   * A ladder with explicit parameters.
   *
   * @param unitThreshold unit scores strictly below this are penalised (80)
   * @param unitSteps percentages for the 1st, 2nd, … time; the last one repeats (0.5, 1, 5)
   * @param regionGmPerUnit percentage for the region general manager per unit below the threshold (0.5), or 0
   * @param regionThreshold last-ranked region scores strictly below this are penalised (90)
   * @param regionFirst percentage the first time (0.25)
   * @param regionRepeat percentage from the second time when the year's mean is below the threshold (1)
   */
  public PenaltyLadder(
      BigDecimal unitThreshold,
      List<BigDecimal> unitSteps,
      BigDecimal regionGmPerUnit,
      BigDecimal regionThreshold,
      BigDecimal regionFirst,
      BigDecimal regionRepeat) {
    this.unitThreshold = Objects.requireNonNull(unitThreshold, "unitThreshold");
    this.unitSteps = List.copyOf(unitSteps);
    if (this.unitSteps.isEmpty()) {
      throw new IllegalArgumentException("unitSteps must list at least one percentage");
    }
    this.regionGmPerUnit = Objects.requireNonNull(regionGmPerUnit, "regionGmPerUnit");
    this.regionThreshold = Objects.requireNonNull(regionThreshold, "regionThreshold");
    this.regionFirst = Objects.requireNonNull(regionFirst, "regionFirst");
    this.regionRepeat = Objects.requireNonNull(regionRepeat, "regionRepeat");
  }

  /**
   * The mall rules' ladder: unit &lt; 80 → 0.5 % / 1 % / 5 % (plus 0.5 % for the region GM); last region &lt; 90 →
   * 0.25 %, 1 % from the second time with the year's mean &lt; 90.
   *
   * @return the ladder
   */
  public static PenaltyLadder mallDefaults() {
    return new PenaltyLadder(
        new BigDecimal("80"),
        List.of(new BigDecimal("0.5"), new BigDecimal("1"), new BigDecimal("5")),
        new BigDecimal("0.5"),
        new BigDecimal("90"),
        new BigDecimal("0.25"),
        new BigDecimal("1"));
  }

  /**
   * The decisions for one quarter, counting earlier occurrences in the same year.
   *
   * @param quarter the quarter to decide
   * @param yearReports reports of the quarter's year (quarters after {@code quarter} and other years are
   *     ignored); {@code quarter} itself should be among them
   * @return the quarter's decisions: unit decisions by unit id, then region decisions by region id
   */
  public List<PenaltyDecision> decide(Quarter quarter, List<QuarterReport> yearReports) {
    return decideYear(yearReports.stream()
            .filter(r -> r.quarter().year() == quarter.year() && r.quarter().compareTo(quarter) <= 0)
            .toList())
        .stream()
        .filter(d -> d.period().equals(quarter.toString()))
        .toList();
  }

  /**
   * The decisions for every quarter given, all of one year.
   *
   * @param yearReports the year's quarter reports, in any order
   * @return the decisions in quarter order
   * @throws IllegalArgumentException when the reports span more than one year or repeat a quarter
   */
  public List<PenaltyDecision> decideYear(List<QuarterReport> yearReports) {
    List<QuarterReport> reports = new ArrayList<>(yearReports);
    reports.sort(Comparator.comparing(QuarterReport::quarter));
    for (int i = 1; i < reports.size(); i++) {
      Quarter a = reports.get(i - 1).quarter();
      Quarter b = reports.get(i).quarter();
      if (a.year() != b.year()) {
        throw new IllegalArgumentException("penalty ladders count within one year, got " + a + " and " + b);
      }
      if (a.equals(b)) {
        throw new IllegalArgumentException("quarter " + a + " given twice");
      }
    }
    Map<String, Integer> unitCounts = new HashMap<>();
    Map<String, Integer> regionCounts = new HashMap<>();
    Map<String, List<BigDecimal>> regionScores = new HashMap<>();
    List<PenaltyDecision> out = new ArrayList<>();
    for (QuarterReport report : reports) {
      Quarter q = report.quarter();
      for (UnitQuarterScore u : report.units()) {
        if (u.score().compareTo(unitThreshold) >= 0) {
          continue;
        }
        int n = unitCounts.merge(u.unit(), 1, Integer::sum);
        BigDecimal pct = unitSteps.get(Math.min(n, unitSteps.size()) - 1);
        String s = u.score().toPlainString();
        String t = unitThreshold.toPlainString();
        out.add(new PenaltyDecision(
            PenaltyRule.UNIT_QUARTER_BELOW_THRESHOLD, Role.UNIT_MANAGER, u.unit(), u.region(), q.toString(), n,
            PenaltyDecision.Measure.PERCENT_OF_BASE_SALARY, pct,
            "unit " + u.unit() + " scored " + s + " in " + q + ", below " + t + " (" + ordinal(n)
                + " time in " + q.year() + "): " + pct.toPlainString() + " % of base salary",
            "广场 " + u.unit() + " " + q + " 季度客诉得分 " + s + " 分,低于 " + t + " 分(不含),当年累计第 " + n
                + " 次:扣罚广场管理责任人基础工资 " + pct.toPlainString() + "%"));
        if (u.region() != null && regionGmPerUnit.signum() > 0) {
          out.add(new PenaltyDecision(
              PenaltyRule.REGION_GM_FOR_UNIT_BELOW_THRESHOLD, Role.REGION_GENERAL_MANAGER, u.unit(), u.region(),
              q.toString(), n, PenaltyDecision.Measure.PERCENT_OF_BASE_SALARY, regionGmPerUnit,
              "unit " + u.unit() + " of region " + u.region() + " scored " + s + " in " + q + ", below " + t
                  + ": " + regionGmPerUnit.toPlainString() + " % of the region general manager's base salary",
              "城市公司 " + u.region() + " 下属广场 " + u.unit() + " " + q + " 季度客诉得分 " + s + " 分,低于 " + t
                  + " 分(不含):扣罚城市公司总经理基础工资 " + regionGmPerUnit.toPlainString() + "%"));
        }
      }
      for (RegionQuarterScore r : report.regions()) {
        regionScores.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r.score());
      }
      for (RegionQuarterScore r : report.regions()) {
        if (!r.last() || r.score().compareTo(regionThreshold) >= 0) {
          continue;
        }
        int n = regionCounts.merge(r.region(), 1, Integer::sum);
        BigDecimal yearMean = mean(regionScores.get(r.region()));
        boolean repeat = n >= 2 && yearMean.compareTo(regionThreshold) < 0;
        BigDecimal pct = repeat ? regionRepeat : regionFirst;
        String s = r.score().toPlainString();
        String t = regionThreshold.toPlainString();
        String m = yearMean.toPlainString();
        out.add(new PenaltyDecision(
            PenaltyRule.REGION_LAST_BELOW_THRESHOLD, Role.REGION_GENERAL_MANAGER, null, r.region(), q.toString(),
            n, PenaltyDecision.Measure.PERCENT_OF_BASE_SALARY, pct,
            "region " + r.region() + " ranked last (rank " + r.rank() + ") in " + q + " with " + s + ", below " + t
                + " (" + ordinal(n) + " time in " + q.year() + ", mean of the year's quarters " + m + "): "
                + pct.toPlainString() + " % of the general manager's base salary",
            "城市公司 " + r.region() + " " + q + " 季度排名倒数第一(第 " + r.rank() + " 名),得分 " + s + " 分,低于 "
                + t + " 分(不含),当年累计第 " + n + " 次,当年均分 " + m + " 分:扣罚城市公司总经理基础工资 "
                + pct.toPlainString() + "%"));
      }
    }
    return List.copyOf(out);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
  }

  private static String ordinal(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return n + "th";
    }
    return switch (n % 10) {
      case 1 -> n + "st";
      case 2 -> n + "nd";
      case 3 -> n + "rd";
      default -> n + "th";
    };
  }
}
