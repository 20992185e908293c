package dev.complaints.scoring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Pending outcomes at the as-of instant, eligibility and period attribution. */
class TicketOutcomeTest {
  static final MetricOptions OPT = MetricOptions.defaults();
  static final Instant ACC = at("2026-10-10T10:00:00+08:00");
  static final Instant H = at("2026-10-10T12:00:00+08:00");

  static Instant at(String s) {
    return OffsetDateTime.parse(s).toInstant();
  }

  static TicketRecord.Builder ticket() {
    return Tickets.builder("T", "u", ACC).stage("GRADING", ACC, H.minusSeconds(3600));
  }

  static ResolutionOutcome res(TicketRecord t, Instant asOf) {
    return TicketOutcome.resolution(t, asOf, OPT);
  }

  @Test
  void inHandlingForLessThan24HoursAtAsOfIsPending() {
    TicketRecord t = ticket().stage("HANDLING", H, null).build();
    assertThat(res(t, H.plus(Duration.ofHours(24)).minusNanos(1))).isEqualTo(ResolutionOutcome.PENDING);
    assertThat(res(t, H.plus(Duration.ofHours(24)))).isEqualTo(ResolutionOutcome.UNRESOLVED);
  }

  @Test
  void leftHandlingExactly24HoursLaterIsResolved() {
    TicketRecord t = ticket().stage("HANDLING", H, H.plus(Duration.ofHours(24))).build();
    assertThat(res(t, H.plus(Duration.ofDays(3)))).isEqualTo(ResolutionOutcome.RESOLVED);
    TicketRecord late = ticket().stage("HANDLING", H, H.plus(Duration.ofHours(24)).plusSeconds(1)).build();
    assertThat(res(late, H.plus(Duration.ofDays(3)))).isEqualTo(ResolutionOutcome.UNRESOLVED);
  }

  @Test
  void exitAfterAsOfIsNotYetKnown() {
    TicketRecord t = ticket().stage("HANDLING", H, H.plus(Duration.ofHours(2))).build();
    assertThat(res(t, H.plus(Duration.ofHours(1)))).isEqualTo(ResolutionOutcome.PENDING);
    assertThat(res(t, H.plus(Duration.ofHours(2)))).isEqualTo(ResolutionOutcome.RESOLVED);
  }

  @Test
  void measuredFromFirstEntryToLastExitInWallClockTime() {
    TicketRecord t = ticket()
        .stage("HANDLING", H, H.plus(Duration.ofHours(2)))
        .stage("PLANNING", H.plus(Duration.ofHours(2)), H.plus(Duration.ofHours(20)))
        .stage("HANDLING", H.plus(Duration.ofHours(20)), H.plus(Duration.ofHours(25)))
        .build();
    assertThat(res(t, H.plus(Duration.ofDays(2)))).isEqualTo(ResolutionOutcome.UNRESOLVED);
    // between the two visits, not in HANDLING: the first visit's exit decides for now
    assertThat(res(t, H.plus(Duration.ofHours(3)))).isEqualTo(ResolutionOutcome.RESOLVED);
  }

  @Test
  void notYetInHandlingAndOpenIsPendingClosedWithoutHandlingIsLeftOut() {
    TicketRecord open = ticket().build();
    assertThat(res(open, ACC.plus(Duration.ofDays(20)))).isEqualTo(ResolutionOutcome.PENDING);
    TicketRecord closed = ticket().closedAt(H).build();
    assertThat(res(closed, H)).isEqualTo(ResolutionOutcome.LEFT_OUT);
    assertThat(res(closed, H.minusSeconds(1))).isEqualTo(ResolutionOutcome.PENDING);
  }

  @Test
  void eligibility() {
    assertThat(res(ticket().grade(Grade.SERIOUS).build(), H)).isEqualTo(ResolutionOutcome.NOT_ELIGIBLE);
    for (String c : MetricOptions.DEFAULT_EXCLUDED) {
      assertThat(res(ticket().category(c).build(), H)).isEqualTo(ResolutionOutcome.NOT_ELIGIBLE);
    }
    assertThat(res(ticket().category("PREPAID_CARD").build(), H)).isEqualTo(ResolutionOutcome.PENDING);
  }

