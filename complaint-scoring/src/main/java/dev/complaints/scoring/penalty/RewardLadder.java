package dev.complaints.scoring.penalty;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.core.validation.ValidationException;
import dev.complaints.scoring.period.QuarterReport;
import dev.complaints.scoring.period.RegionQuarterScore;
import dev.complaints.scoring.period.UnitQuarterScore;
import dev.complaints.scoring.scorecard.MonthlyScorecard;
import dev.complaints.scoring.scorecard.PeriodReport;
import dev.complaints.sla.AlertLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The commendations of a quarter (奖励机制, docs/domain.md), as data beside the {@link PenaltyLadder}. Two rules,
 * each of which may be left out:
 *
 * <ul>
 *   <li><b>Unit</b> ({@link CommendationRule#UNIT_QUARTER}): a unit whose quarterly score is at least
 *       {@link #unitScoreAtLeast()} (inclusive) and whose monthly scorecards of the quarter count at most
 *       {@link #unitRedLightsAtMost()} red lights (RED_1, RED_2 and RED_3 alike; no limit when null).
 *   <li><b>Region</b> ({@link CommendationRule#REGION_RANK}): a region whose quarterly rank is at most
 *       {@link #regionRankAtMost()} (1: first; tied regions share a rank, so all of them) and whose quarterly
 *       score — the mean of its units' — is at least {@link #regionScoreAtLeast()} (inclusive), when at least two
 *       regions are ranked (a ranking of one has no first place, as it has no last).
 * </ul>
 *
 * <p>{@link #defaults()}: a unit at 95 or more with no red light in the quarter; the region ranked first with 95
 * or more. The JSON form is read and written by {@link RewardLadders}. Immutable and thread-safe.
 */
public final class RewardLadder {
  private static final BigDecimal NINETY_FIVE = new BigDecimal("95");
  private static final RewardLadder DEFAULTS = new RewardLadder(NINETY_FIVE, 0, NINETY_FIVE, 1);
  private static final List<AlertLevel> RED = List.of(AlertLevel.RED_1, AlertLevel.RED_2, AlertLevel.RED_3);

  private final @Nullable BigDecimal unitScoreAtLeast;
  private final @Nullable Integer unitRedLightsAtMost;
  private final @Nullable BigDecimal regionScoreAtLeast;
  private final int regionRankAtMost;

  private RewardLadder(@Nullable BigDecimal unitScoreAtLeast, @Nullable Integer unitRedLightsAtMost,
      @Nullable BigDecimal regionScoreAtLeast, int regionRankAtMost) {
    List<Problem> problems = problems(unitScoreAtLeast, unitRedLightsAtMost, regionScoreAtLeast, regionRankAtMost);
    if (!problems.isEmpty()) {
      throw new ValidationException("reward ladder", problems);
    }
    this.unitScoreAtLeast = unitScoreAtLeast;
    this.unitRedLightsAtMost = unitRedLightsAtMost;
    this.regionScoreAtLeast = regionScoreAtLeast;
    this.regionRankAtMost = regionRankAtMost;
  }

  static List<Problem> problems(@Nullable BigDecimal unitScore, @Nullable Integer redLights,
      @Nullable BigDecimal regionScore, int rank) {
    List<Problem> p = new ArrayList<>();
    if (unitScore != null && unitScore.signum() < 0) {
      p.add(Problem.of("$.unit.scoreAtLeast", Wording.mustBe(RewardLadderJson.SCORE, unitScore.toPlainString())));
    }
    if (redLights != null && redLights < 0) {
      p.add(Problem.of("$.unit.redLightsAtMost",
          Wording.mustBe(Wording.integer(0, Integer.MAX_VALUE), "" + redLights)));
    }
    if (regionScore != null && regionScore.signum() < 0) {
      p.add(Problem.of("$.region.scoreAtLeast",
          Wording.mustBe(RewardLadderJson.SCORE, regionScore.toPlainString())));
    }
    if (rank < 1) {
      p.add(Problem.of("$.region.rankAtMost", Wording.mustBe(Wording.integer(1, Integer.MAX_VALUE), "" + rank)));
    }
    return p;
  }

  /**
   * The default rules: a unit whose quarterly score is 95 or more and which had no red light in the quarter; the
   * region ranked first with a score of 95 or more.
   *
   * @return the ladder
   */
  public static RewardLadder defaults() {
    return DEFAULTS;
  }

  /**
   * A ladder that commends nobody.
   *
   * @return the ladder
   */
  public static RewardLadder none() {
    return new RewardLadder(null, null, null, 1);
  }

  /**
   * A builder starting from the {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * A builder starting from this ladder.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The unit rule's threshold, inclusive.
   *
   * @return the threshold, or null when units are not commended
   */
  public @Nullable BigDecimal unitScoreAtLeast() {
    return unitScoreAtLeast;
  }

  /**
   * The most red lights a commended unit may have had in the quarter.
   *
   * @return the limit (0: none), or null when red lights are not counted
   */
  public @Nullable Integer unitRedLightsAtMost() {
    return unitRedLightsAtMost;
  }

  /**
   * The region rule's threshold, inclusive.
   *
   * @return the threshold, or null when regions are not commended
   */
  public @Nullable BigDecimal regionScoreAtLeast() {
    return regionScoreAtLeast;
  }

  /**
   * The lowest rank the region rule commends.
   *
   * @return 1 for the first place only
   */
  public int regionRankAtMost() {
    return regionRankAtMost;
  }

  /**
   * The commendations of a quarter, counting each unit's red lights on the monthly scorecards of the quarter's
   * months (reports of other months are ignored).
   *
   * @param scores the quarter's unit and region scores
   * @param months monthly reports; those of the quarter's months are counted
   * @return unit commendations by unit id, then region commendations by rank and region id
   */
  public List<Commendation> decide(QuarterReport scores, Collection<PeriodReport> months) {
    return decide(scores, redLights(scores, months));
  }

  /**
   * The commendations of a quarter.
   *
   * @param scores the quarter's unit and region scores
   * @param redLightsByUnit each unit's red lights in the quarter; a unit not in the map had none
   * @return unit commendations by unit id, then region commendations by rank and region id
   */
  public List<Commendation> decide(QuarterReport scores, Map<String, Long> redLightsByUnit) {
    Objects.requireNonNull(redLightsByUnit, "redLightsByUnit");
    List<Commendation> out = new ArrayList<>();
    String q = scores.quarter().toString();
    if (unitScoreAtLeast != null) {
      String t = unitScoreAtLeast.toPlainString();
      for (UnitQuarterScore u : scores.units()) {
        long red = redLightsByUnit.getOrDefault(u.unit(), 0L);
        if (u.score().compareTo(unitScoreAtLeast) < 0
            || (unitRedLightsAtMost != null && red > unitRedLightsAtMost)) {
          continue;
        }
        String s = u.score().toPlainString();
        String redEn;
        String redZh;
        if (unitRedLightsAtMost == null) {
          redEn = red + " red light" + (red == 1 ? "" : "s") + " in the quarter (not counted by the rule)";
          redZh = "本季度红灯 " + red + " 次(不计)";
        } else if (unitRedLightsAtMost == 0) {
          redEn = "no red light in the quarter";
          redZh = "本季度无红灯";
        } else {
          redEn = red + " red light" + (red == 1 ? "" : "s") + " in the quarter, at most " + unitRedLightsAtMost;
          redZh = "本季度红灯 " + red + " 次,不超过 " + unitRedLightsAtMost + " 次";
        }
        out.add(new Commendation(CommendationRule.UNIT_QUARTER, u.unit(), u.region(), scores.quarter(), u.score(),
            unitScoreAtLeast, red, unitRedLightsAtMost, null, null,
            "unit " + u.unit() + " scored " + s + " in " + q + ", at least " + t + ", with " + redEn + ": commended",
            "广场 " + u.unit() + " " + q + " 季度客诉得分 " + s + " 分,达到 " + t + " 分(含)," + redZh + ":予以表彰"));
      }
    }
    if (regionScoreAtLeast != null && scores.regions().size() >= 2) {
      String t = regionScoreAtLeast.toPlainString();
      for (RegionQuarterScore r : scores.regions()) {
        if (r.rank() > regionRankAtMost || r.score().compareTo(regionScoreAtLeast) < 0) {
          continue;
        }
        String s = r.score().toPlainString();
        String place = regionRankAtMost == 1 ? "first" : "within the top " + regionRankAtMost;
        String placeZh = regionRankAtMost == 1 ? "排名第一" : "排名前 " + regionRankAtMost + " 名";
        out.add(new Commendation(CommendationRule.REGION_RANK, null, r.region(), scores.quarter(), r.score(),
            regionScoreAtLeast, null, null, r.rank(), regionRankAtMost,
            "region " + r.region() + " ranked " + place + " (rank " + r.rank() + ") in " + q + " with " + s
                + ", at least " + t + ": commended",
            "城市公司 " + r.region() + " " + q + " 季度" + placeZh + "(第 " + r.rank() + " 名),得分 " + s + " 分,达到 "
                + t + " 分(含):予以表彰"));
      }
    }
    return List.copyOf(out);
  }

  /** Each unit's red lights (every RED level) on its scorecards of the quarter's months. */
  static Map<String, Long> redLights(QuarterReport scores, Collection<PeriodReport> months) {
    Map<String, Long> out = new TreeMap<>();
    for (PeriodReport month : months) {
      if (!scores.quarter().contains(month.period())) {
        continue;
      }
      for (MonthlyScorecard card : month.units()) {
        long n = 0;
        for (AlertLevel l : RED) {
          n += card.metrics().redLights(l);
        }
        out.merge(card.unit(), n, Long::sum);
      }
    }
    return out;
  }

  /**
   * Whether another ladder has the same rules (thresholds compared as numbers).
   *
   * @param o the other object
   * @return true when the rules are the same
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RewardLadder r
        && sameNumber(unitScoreAtLeast, r.unitScoreAtLeast)
        && Objects.equals(unitRedLightsAtMost, r.unitRedLightsAtMost)
        && sameNumber(regionScoreAtLeast, r.regionScoreAtLeast)
        && regionRankAtMost == r.regionRankAtMost;
  }

  /** Thresholds are equal when they are the same number: 95 and 95.0 compare alike. */
  private static boolean sameNumber(@Nullable BigDecimal a, @Nullable BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitScoreAtLeast == null ? null : unitScoreAtLeast.stripTrailingZeros(), unitRedLightsAtMost,
        regionScoreAtLeast == null ? null : regionScoreAtLeast.stripTrailingZeros(), regionRankAtMost);
  }

  @Override
  public String toString() {
    return "RewardLadder[unitScoreAtLeast=" + unitScoreAtLeast + ", unitRedLightsAtMost=" + unitRedLightsAtMost
        + ", regionScoreAtLeast=" + regionScoreAtLeast + ", regionRankAtMost=" + regionRankAtMost + "]";
  }

  /** Builds a {@link RewardLadder}; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private @Nullable BigDecimal unitScoreAtLeast;
    private @Nullable Integer unitRedLightsAtMost;
    private @Nullable BigDecimal regionScoreAtLeast;
    private int regionRankAtMost;

    private Builder(RewardLadder from) {
      this.unitScoreAtLeast = from.unitScoreAtLeast;
      this.unitRedLightsAtMost = from.unitRedLightsAtMost;
      this.regionScoreAtLeast = from.regionScoreAtLeast;
      this.regionRankAtMost = from.regionRankAtMost;
    }

    /**
     * The unit rule's threshold, inclusive (default 95).
     *
     * @param threshold not negative; null to commend no unit
     * @return this builder
     */
    public Builder unitScoreAtLeast(@Nullable BigDecimal threshold) {
      this.unitScoreAtLeast = threshold;
      return this;
    }

    /**
     * The most red lights a commended unit may have had in the quarter (default 0: none).
     *
     * @param limit not negative; null not to count red lights
     * @return this builder
     */
    public Builder unitRedLightsAtMost(@Nullable Integer limit) {
      this.unitRedLightsAtMost = limit;
      return this;
    }

    /**
     * The region rule's threshold, inclusive (default 95).
     *
     * @param threshold not negative; null to commend no region
     * @return this builder
     */
    public Builder regionScoreAtLeast(@Nullable BigDecimal threshold) {
      this.regionScoreAtLeast = threshold;
      return this;
    }

    /**
     * The lowest rank the region rule commends (default 1: the first place, all tied regions included).
     *
     * @param rank at least 1
     * @return this builder
     */
    public Builder regionRankAtMost(int rank) {
      this.regionRankAtMost = rank;
      return this;
    }

    /**
     * Builds the ladder.
     *
     * @return the ladder
     * @throws ValidationException listing every problem, with the path of its JSON field
     */
    public RewardLadder build() {
      return new RewardLadder(unitScoreAtLeast, unitRedLightsAtMost, regionScoreAtLeast, regionRankAtMost);
    }
  }
}
