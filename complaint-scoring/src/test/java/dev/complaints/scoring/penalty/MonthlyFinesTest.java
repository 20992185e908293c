package dev.complaints.scoring.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.scoring.penalty.PenaltyDecision.Measure;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyFinesTest {

  static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  @Test
  void windowRunsFromThe26thToThe25th() {
    FineWindow w = FineWindow.parse("2026-10");
    assertThat(w.firstDay()).isEqualTo(LocalDate.of(2026, 9, 26));
    assertThat(w.lastDay()).isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(FineWindow.containing(LocalDate.of(2026, 10, 25))).isEqualTo(w);
    assertThat(FineWindow.containing(LocalDate.of(2026, 9, 26))).isEqualTo(w);
    assertThat(FineWindow.containing(LocalDate.of(2026, 10, 26))).isEqualTo(FineWindow.parse("2026-11"));
    assertThat(FineWindow.containing(LocalDate.of(2026, 12, 26)).month()).isEqualTo(YearMonth.of(2027, 1));
    assertThat(w.contains(LocalDate.of(2026, 9, 25))).isFalse();
  }

  @Test
  void redLightOnThe25thAndOnThe26thFallInDifferentWindows() {
    MonthlyFines fines = MonthlyFines.mallDefaults()
        .addRedLight("p1", "r1", at("2026-10-25T23:59:59+08:00"))
        .addRedLight("p1", "r1", at("2026-10-26T00:00:00+08:00"))
        // 16:30 UTC on the 25th is 00:30 on the 26th in Shanghai
        .addRedLight("p1", "r1", at("2026-10-25T16:30:00Z"));
    assertThat(fines.count(FineWindow.parse("2026-10"), "p1", FineKind.RED_LIGHT)).isEqualTo(1);
    assertThat(fines.count(FineWindow.parse("2026-11"), "p1", FineKind.RED_LIGHT)).isEqualTo(2);
    assertThat(fines.windows()).extracting(FineWindow::toString).containsExactly("2026-10", "2026-11");
  }

  @Test
  void eachEventFinesThreeRoles() {
    FineWindow w = FineWindow.parse("2026-10");
    MonthlyFines fines = MonthlyFines.mallDefaults()
        .addRedLight("p1", "r1", at("2026-10-03T12:00:00+08:00"))
        .addRedLight("p1", "r1", at("2026-09-28T12:00:00+08:00"))
        .add(FineKind.PUBLICITY, "p1", "r1", w, 1)
        .add(FineKind.CONCEALED, "p2", null, w, 0);
    List<PenaltyDecision> ds = fines.decisions(w);
    assertThat(ds).hasSize(6).allSatisfy(d -> {
      assertThat(d.measure()).isEqualTo(Measure.AMOUNT_CNY);
      assertThat(d.unit()).isEqualTo("p1");
      assertThat(d.region()).isEqualTo("r1");
      assertThat(d.period()).isEqualTo("2026-10");
    });
    assertThat(ds).extracting(PenaltyDecision::rule, PenaltyDecision::role, PenaltyDecision::occurrence,
            d -> d.value().intValueExact())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PenaltyRule.FINE_RED_LIGHT, Role.OPERATIONS_MANAGER, 2, 40),
            org.assertj.core.groups.Tuple.tuple(PenaltyRule.FINE_RED_LIGHT, Role.DEPUTY_GENERAL_MANAGER, 2, 100),
            org.assertj.core.groups.Tuple.tuple(PenaltyRule.FINE_RED_LIGHT, Role.GENERAL_MANAGER, 2, 200),
            org.assertj.core.groups.Tuple.tuple(PenaltyRule.FINE_PUBLICITY, Role.OPERATIONS_MANAGER, 1, 20),
            org.assertj.core.groups.Tuple.tuple(PenaltyRule.FINE_PUBLICITY, Role.DEPUTY_GENERAL_MANAGER, 1, 50),
            org.assertj.core.groups.Tuple.tuple(PenaltyRule.FINE_PUBLICITY, Role.GENERAL_MANAGER, 1, 100));
    assertThat(ds.get(0).reason()).contains("2026-09-26").contains("2026-10-25").contains("40");
    assertThat(ds.get(0).reasonZh()).contains("节点红灯").contains("运营经理");
    assertThat(fines.decisions(FineWindow.parse("2026-12"))).isEmpty();
    assertThat(fines.decisions()).isEqualTo(ds);
  }

  @Test
  void mergingPartsEqualsCountingEverything() {
    Instant[] lights = {
      at("2026-10-01T10:00:00+08:00"), at("2026-10-25T10:00:00+08:00"), at("2026-10-26T10:00:00+08:00")
    };
    MonthlyFines whole = MonthlyFines.mallDefaults();
    MonthlyFines a = whole.emptyCopy();
    MonthlyFines b = whole.emptyCopy();
    for (int i = 0; i < lights.length; i++) {
      whole.addRedLight("p" + i % 2, "r", lights[i]);
      (i == 1 ? a : b).addRedLight("p" + i % 2, "r", lights[i]);
    }
    whole.add(FineKind.CONCEALED, "p0", "r", LocalDate.of(2026, 10, 10), 2);
    b.add(FineKind.CONCEALED, "p0", "r", LocalDate.of(2026, 10, 10), 2);
    assertThat(a.merge(b).decisions()).isEqualTo(whole.decisions());
  }

  @Test
  void rejectsNegativeCountsAndRates() {
    assertThatThrownBy(() -> MonthlyFines.mallDefaults().add(FineKind.PUBLICITY, "p", null, FineWindow.parse("2026-10"), -1))
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> new MonthlyFines(FineWindow.SHANGHAI,
        java.util.Map.of(Role.GENERAL_MANAGER, new BigDecimal("-1")))).hasMessageContaining("negative");
    assertThatThrownBy(() -> FineWindow.parse("oct")).hasMessageContaining("YYYY-MM");
  }
}
