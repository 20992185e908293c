package dev.complaints.sla.policy;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.internal.LadderInLongs;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The alert ladder (黄灯 / 红灯) of a policy: the fractions of the limit at which a timer's light changes.
 *
 * <p>With <em>elapsed</em> the working time spent in a timer (pauses removed) and <em>limit</em> the target
 * plus every approved extension:
 *
 * <ul>
 *   <li>{@link AlertLevel#YELLOW} when elapsed &ge; {@code yellow} &times; limit (default 0.6, that is 40 % of
 *       the time remaining);
 *   <li>{@link AlertLevel#RED_1} when elapsed &gt; limit (past the deadline);
 *   <li>{@link AlertLevel#RED_2} when elapsed &gt; limit and elapsed &ge; {@code red2} &times; limit (default
 *       1.5, an assumption: the source names red-light levels without defining them);
 *   <li>{@link AlertLevel#RED_3} when elapsed &gt; limit and elapsed &ge; {@code red3} &times; limit (default
 *       2.0, an assumption).
 * </ul>
 *
 * <p>Comparisons are exact: durations are compared in nanoseconds against the exact decimal fractions, so no
 * floating-point rounding can move a light by a nanosecond.
 *
 * @param yellow fraction of the limit at which the light turns yellow, in (0, 1]
 * @param red2 fraction of the limit at which the light turns RED_2, greater than 1
 * @param red3 fraction of the limit at which the light turns RED_3, greater than {@code red2}
 */
public record AlertLadder(BigDecimal yellow, BigDecimal red2, BigDecimal red3) {

  /** The default ladder: YELLOW at 0.6, RED_2 at 1.5, RED_3 at 2.0. */
  public static final AlertLadder DEFAULT =
      new AlertLadder(new BigDecimal("0.6"), new BigDecimal("1.5"), new BigDecimal("2.0"));

  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  /** The ladders in long form, or {@link #NO_LONG_FORM}; ladders are few, so this stays small. */
  private static final Map<AlertLadder, Object> LONG_FORMS = new ConcurrentHashMap<>();

  private static final Object NO_LONG_FORM = new Object();

  /**
   * Creates a ladder; the fractions are normalised (trailing zeros stripped) so that equal ladders are equal.
   *
   * @param yellow fraction of the limit at which the light turns yellow, in (0, 1]
   * @param red2 fraction of the limit at which the light turns RED_2, greater than 1
   * @param red3 fraction of the limit at which the light turns RED_3, greater than {@code red2}
   * @throws IllegalArgumentException when the fractions are out of range or out of order
   */
  public AlertLadder {
    Objects.requireNonNull(yellow, "yellow");
    Objects.requireNonNull(red2, "red2");
    Objects.requireNonNull(red3, "red3");
    if (yellow.signum() <= 0 || yellow.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("yellow must be greater than 0 and at most 1, was " + yellow);
    }
    if (red2.compareTo(BigDecimal.ONE) <= 0) {
      throw new IllegalArgumentException("red2 must be greater than 1, was " + red2);
    }
    if (red3.compareTo(red2) <= 0) {
      throw new IllegalArgumentException("red3 must be greater than red2 (" + red2 + "), was " + red3);
    }
    yellow = normalise(yellow);
    red2 = normalise(red2);
    red3 = normalise(red3);
  }

  /**
   * A ladder with the default yellow point and the given red points.
   *
   * @param red2 fraction of the limit for RED_2, greater than 1
   * @param red3 fraction of the limit for RED_3, greater than {@code red2}
   * @return the ladder
   */
  public static AlertLadder withRedPoints(BigDecimal red2, BigDecimal red3) {
    return new AlertLadder(DEFAULT.yellow(), red2, red3);
  }

  /**
   * The light for a timer that has used {@code elapsed} of {@code limit}.
   *
   * @param elapsed working time spent, not negative
   * @param limit the limit (target plus approved extensions), not negative
   * @return the alert level
   */
  public AlertLevel levelAt(Duration elapsed, Duration limit) {
    AlertLevel fast = levelInLongs(Objects.requireNonNull(elapsed, "elapsed"), Objects.requireNonNull(limit, "limit"));
    if (fast != null) {
      return fast;
    }
    BigInteger e = nanos(Objects.requireNonNull(elapsed, "elapsed"));
    BigInteger l = nanos(Objects.requireNonNull(limit, "limit"));
    if (e.signum() < 0 || l.signum() < 0) {
      throw new IllegalArgumentException("elapsed and limit must not be negative: " + elapsed + ", " + limit);
    }
    AlertLevel level = AlertLevel.NONE;
    for (AlertLevel candidate : AlertLevel.values()) {
      if (candidate != AlertLevel.NONE && e.compareTo(thresholdNanos(candidate, l)) >= 0) {
        level = candidate;
      }
    }
    return level;
  }

  /**
   * {@link #levelAt} in long arithmetic, for the usual sizes; null when a product would not fit in a long, and
   * the exact arithmetic decides.
   */
  private @Nullable AlertLevel levelInLongs(Duration elapsed, Duration limit) {
    Object form = LONG_FORMS.get(this);
    if (form == null) {
      LadderInLongs longs = LadderInLongs.of(this);
      form = longs == null ? NO_LONG_FORM : longs;
      if (LONG_FORMS.size() < 1024) {
        LONG_FORMS.putIfAbsent(this, form);
      }
    }
    return form instanceof LadderInLongs longs ? longs.levelAt(elapsed, limit) : null;
  }

  /**
   * The least elapsed working time at which a timer with this limit shows {@code level} or a higher one.
   *
   * <p>{@code NONE} &rarr; zero; {@code YELLOW} &rarr; {@code ceil(yellow × limit)}; {@code RED_1} &rarr;
   * limit + 1 ns; {@code RED_2}, {@code RED_3} &rarr; the larger of limit + 1 ns and {@code ceil(red × limit)}.
   *
   * @param level the level
   * @param limit the limit, not negative
   * @return the threshold as a duration
   */
  public Duration threshold(AlertLevel level, Duration limit) {
    BigInteger n = thresholdNanos(Objects.requireNonNull(level, "level"), nanos(limit));
    BigInteger[] qr = n.divideAndRemainder(NANOS_PER_SECOND);
    return Duration.ofSeconds(qr[0].longValueExact(), qr[1].longValueExact());
  }

  private BigInteger thresholdNanos(AlertLevel level, BigInteger limit) {
    BigInteger pastLimit = limit.add(BigInteger.ONE);
    switch (level) {
      case NONE:
        return BigInteger.ZERO;
      case YELLOW:
        return ceil(limit, yellow);
      case RED_1:
        return pastLimit;
      case RED_2:
        return ceil(limit, red2).max(pastLimit);
      case RED_3:
        return ceil(limit, red3).max(pastLimit);
      default:
        throw new IllegalArgumentException("unknown level " + level);
    }
  }

  private static BigInteger ceil(BigInteger limit, BigDecimal fraction) {
    return new BigDecimal(limit).multiply(fraction).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
  }

  private static BigInteger nanos(Duration d) {
    return BigInteger.valueOf(d.getSeconds()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(d.getNano()));
  }

  private static BigDecimal normalise(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
