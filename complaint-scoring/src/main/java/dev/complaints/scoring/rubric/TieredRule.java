package dev.complaints.scoring.rubric;

import dev.complaints.core.json.internal.Wording;
import dev.complaints.core.validation.Problem;
import dev.complaints.scoring.metrics.Ratio;
import dev.complaints.scoring.metrics.UnitMetrics;
import dev.complaints.scoring.record.UnitInputs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tiered thresholds on a rate: the first tier whose threshold the exact rate reaches (inclusive, 含) gives
 * its points, otherwise {@code otherwise}. A rate that is not applicable (denominator 0) scores the item's
 * maximum, saying so.
 *
 * @param rate the rate
 * @param tiers thresholds with points, highest threshold first
 * @param otherwise points below every threshold
 */
public record TieredRule(RateMetric rate, List<Tier> tiers, int otherwise) implements ItemRule {

  /**
   * One tier.
   *
   * @param atLeast the threshold as a fraction, for example {@code 0.95}
   * @param points the points when the rate is at least the threshold
   */
  public record Tier(BigDecimal atLeast, int points) {
    /**
     * Validates the tier.
     *
     * @param atLeast not null; kept without trailing zeros (0.90 and 0.9 are the same threshold)
     * @param points any; checked by the rubric
     */
    public Tier {
      atLeast = Objects.requireNonNull(atLeast, "atLeast").stripTrailingZeros();
    }

    /**
     * Shorthand factory.
     *
     * @param atLeast threshold text, for example {@code "0.95"}
     * @param points points
     * @return the tier
     */
    public static Tier of(String atLeast, int points) {
      return new Tier(new BigDecimal(atLeast), points);
    }
  }

  /**
   * Copies the tiers.
   *
   * @param rate not null
   * @param tiers not null
   * @param otherwise points below every tier
   */
  public TieredRule {
    Objects.requireNonNull(rate, "rate");
    tiers = List.copyOf(tiers);
  }

  @Override
  public Scored score(Text label, int max, UnitMetrics metrics, UnitInputs inputs) {
    Ratio r = rate.of(metrics);
    if (!r.isApplicable()) {
      Text why = rate.notApplicableReason(metrics);
      return new Scored(
          max,
          Text.of(
              label.en() + ": not applicable (" + why.en() + "; denominator 0), full " + max + " points",
              label.zh() + "：不适用（" + why.zh() + "，分母为 0），得满分 " + max + " 分"));
    }
    String value = r + " = " + r.percent();
    for (Tier t : tiers) {
      if (r.isAtLeast(t.atLeast())) {
        return new Scored(
            t.points(),
            Text.of(
                label.en() + ": " + value + " ≥ " + pct(t.atLeast()) + " → " + t.points() + " of " + max,
                label.zh() + "：" + value + "，达到 " + pct(t.atLeast()) + "（含）→ " + t.points() + "/" + max + " 分"));
      }
    }
    String lowest = tiers.isEmpty() ? "" : pct(tiers.get(tiers.size() - 1).atLeast());
    return new Scored(
        otherwise,
        Text.of(
            label.en() + ": " + value + " is below " + lowest + " → " + otherwise + " of " + max,
            label.zh() + "：" + value + "，低于 " + lowest + " → " + otherwise + "/" + max + " 分"));
  }

  static String pct(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  @Override
  public List<Problem> problems(String path, int max) {
    List<Problem> p = new ArrayList<>();
    if (tiers.isEmpty()) {
      p.add(Problem.of(path + ".tiers", Wording.EMPTY));
    }
    for (int i = 0; i < tiers.size(); i++) {
      Tier t = tiers.get(i);
      String tp = path + ".tiers[" + i + "]";
      if (t.atLeast().signum() < 0 || t.atLeast().compareTo(BigDecimal.ONE) > 0) {
        p.add(Problem.of(tp + ".atLeast", Wording.mustBe(Wording.number(BigDecimal.ZERO, BigDecimal.ONE),
            t.atLeast().toString())));
      }
      if (t.points() < 0 || t.points() > max) {
        p.add(Problem.of(tp + ".points", Wording.mustBe(Wording.integer(0, max), "" + t.points())));
      }
      if (i > 0 && t.atLeast().compareTo(tiers.get(i - 1).atLeast()) >= 0) {
        p.add(Problem.of(tp + ".atLeast", Wording.mustBe("less than " + tiers.get(i - 1).atLeast()
            + ", the threshold before it: thresholds are listed highest first", t.atLeast().toString())));
      }
    }
    if (otherwise < 0 || otherwise > max) {
      p.add(Problem.of(path + ".otherwise", Wording.mustBe(Wording.integer(0, max), "" + otherwise)));
    }
    return p;
  }
}
