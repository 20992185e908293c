package dev.complaints.scoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsAccumulatorTest {

  static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  static TicketRecord.Builder ticket(String id, String unit, String accepted) {
    return Tickets.builder(id, unit, at(accepted)).region("r1");
  }

  /** Five tickets: three in October (one accepted 00:30 on Nov 1 in Shanghai, still October in UTC), two in November. */
  static List<TicketRecord> sample() {
    return List.of(
        ticket("T1", "p1", "2026-10-02T10:00:00+08:00").category("MERCHANT_SERVICE").channel(Channel.PHONE)
            .closedAt(at("2026-10-03T10:00:00+08:00")) // exactly 24 h
            .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED)).subject("shop-a").location("L1").build(),
        ticket("T2", "p1", "2026-10-10T10:00:00+08:00").category("MERCHANT_SERVICE").channel(Channel.ONLINE)
            .grade(Grade.SERIOUS).closedAt(at("2026-10-12T09:00:00+08:00")) // 47 h
            .returnVisit(ReturnVisitRecord.of(Satisfaction.NEUTRAL)).subject("shop-b").location("L1").build(),
        ticket("T3", "p2", "2026-10-20T10:00:00+08:00").category("SAFETY").channel(Channel.PHONE)
            .closedAt(at("2026-10-27T10:00:00+08:00")) // 7 days
            .returnVisit(ReturnVisitRecord.exempted()).subject("shop-a").location("L2").build(),
        ticket("T4", "p2", "2026-11-01T00:30:00+08:00").category("SAFETY").channel(Channel.PHONE)
            .returnVisit(ReturnVisitRecord.of(Satisfaction.VERY_SATISFIED)).subject("shop-c").build(),
        ticket("T5", "p2", "2026-12-05T10:00:00+08:00").category("ENVIRONMENT_SANITATION").channel(Channel.PHONE)
            .closedAt(at("2026-12-07T10:00:00+08:00")).subject("shop-b").location("L2").build());
  }

  static Statistics compute(List<TicketRecord> tickets) {
    StatisticsAccumulator acc = StatisticsAccumulator.shanghai();
    tickets.forEach(acc::add);
    return acc.result(2);
  }

  @Test
  void volumeAndMonthOverMonthTrend() {
    Breakdown all = compute(sample()).overall();
    assertThat(all.volume()).isEqualTo(5);
    assertThat(all.months()).extracting(MonthTrend::month)
        .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
    MonthTrend oct = all.months().get(0);
    MonthTrend nov = all.months().get(1);
    MonthTrend dec = all.months().get(2);
    assertThat(oct.volume()).isEqualTo(3);
    assertThat(oct.change()).isNull();
    assertThat(oct.changeRate()).isNull();
    assertThat(nov.volume()).isEqualTo(1);
    assertThat(nov.change()).isEqualTo(-2);
    assertThat(nov.changeRate()).isEqualTo(new BigDecimal("-0.6667"));
    assertThat(dec.change()).isEqualTo(0);
    assertThat(dec.changeRate()).isEqualTo(new BigDecimal("0.0000"));
  }

  @Test
  void aMonthWithoutTicketsIsListedAndTheNextHasNoRate() {
    Breakdown p2 = compute(List.of(
        ticket("A", "p", "2026-10-02T10:00:00+08:00").build(),
        ticket("B", "p", "2026-12-02T10:00:00+08:00").build())).overall();
    assertThat(p2.months()).extracting(MonthTrend::volume).containsExactly(1L, 0L, 1L);
    assertThat(p2.months().get(2).change()).isEqualTo(1);
    assertThat(p2.months().get(2).changeRate()).isNull();
  }

  @Test
  void satisfactionTrendLeavesExemptOut() {
    Breakdown all = compute(sample()).overall();
    MonthTrend oct = all.months().get(0);
    assertThat(oct.visited()).isEqualTo(2);
    assertThat(oct.satisfied()).isEqualTo(1);
    assertThat(oct.exempt()).isEqualTo(1);
    assertThat(oct.satisfactionRate()).isEqualTo(new BigDecimal("0.5000"));
    assertThat(all.months().get(1).satisfactionRate()).isEqualTo(new BigDecimal("1.0000"));
    assertThat(all.months().get(2).satisfactionRate()).isNull();
  }

  @Test
  void sharesByCategoryChannelAndGrade() {
    Breakdown all = compute(sample()).overall();
    assertThat(all.categories()).containsExactly(
        new Share("MERCHANT_SERVICE", 2, new BigDecimal("0.4000")),
        new Share("SAFETY", 2, new BigDecimal("0.4000")),
        new Share("ENVIRONMENT_SANITATION", 1, new BigDecimal("0.2000")));
    assertThat(all.channels()).hasSize(Channel.values().length)
        .contains(new Share("PHONE", 4, new BigDecimal("0.8000")), new Share("ONLINE", 1, new BigDecimal("0.2000")),
            new Share("EMAIL", 0, new BigDecimal("0.0000")));
    assertThat(all.grades()).extracting(Share::key).containsExactly("GENERAL", "SERIOUS", "MAJOR", "CRITICAL");
    assertThat(all.grades()).extracting(Share::count).containsExactly(4L, 1L, 0L, 0L);
  }

  @Test
  void timelinessDistribution() {
    Breakdown all = compute(sample()).overall();
    assertThat(all.timeliness()).extracting(Share::key, Share::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("WITHIN_24H", 1L),
        org.assertj.core.groups.Tuple.tuple("WITHIN_48H", 2L),
        org.assertj.core.groups.Tuple.tuple("WITHIN_5D", 0L),
        org.assertj.core.groups.Tuple.tuple("OVER_5D", 1L),
        org.assertj.core.groups.Tuple.tuple("OPEN", 1L));
  }

  @Test
  void topNKeepsTiesAtTheCut() {
    Breakdown all = compute(sample()).overall();
    // shop-a 2, shop-b 2, shop-c 1: top 2 = the two tied at rank 1, then shop-c at rank 3 is cut
    assertThat(all.topSubjects()).containsExactly(new Ranked("shop-a", 2, 1), new Ranked("shop-b", 2, 1));
    // L1 2, L2 2 (T4 has no location)
    assertThat(all.topLocations()).containsExactly(new Ranked("L1", 2, 1), new Ranked("L2", 2, 1));
    assertThat(StatisticsAccumulator.top(Map.of("a", 3L, "b", 2L, "c", 2L, "d", 1L), 2))
        .containsExactly(new Ranked("a", 3, 1), new Ranked("b", 2, 2), new Ranked("c", 2, 2));
    assertThat(StatisticsAccumulator.top(Map.of("a", 3L, "b", 2L, "c", 2L, "d", 1L), 1))
        .containsExactly(new Ranked("a", 3, 1));
  }

  @Test
  void perUnitStatistics() {
    Statistics s = compute(sample());
    assertThat(s.units()).extracting(UnitStatistics::unit).containsExactly("p1", "p2");
    UnitStatistics p2 = s.unit("p2").orElseThrow();
    assertThat(p2.region()).isEqualTo("r1");
    assertThat(p2.stats().volume()).isEqualTo(3);
    assertThat(p2.stats().months()).extracting(MonthTrend::volume).containsExactly(1L, 1L, 1L);
    assertThat(s.unit("nope")).isEmpty();
  }

  @Test
  void asOfLeavesFutureTicketsOutAndCountsUnclosedAsOpen() {
    StatisticsAccumulator acc = new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), at("2026-10-12T08:00:00+08:00"));
    sample().forEach(acc::add);
    Breakdown all = acc.result().overall();
    assertThat(all.volume()).isEqualTo(2);
    // T2 closes after the as-of instant
    assertThat(all.timeliness()).filteredOn(t -> t.key().equals("OPEN")).singleElement()
        .extracting(Share::count).isEqualTo(1L);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> StatisticsAccumulator.shanghai().result(0)).hasMessageContaining("topN");
    assertThatThrownBy(() -> StatisticsAccumulator.shanghai()
            .merge(new StatisticsAccumulator(ZoneId.of("UTC"), null)))
        .hasMessageContaining("cannot merge");
  }
}
