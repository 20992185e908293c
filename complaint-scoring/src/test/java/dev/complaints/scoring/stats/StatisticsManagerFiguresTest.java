package dev.complaints.scoring.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.record.PlanRecord;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures by department, handler and root cause, satisfaction, handling rate, plans, repeats and reopenings,
 * on five tickets computed by hand (docs/domain.md §"Root causes and who was complained about").
 */
class StatisticsManagerFiguresTest {
  private static final Instant ASOF = Instant.parse("2026-10-31T16:00:00Z");
  private static final Instant D1 = Instant.parse("2026-10-01T02:00:00Z");
  private static final Instant D20 = Instant.parse("2026-10-20T02:00:00Z");

  private static TicketRecord.Builder ticket(String id, Instant accepted) {
    return TicketRecord.builder(id, "plaza-1", accepted).channel(Channel.PHONE).category("SAFETY")
        .grade(Grade.GENERAL);
  }

  private static Instant h(Instant from, int hours) {
    return from.plus(Duration.ofHours(hours));
  }

  /**
   * T1 catering/wang, SERVICE_ATTITUDE, closed after 10 h, very satisfied, plan carried out on time, a 12-hour
   * visit (one red light); T2 catering/li, SERVICE_ATTITUDE, closed after 30 h, dissatisfied, plan late and drafted
   * twice; T3 security/wang, FACILITY, open, plan never carried out and past due, its visit open since 20 October
   * (one red light); T4 nobody named, closed after 2 h, satisfied; T5 security/zhao, PROCESS, closed after 4 h,
   * neutral, reopened. T4 and T5 name the same subject.
   */
  private static List<TicketRecord> tickets() {
    return List.of(
        ticket("T1", D1).department("catering").handler("wang").rootCause("SERVICE_ATTITUDE")
            .stage("HANDLING", D1, h(D1, 12)).closedAt(h(D1, 10))
            .returnVisit(ReturnVisitRecord.of(Satisfaction.VERY_SATISFIED))
            .plan(new PlanRecord(h(D1, 24), h(D1, 5), 1)).build(),
        ticket("T2", D1).department("catering").handler("li").rootCause("SERVICE_ATTITUDE")
            .stage("HANDLING", D1, h(D1, 2)).closedAt(h(D1, 30))
            .returnVisit(ReturnVisitRecord.of(Satisfaction.DISSATISFIED))
            .plan(new PlanRecord(h(D1, 24), h(D1, 48), 2)).build(),
        ticket("T3", D20).department("security").handler("wang").rootCause("FACILITY")
            .stage("HANDLING", D20, null).plan(new PlanRecord(h(D20, 24), null, 1)).build(),
        ticket("T4", D1).closedAt(h(D1, 2)).returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED))
            .subject("shop-1").build(),
        ticket("T5", D1).department("security").handler("zhao").rootCause("PROCESS").subject("shop-1")
            .stage("HANDLING", D1, h(D1, 1)).stage("CLOSED", h(D1, 1), h(D1, 2)).stage("HANDLING", h(D1, 2), h(D1, 3))
            .closedAt(h(D1, 4)).returnVisit(ReturnVisitRecord.of(Satisfaction.NEUTRAL)).build());
  }

  private static Breakdown overall() {
    StatisticsAccumulator acc =
        new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), ASOF, StatisticsMergePropertyTest.ALERTS);
    tickets().forEach(acc::add);
    return acc.result().overall();
  }

  @Test
  void departmentsAndHandlers() {
    Breakdown b = overall();
    assertThat(b.departments()).containsExactly(
        new GroupStatistics("catering", 2, new BigDecimal("0.4000"), 1, 600L, 1, new BigDecimal("0.5000")),
        new GroupStatistics("security", 2, new BigDecimal("0.4000"), 1, 240L, 1, new BigDecimal("0.0000")));
    assertThat(b.handlers()).containsExactly(
        new GroupStatistics("wang", 2, new BigDecimal("0.4000"), 1, 600L, 2, new BigDecimal("1.0000")),
        new GroupStatistics("li", 1, new BigDecimal("0.2000"), 2, 1800L, 0, new BigDecimal("0.0000")),
        new GroupStatistics("zhao", 1, new BigDecimal("0.2000"), 2, 240L, 0, new BigDecimal("0.0000")));
    assertThat(b.redLights()).isEqualTo(2);
  }

  @Test
  void rootCausesWithTheirTrend() {
    YearMonth oct = YearMonth.of(2026, 10);
    assertThat(overall().rootCauses()).containsExactly(
        new RootCauseShare("SERVICE_ATTITUDE", 2, new BigDecimal("0.5000"), List.of(new RootCauseShare.MonthCount(oct, 2))),
        new RootCauseShare("FACILITY", 1, new BigDecimal("0.2500"), List.of(new RootCauseShare.MonthCount(oct, 1))),
        new RootCauseShare("PROCESS", 1, new BigDecimal("0.2500"), List.of(new RootCauseShare.MonthCount(oct, 1))));
  }

  @Test
  void satisfactionHandlingRatePlansRepeatsAndReopenings() {
    Breakdown b = overall();
    SatisfactionSummary s = b.satisfaction();
    assertThat(s.visited()).isEqualTo(4);
    assertThat(s.rate()).isEqualByComparingTo("0.5");
    assertThat(s.meanScore()).isEqualTo(new BigDecimal("3.50")); // (5 + 2 + 4 + 3) / 4
    assertThat(s.distribution()).extracting(Share::key, Share::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("VERY_SATISFIED", 1L), org.assertj.core.groups.Tuple.tuple("SATISFIED", 1L),
        org.assertj.core.groups.Tuple.tuple("NEUTRAL", 1L), org.assertj.core.groups.Tuple.tuple("DISSATISFIED", 1L),
        org.assertj.core.groups.Tuple.tuple("VERY_DISSATISFIED", 0L));
    assertThat(b.closed()).isEqualTo(4);
    assertThat(b.handlingRate()).isEqualTo(new BigDecimal("0.8000"));
    // T1 on time; T2 late; T3 not carried out and past due
    assertThat(b.plans()).isEqualTo(new PlanStatistics(3, 3, 1, new BigDecimal("0.3333"), 1));
    assertThat(b.repeat()).isEqualTo(1);
    assertThat(b.reopened()).isEqualTo(1);
  }

  @Test
  void aPlanNotYetDueAndNotCarriedOutIsNotDecided() {
    StatisticsAccumulator acc = new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), h(D1, 1));
    acc.add(ticket("T", D1).plan(new PlanRecord(h(D1, 24), null, 1)).build());
    assertThat(acc.result().overall().plans()).isEqualTo(new PlanStatistics(1, 0, 0, null, 0));
    assertThat(acc.result().overall().handlingRate()).isEqualTo(new BigDecimal("0.0000"));
    assertThat(acc.result().overall().departments()).isEmpty();
    assertThat(acc.result().overall().satisfaction().rate()).isNull();
  }

  @Test
  void ticketsOfTheMonthsBeforeCountIntoTheTrendsAlone() {
    StatisticsAccumulator acc = new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), ASOF);
    tickets().forEach(acc::add);
    Instant sep = Instant.parse("2026-09-10T02:00:00Z");
    // September: two tickets of plaza-1 (one satisfied, SERVICE_ATTITUDE) and one of a plaza without October tickets
    acc.addToTrend(ticket("S1", sep).rootCause("SERVICE_ATTITUDE").subject("shop-1").closedAt(h(sep, 3))
        .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED)).build());
    acc.addToTrend(ticket("S2", sep).rootCause("FACILITY").build());
    acc.addToTrend(TicketRecord.builder("S3", "plaza-2", sep).channel(Channel.PHONE).category("SAFETY").grade(Grade.GENERAL).rootCause("FACILITY").build());
    Statistics s = acc.result();
    Breakdown b = s.overall();
    YearMonth sepMonth = YearMonth.of(2026, 9);
    YearMonth oct = YearMonth.of(2026, 10);
    // the trend has September (3 tickets, 1 of 1 satisfied) before October (5 tickets, 2 of 4 satisfied)
    assertThat(b.months()).extracting(MonthTrend::month, MonthTrend::volume, MonthTrend::change)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(sepMonth, 3L, null),
            org.assertj.core.groups.Tuple.tuple(oct, 5L, 2L));
    assertThat(b.months().get(0).satisfied()).isEqualTo(1);
    // every other figure is October's alone
    assertThat(b.volume()).isEqualTo(5);
    assertThat(b.repeat()).isEqualTo(1);
    assertThat(b.satisfaction().visited()).isEqualTo(4);
    assertThat(b.rootCauses()).containsExactly(
        new RootCauseShare("SERVICE_ATTITUDE", 2, new BigDecimal("0.5000"),
            List.of(new RootCauseShare.MonthCount(sepMonth, 1), new RootCauseShare.MonthCount(oct, 2))),
        new RootCauseShare("FACILITY", 1, new BigDecimal("0.2500"),
            List.of(new RootCauseShare.MonthCount(sepMonth, 2), new RootCauseShare.MonthCount(oct, 1))),
        new RootCauseShare("PROCESS", 1, new BigDecimal("0.2500"),
            List.of(new RootCauseShare.MonthCount(sepMonth, 0), new RootCauseShare.MonthCount(oct, 1))));
    // plaza-2 had only September tickets: not listed
    assertThat(s.units()).extracting(UnitStatistics::unit).containsExactly("plaza-1");
  }

  @Test
  void repeatsAreCountedWithinEachUnit() {
    StatisticsAccumulator acc = new StatisticsAccumulator(ZoneId.of("Asia/Shanghai"), ASOF);
    // "shop-1" twice at plaza-1 is one repeat; once at plaza-2 is another plaza's shop of that name
    acc.add(ticket("A", D1).subject("shop-1").build());
    acc.add(ticket("B", D1).subject("shop-1").build());
    acc.add(TicketRecord.builder("C", "plaza-2", D1).channel(Channel.PHONE).category("SAFETY").grade(Grade.GENERAL).subject("shop-1").build());
    Statistics s = acc.result();
    assertThat(s.overall().repeat()).isEqualTo(1);
    assertThat(s.units()).extracting(u -> u.stats().repeat()).containsExactly(1L, 0L);
  }
}
