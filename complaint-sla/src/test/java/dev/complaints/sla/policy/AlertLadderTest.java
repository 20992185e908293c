package dev.complaints.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.sla.AlertLevel;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlertLadderTest {
  private final AlertLadder ladder = AlertLadder.DEFAULT;

  @Test
  void theLevelIsTheHighestThresholdReachedForAnySizesAndLadders() {
    // levelAt works in longs where they suffice; threshold() always works exactly
    AlertLadder odd = new AlertLadder(new BigDecimal("0.333333333333333333333"), new BigDecimal("1.0000000001"),
        new BigDecimal("7.77"));
    AlertLadder[] ladders = {AlertLadder.DEFAULT, odd, AlertLadder.withRedPoints(new BigDecimal("1.25"),
        new BigDecimal("3"))};
    qt().forAll(longs().between(0, Long.MAX_VALUE), longs().between(0, Long.MAX_VALUE),
            longs().between(0, 999_999_999), longs().between(0, 2))
        .checkAssert((e, l, nanos, which) -> {
          AlertLadder a = ladders[(int) (long) which];
          // seconds of every size: small ones most often, as in real limits
          for (int shift : new int[] {0, 24, 33, 40, 52}) {
            Duration limit = Duration.ofSeconds(l >>> (30 + shift % 31), nanos);
            Duration elapsed = Duration.ofSeconds(e >>> (30 + shift % 31), (nanos * 7) % 1_000_000_000);
            AlertLevel expected = AlertLevel.NONE;
            for (AlertLevel level : AlertLevel.values()) {
              if (elapsed.compareTo(a.threshold(level, limit)) >= 0) {
                expected = level;
              }
            }
            assertThat(a.levelAt(elapsed, limit)).as("%s of %s", elapsed, limit).isEqualTo(expected);
          }
        });
  }

  @Test
  void thresholdsAreExact() {
    Duration limit = Duration.ofSeconds(3);
    assertThat(ladder.levelAt(Duration.ofNanos(1_799_999_999), limit)).isEqualTo(AlertLevel.NONE);
    assertThat(ladder.levelAt(Duration.ofMillis(1800), limit)).isEqualTo(AlertLevel.YELLOW);
    assertThat(ladder.levelAt(limit, limit)).isEqualTo(AlertLevel.YELLOW);
    assertThat(ladder.levelAt(limit.plusNanos(1), limit)).isEqualTo(AlertLevel.RED_1);
    assertThat(ladder.levelAt(Duration.ofNanos(4_499_999_999L), limit)).isEqualTo(AlertLevel.RED_1);
    assertThat(ladder.levelAt(Duration.ofMillis(4500), limit)).isEqualTo(AlertLevel.RED_2);
    assertThat(ladder.levelAt(Duration.ofSeconds(6), limit)).isEqualTo(AlertLevel.RED_3);
    // 60 % of 7 ns is 4.2 ns: yellow from 5 ns.
    assertThat(ladder.levelAt(Duration.ofNanos(4), Duration.ofNanos(7))).isEqualTo(AlertLevel.NONE);
    assertThat(ladder.levelAt(Duration.ofNanos(5), Duration.ofNanos(7))).isEqualTo(AlertLevel.YELLOW);
    assertThat(ladder.threshold(AlertLevel.YELLOW, Duration.ofNanos(7))).isEqualTo(Duration.ofNanos(5));
    assertThat(ladder.threshold(AlertLevel.RED_1, Duration.ofHours(1))).isEqualTo(Duration.ofHours(1).plusNanos(1));
  }

  @Test
  void equalLaddersAreEqual() {
    assertThat(new AlertLadder(new BigDecimal("0.60"), new BigDecimal("1.5"), new BigDecimal("2")))
        .isEqualTo(AlertLadder.DEFAULT);
  }

  @Test
  void rejectsBadPoints() {
    assertThatThrownBy(() -> AlertLadder.withRedPoints(new BigDecimal("1.0"), new BigDecimal("2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("red2");
    assertThatThrownBy(() -> AlertLadder.withRedPoints(new BigDecimal("1.5"), new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("red3");
    assertThatThrownBy(() -> new AlertLadder(BigDecimal.ZERO, new BigDecimal("1.5"), new BigDecimal("2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yellow");
  }

  @Test
  void levelIsTheHighestWhoseThresholdIsReached() {
    qt().withExamples(2000)
        .forAll(longs().between(1, 1_000_000_000_000L), longs().between(0, 3_000_000_000_000L))
        .checkAssert((l, e) -> {
          Duration limit = Duration.ofNanos(l);
          Duration elapsed = Duration.ofNanos(e);
          AlertLevel level = ladder.levelAt(elapsed, limit);
          // Exact comparison with the ladder's fractions: e*10 >= l*6, e > l, e*2 >= l*3, e >= 2l.
          AlertLevel expected = AlertLevel.NONE;
          if (e * 10 >= l * 6) {
            expected = AlertLevel.YELLOW;
          }
          if (e > l) {
            expected = AlertLevel.RED_1;
          }
          if (e > l && e * 2 >= l * 3) {
            expected = AlertLevel.RED_2;
          }
          if (e > l && e >= l * 2) {
            expected = AlertLevel.RED_3;
          }
          assertThat(level).isEqualTo(expected);
          for (AlertLevel x : AlertLevel.values()) {
            Duration th = ladder.threshold(x, limit);
            assertThat(ladder.levelAt(th, limit)).isGreaterThanOrEqualTo(x);
            if (!th.isZero()) {
              assertThat(ladder.levelAt(th.minusNanos(1), limit)).isLessThan(x);
            }
          }
        });
  }
}
