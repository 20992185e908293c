package dev.complaints.scoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.PlanRecord;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.sla.AlertLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class StatisticsMergePropertyTest {

  static final Instant BASE = Instant.parse("2026-09-20T00:00:00Z");

  /** A ticket drawn from a seed: a few units, regions, categories, subjects, over about three months. */
  static TicketRecord ticket(long seed) {
    Random r = new Random(seed);
    Instant accepted = BASE.plusSeconds(r.nextInt(100 * 24 * 3600));
    TicketRecord.Builder b = TicketRecord.builder("T" + seed, "p" + r.nextInt(4), accepted)
        .region(r.nextInt(5) == 0 ? null : "r" + r.nextInt(2))
        .channel(Channel.values()[r.nextInt(Channel.values().length)])
        .grade(Grade.values()[r.nextInt(Grade.values().length)])
        .category(List.of("MERCHANT_SERVICE", "SAFETY", "PREPAID_CARD").get(r.nextInt(3)));
    if (r.nextBoolean()) {
      b.closedAt(accepted.plusSeconds(r.nextInt(8 * 24 * 3600)));
    }
    switch (r.nextInt(3)) {
      case 0 -> b.returnVisit(ReturnVisitRecord.exempted());
      case 1 -> b.returnVisit(ReturnVisitRecord.of(Satisfaction.values()[r.nextInt(5)]));
      default -> { }
    }
    if (r.nextInt(4) > 0) {
      b.subject("shop-" + r.nextInt(6));
    }
    if (r.nextInt(4) > 0) {
      b.location("L" + r.nextInt(3));
    }
    // who, why, the plan and the visits (red lights, reopening)
    if (r.nextInt(4) > 0) {
      b.department("d" + r.nextInt(3));
    }
    if (r.nextInt(4) > 0) {
      b.handler("h" + r.nextInt(5));
    }
    if (r.nextInt(3) > 0) {
      b.rootCause(List.of("PROCESS", "SERVICE_ATTITUDE", "FACILITY").get(r.nextInt(3)));
    }
    if (r.nextBoolean()) {
      Instant due = accepted.plusSeconds(r.nextInt(4 * 24 * 3600));
      b.plan(new PlanRecord(due, r.nextBoolean() ? accepted.plusSeconds(r.nextInt(5 * 24 * 3600)) : null,
          1 + r.nextInt(3)));
    }
    Instant handlingEnd = accepted.plusSeconds(r.nextInt(30 * 3600));
    b.stage("HANDLING", accepted, r.nextInt(4) == 0 ? null : handlingEnd);
    if (r.nextInt(5) == 0) {
      b.stage("CLOSED", handlingEnd, handlingEnd.plusSeconds(3600));
      b.stage("HANDLING", handlingEnd.plusSeconds(3600), null);
    }
    return b.build();
  }

  /** Red when a visit lasted (or, open, has lasted by the as-of instant) more than 10 hours; RED_2 past 20. */
  static final VisitAlerts ALERTS = (t, v, asOf) -> {
    Duration d = Duration.between(v.enteredAt(), v.leftAt() != null && v.leftAt().isBefore(asOf) ? v.leftAt() : asOf);
    return d.toHours() >= 20 ? AlertLevel.RED_2 : d.toHours() >= 10 ? AlertLevel.RED_1 : AlertLevel.NONE;
  };

  static Gen<List<Long>> seeds() {
    return SourceDSL.lists().of(SourceDSL.longs().all()).ofSizeBetween(0, 60);
  }

  @Test
  void mergingRandomSplitsEqualsComputingTheWhole() {
    Instant asOf = Instant.parse("2026-12-01T00:00:00Z");
    qt().forAll(seeds(), SourceDSL.longs().all(), SourceDSL.integers().between(1, 5), SourceDSL.integers().between(1, 4))
        .checkAssert((seeds, splitSeed, parts, topN) -> {
          List<TicketRecord> tickets = seeds.stream().map(StatisticsMergePropertyTest::ticket).toList();
          for (Instant cut : new Instant[] {null, asOf}) {
            StatisticsAccumulator whole = new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), cut, ALERTS);
            // every fifth ticket counts into the trends alone, as the months before a selected period do
            tickets.forEach(t -> countInto(whole, t));
            List<StatisticsAccumulator> split = new ArrayList<>();
            for (int i = 0; i < parts; i++) {
              split.add(whole.emptyCopy());
            }
            Random r = new Random(splitSeed);
            for (TicketRecord t : tickets) {
              countInto(split.get(r.nextInt(parts)), t);
            }
            // merge in a shuffled order
            java.util.Collections.shuffle(split, r);
            StatisticsAccumulator merged = whole.emptyCopy();
            split.forEach(merged::merge);
            assertThat(merged.result(topN)).isEqualTo(whole.result(topN));
          }
        });
  }

  private static void countInto(StatisticsAccumulator acc, TicketRecord t) {
    if (Math.floorMod(t.id().hashCode(), 5) == 0) {
      acc.addToTrend(t);
    } else {
      acc.add(t);
    }
  }

  @Test
  void sharesSumToTheVolume() {
    qt().forAll(seeds()).checkAssert(seeds -> {
      StatisticsAccumulator acc = StatisticsAccumulator.shanghai();
      seeds.forEach(s -> acc.add(ticket(s)));
      Breakdown all = acc.result().overall();
      assertThat(all.channels().stream().mapToLong(Share::count).sum()).isEqualTo(all.volume());
      assertThat(all.grades().stream().mapToLong(Share::count).sum()).isEqualTo(all.volume());
      assertThat(all.timeliness().stream().mapToLong(Share::count).sum()).isEqualTo(all.volume());
      assertThat(all.months().stream().mapToLong(MonthTrend::volume).sum()).isEqualTo(all.volume());
      assertThat(all.satisfaction().distribution().stream().mapToLong(Share::count).sum())
          .isEqualTo(all.satisfaction().visited());
      assertThat(all.departments().stream().mapToLong(GroupStatistics::count).sum()).isLessThanOrEqualTo(all.volume());
      assertThat(all.rootCauses()).allSatisfy(c -> assertThat(c.trend().stream()
          .mapToLong(RootCauseShare.MonthCount::count).sum()).isEqualTo(c.count()));
    });
  }
}