  @Test
  void fromAcceptanceOption() {
    MetricOptions acc = OPT.withResolutionBasis(ResolutionBasis.ACCEPTANCE);
    TicketRecord t = ticket().stage("HANDLING", H, ACC.plus(Duration.ofHours(25))).build();
    assertThat(TicketOutcome.resolution(t, ACC.plus(Duration.ofDays(2)), OPT)).isEqualTo(ResolutionOutcome.RESOLVED);
    assertThat(TicketOutcome.resolution(t, ACC.plus(Duration.ofDays(2)), acc))
        .isEqualTo(ResolutionOutcome.UNRESOLVED);
    assertThat(TicketOutcome.resolution(ticket().build(), ACC.plus(Duration.ofHours(24)), acc))
        .isEqualTo(ResolutionOutcome.UNRESOLVED);
  }

  @Test
  void returnVisitCountsOnceDecided() {
    TicketRecord t = ticket()
        .stage("RETURN_VISIT", H, H.plus(Duration.ofHours(5)))
        .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED))
        .closedAt(H.plus(Duration.ofHours(5)))
        .build();
    assertThat(TicketOutcome.returnVisit(t, H.plus(Duration.ofHours(1)))).isNull();
    assertThat(TicketOutcome.returnVisit(t, H.plus(Duration.ofHours(5)))).isNotNull();
  }

  @Test
  void aReturnVisitRepeatedAfterAnEscalationIsDecidedOnlyAtTheLastVisit() {
    // first visit dissatisfied → escalated back to PLANNING; the record's result is that of the second visit
    TicketRecord t = ticket()
        .stage("RETURN_VISIT", H, H.plus(Duration.ofHours(1)))
        .stage("PLANNING", H.plus(Duration.ofHours(1)), H.plus(Duration.ofHours(5)))
        .stage("RETURN_VISIT", H.plus(Duration.ofHours(30)), H.plus(Duration.ofHours(31)))
        .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED))
        .closedAt(H.plus(Duration.ofHours(31)))
        .build();
    assertThat(TicketOutcome.returnVisit(t, H.plus(Duration.ofHours(2)))).as("back in PLANNING").isNull();
    assertThat(TicketOutcome.returnVisit(t, H.plus(Duration.ofHours(30)))).as("second visit open").isNull();
    assertThat(TicketOutcome.returnVisit(t, H.plus(Duration.ofHours(31)))).isNotNull();
  }

  @Test
  void returnVisitWithoutVisitStagesIsDecidedAtTheClose() {
    TicketRecord t = ticket().returnVisit(ReturnVisitRecord.exempted()).closedAt(H).build();
    assertThat(TicketOutcome.returnVisit(t, H.minusSeconds(1))).isNull();
    assertThat(TicketOutcome.returnVisit(t, H)).isEqualTo(ReturnVisitRecord.exempted());
  }

  @Test
  void overdueAndStillInHandlingIsEligibleButNeitherPendingNorResolved() {
    TicketRecord overdue = ticket().stage("HANDLING", H, null).build();
    TicketRecord leftAfterAsOf = ticket().stage("HANDLING", H, H.plus(Duration.ofHours(2))).build();
    TicketRecord closedUnhandled = ticket().closedAt(H).build();
    TicketRecord waiting = ticket().build();
    java.util.List<TicketRecord> all = java.util.List.of(overdue, leftAfterAsOf, closedUnhandled, waiting);
    assertThat(counts(all, H.plus(Duration.ofHours(1))))
        .as("all pending an hour in; the closed one left out")
        .isEqualTo(new ResolutionCounts(3, 0, 3));
    ResolutionCounts c = counts(all, H.plus(Duration.ofHours(25)));
    assertThat(c).as("overdue: eligible only; left after 2 h: resolved; waiting: pending")
        .isEqualTo(new ResolutionCounts(3, 1, 1));
    assertThat(c.rate()).isEqualTo(new Ratio(1, 2));
  }

  static ResolutionCounts counts(java.util.List<TicketRecord> tickets, Instant asOf) {
    UnitAccumulator acc = new UnitAccumulator("u");
    for (TicketRecord t : tickets) {
      acc.add(t, TicketOutcome.evaluate(t, asOf, OPT, VisitAlerts.none()));
    }
    return acc.metrics(null).resolution24h();
  }

  @Test
  void periodIsTheMonthOfTheLocalAcceptanceDateInShanghai() {
    assertThat(Tickets.builder("a", "u", Instant.parse("2026-09-30T16:00:00Z")).build().period(OPT.zone()))
        .isEqualTo(YearMonth.of(2026, 10));
    assertThat(Tickets.builder("b", "u", Instant.parse("2026-09-30T15:59:59Z")).build().period(OPT.zone()))
        .isEqualTo(YearMonth.of(2026, 9));
    assertThat(Tickets.builder("c", "u", Instant.parse("2026-10-31T16:30:00Z")).build().period(OPT.zone()))
        .isEqualTo(YearMonth.of(2026, 11));
    assertThat(Tickets.builder("d", "u", at("2026-12-31T23:59:59+08:00")).build().period(OPT.zone()))
        .isEqualTo(YearMonth.of(2026, 12));
  }

  @Test
  void reopenedAfterAClose() {
    TicketRecord t = ticket()
        .stage("CLOSED", H, H.plusSeconds(60))
        .stage("HANDLING", H.plusSeconds(60), null)
        .build();
    assertThat(TicketOutcome.reopened(t, H.plusSeconds(120))).isTrue();
    assertThat(TicketOutcome.reopened(t, H.plusSeconds(30))).isFalse();
  }

  @Test
  void ratiosCompareExactly() {
    assertThat(new Ratio(1410, 1485).isAtLeast(new java.math.BigDecimal("0.95"))).isFalse();
    assertThat(new Ratio(19, 20).isAtLeast(new java.math.BigDecimal("0.95"))).isTrue();
    assertThat(new Ratio(1410, 1485).display()).isEqualTo(new java.math.BigDecimal("0.9495"));
    assertThat(new Ratio(0, 0).display()).isNull();
  }

  @Test
  void histogramQuantilesAreExactToTheMinuteAndMerge() {
    java.util.Random r = new java.util.Random(42);
    for (int round = 0; round < 200; round++) {
      int n = 1 + r.nextInt(300);
      java.util.List<Long> minutes = new java.util.ArrayList<>();
      MinuteHistogram a = new MinuteHistogram();
      MinuteHistogram b = new MinuteHistogram();
      MinuteHistogram whole = new MinuteHistogram();
      for (int i = 0; i < n; i++) {
        // minutes close together (counted in place), spread over days, or over decades (sorted)
        int spread = round % 3 == 0 ? 3 * 3600 : round % 3 == 1 ? 10 * 24 * 3600 : Integer.MAX_VALUE;
        Duration d = Duration.ofSeconds(r.nextInt(spread)).plusNanos(r.nextInt(1_000_000_000));
        minutes.add(d.toMinutes());
        (r.nextBoolean() ? a : b).add(d);
        whole.add(d);
      }
      java.util.Collections.sort(minutes);
      // nearest rank: the value at rank ceil(q * n), 1-based
      long median = minutes.get((n + 1) / 2 - 1);
      long p90 = minutes.get((9 * n + 9) / 10 - 1);
      MinuteHistogram merged = b.copy().merge(a);
      assertThat(merged).isEqualTo(whole);
      assertThat(merged.count()).isEqualTo(n);
      assertThat(merged.medianMinutes()).isEqualTo(median);
      assertThat(merged.p90Minutes()).isEqualTo(p90);
      assertThat(HandlingTime.of(merged)).isEqualTo(new HandlingTime(n, median, p90));
    }
  }

  @Test
  void histogramQuantilesAreNearestRank() {
    MinuteHistogram h = new MinuteHistogram();
    for (int m : new int[] {5, 1, 3, 2, 4, 6, 7, 8, 9, 10}) {
      h.add(Duration.ofMinutes(m).plusSeconds(59));
    }
    assertThat(h.medianMinutes()).isEqualTo(5L);
    assertThat(h.p90Minutes()).isEqualTo(9L);
    assertThat(new MinuteHistogram().medianMinutes()).isNull();
  }
}
