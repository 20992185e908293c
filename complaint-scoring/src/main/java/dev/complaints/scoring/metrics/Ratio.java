package dev.complaints.scoring.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * An exact rate {@code numerator / denominator}. Comparisons with thresholds are exact; rounding happens
 * only for display ({@link #display()}: 4 decimals, HALF_UP). A ratio with denominator 0 is not applicable.
 *
 * @param numerator the count in favour, {@code 0 <= numerator <= denominator}
 * @param denominator the count it is out of, non-negative
 */
public record Ratio(long numerator, long denominator) {

  /** Decimals shown for a rate. */
  public static final int DISPLAY_SCALE = 4;

  /**
   * Validates the ratio.
   *
   * @param numerator non-negative, at most the denominator
   * @param denominator non-negative
   */
  public Ratio {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a rate needs 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
    }
  }

  /**
   * Whether the rate is defined (denominator &gt; 0).
   *
   * @return false when the denominator is 0
   */
  public boolean isApplicable() {
    return denominator > 0;
  }

  /**
   * Whether the exact rate is at least {@code threshold} (inclusive).
   *
   * @param threshold a fraction such as {@code 0.95}
   * @return {@code numerator / denominator >= threshold}, compared exactly
   * @throws IllegalStateException when the rate is not applicable
   */
  public boolean isAtLeast(BigDecimal threshold) {
    if (!isApplicable()) {
      throw new IllegalStateException("rate with denominator 0 is not applicable");
    }
    // numerator / denominator >= u / 10^s  <=>  numerator * 10^s >= u * denominator
    BigInteger left = BigInteger.valueOf(numerator).multiply(BigInteger.TEN.pow(Math.max(threshold.scale(), 0)));
    BigDecimal scaled = threshold.scale() >= 0 ? threshold : threshold.setScale(0);
    BigInteger right = scaled.unscaledValue().multiply(BigInteger.valueOf(denominator));
    return left.compareTo(right) >= 0;
  }

  /**
   * The rate rounded for display.
   *
   * @return the rate with 4 decimals, HALF_UP; null when not applicable
   */
  public @Nullable BigDecimal display() {
    if (!isApplicable()) {
      return null;
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), DISPLAY_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * The rate as a percentage for explanations, for example {@code 94.95%}, or {@code n/a}.
   *
   * @return the text
   */
  public String percent() {
    if (!isApplicable()) {
      return "n/a";
    }
    return BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
