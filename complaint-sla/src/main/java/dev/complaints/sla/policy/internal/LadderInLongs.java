package dev.complaints.sla.policy.internal;

import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.AlertLadder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * An alert ladder's fractions as whole numbers over powers of ten, so that a level is found with a few long
 * multiplications: {@code e >= ceil(l × u / 10^s)} holds exactly when {@code e × 10^s >= l × u}, for whole
 * nanoseconds {@code e}. Where a product would not fit in a long the ladder's exact arithmetic decides.
 */
public final class LadderInLongs {
  private static final long NANOS = 1_000_000_000L;

  private final long yellowUnscaled;
  private final long yellowScale;
  private final long red2Unscaled;
  private final long red2Scale;
  private final long red3Unscaled;
  private final long red3Scale;

  private LadderInLongs(long[] yellow, long[] red2, long[] red3) {
    yellowUnscaled = yellow[0];
    yellowScale = yellow[1];
    red2Unscaled = red2[0];
    red2Scale = red2[1];
    red3Unscaled = red3[0];
    red3Scale = red3[1];
  }

  /**
   * The long form of a ladder.
   *
   * @param ladder the ladder
   * @return its long form; null when a fraction has none (more than 18 decimals or a large unscaled value)
   */
  public static @Nullable LadderInLongs of(AlertLadder ladder) {
    long[] y = fraction(ladder.yellow());
    long[] r2 = fraction(ladder.red2());
    long[] r3 = fraction(ladder.red3());
    return y == null || r2 == null || r3 == null ? null : new LadderInLongs(y, r2, r3);
  }

  private static long @Nullable [] fraction(BigDecimal f) {
    if (f.scale() < 0 || f.scale() > 18 || f.unscaledValue().bitLength() > 31) {
      return null;
    }
    return new long[] {f.unscaledValue().longValue(), BigInteger.TEN.pow(f.scale()).longValueExact()};
  }

  /**
   * The light for a timer that has used {@code elapsed} of {@code limit}, as {@link AlertLadder#levelAt}.
   *
   * @param elapsed working time spent, not negative
   * @param limit the limit, not negative
   * @return the level; null when the durations are too large for long arithmetic (or negative)
   */
  public @Nullable AlertLevel levelAt(Duration elapsed, Duration limit) {
    long es = elapsed.getSeconds();
    long ls = limit.getSeconds();
    if (es < 0 || ls < 0 || es >= 1L << 32 || ls >= 1L << 32) {
      return null;
    }
    long e = es * NANOS + elapsed.getNano();
    long l = ls * NANOS + limit.getNano();
    try {
      if (e <= l) {
        return atLeast(e, l, yellowUnscaled, yellowScale) ? AlertLevel.YELLOW : AlertLevel.NONE;
      }
      if (atLeast(e, l, red3Unscaled, red3Scale)) {
        return AlertLevel.RED_3;
      }
      return atLeast(e, l, red2Unscaled, red2Scale) ? AlertLevel.RED_2 : AlertLevel.RED_1;
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  private static boolean atLeast(long e, long l, long unscaled, long scale) {
    return Math.multiplyExact(e, scale) >= Math.multiplyExact(l, unscaled);
  }
}
