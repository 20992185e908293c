package dev.complaints.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.model.Grade;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.ReportingCounts;
import dev.complaints.scoring.penalty.PenaltyDecision;
import dev.complaints.scoring.penalty.PenaltyRule;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.ExtraDeduction;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.policy.SlaPolicies;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Reporting upward (docs/domain.md "Reporting upward"): the concealment item and the unreported-incident deduction
 * count the MAJOR and CRITICAL tickets not reported in time when the inputs do not give their figures.
 */
class ReportingDutyTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final Instant AS_OF = at("2026-10-20T12:00:00");
  private static final Scorer MALL = Scorer.builder().rubric(Rubrics.mallScorecard())
      .policy(SlaPolicies.mallTicket()).build();

  private static Instant at(String local) {
    return OffsetDateTime.parse(local + "+08:00").toInstant();
  }

  private static TicketRecord ticket(String id, Grade grade, String accepted, @Nullable String reported) {
    return Tickets.builder(id, "plaza-01", at(accepted)).grade(grade)
        .reportedAt(reported == null ? null : at(reported)).build();
  }

  /**
   * Accepted 10:00 each day; the 2-hour limit ends at 12:00.
   *
   * <ul>
   *   <li>M1 MAJOR reported 11:30: in time.
   *   <li>M2 MAJOR reported 12:00 exactly: in time (the limit is inclusive).
   *   <li>M3 CRITICAL reported 12:01: late.
   *   <li>M4 MAJOR never reported, accepted 1 October: late (the as-of instant is weeks after the limit).
   *   <li>M5 MAJOR accepted 20 October 11:00, not reported by the as-of 12:00: not late yet (the limit ends 13:00).
   *   <li>M6 CRITICAL reported 21 October, after the as-of instant, accepted 5 October: late (not known by then).
   *   <li>S1 SERIOUS and G1 GENERAL never reported: no duty.
   * </ul>
   * So 6 MAJOR/CRITICAL tickets, 3 late.
   */
  private static List<TicketRecord> october() {
    return List.of(
        ticket("M1", Grade.MAJOR, "2026-10-02T10:00:00", "2026-10-02T11:30:00"),
        ticket("M2", Grade.MAJOR, "2026-10-03T10:00:00", "2026-10-03T12:00:00"),
        ticket("M3", Grade.CRITICAL, "2026-10-04T10:00:00", "2026-10-04T12:01:00"),
        ticket("M4", Grade.MAJOR, "2026-10-01T10:00:00", null),
        ticket("M5", Grade.MAJOR, "2026-10-20T11:00:00", null),
        ticket("M6", Grade.CRITICAL, "2026-10-05T10:00:00", "2026-10-21T09:00:00"),
        ticket("S1", Grade.SERIOUS, "2026-10-06T10:00:00", null),
        ticket("G1", Grade.GENERAL, "2026-10-07T10:00:00", null));
  }

  @Test
  void withoutInputsTheFiguresAreCountedFromTheTickets() {
    MonthlyScorecard card = MALL.score(october().stream(), List.of(), OCTOBER, AS_OF).unit("plaza-01")
        .orElseThrow();
    assertThat(card.metrics().reporting()).isEqualTo(new ReportingCounts(6, 3, Duration.ofHours(2)));
    // concealment: 3 findings, two or more → 0 of 15
    assertThat(card.item("concealed").points()).isZero();
    assertThat(card.item("concealed").explanation().en()).isEqualTo("concealed / unreported complaints: 3 findings"
        + " (counted from the tickets: 3 of 6 MAJOR/CRITICAL not reported within 2 h) (2 or more → 0) → 0 of 15");
    assertThat(card.item("concealed").explanation().zh()).contains("按工单统计：6 起重大/特别重大客诉中 3 起未在 2 小时内上报");
    // unreported incidents: −5 each
    ExtraDeduction unreported = card.extraDeductions().stream()
        .filter(d -> d.rule().equals("unreportedIncidents")).findFirst().orElseThrow();
    assertThat(unreported.points()).isEqualTo(-15);
    assertThat(unreported.reason().en()).isEqualTo("3 unreported incidents (counted from the tickets: 3 of 6"
        + " MAJOR/CRITICAL not reported within 2 h) × −5 → −15");
  }

  @Test
  void theInputsWinWhenTheyGiveTheFigures() {
    UnitInputs given = new UnitInputs("plaza-01", OCTOBER, null, 0, 0, 1, 0, null);
    MonthlyScorecard card = MALL.score(october().stream(), List.of(given), OCTOBER, AS_OF).unit("plaza-01")
        .orElseThrow();
    // one finding: 15 − 5 = 10; no unreported incident, so no deduction
    assertThat(card.item("concealed").points()).isEqualTo(10);
    assertThat(card.item("concealed").explanation().en())
        .isEqualTo("concealed / unreported complaints: 1 finding (from the inputs) × −5 → 10 of 15");
    assertThat(card.extraDeductions()).extracting(ExtraDeduction::rule).doesNotContain("unreportedIncidents");

    // only one figure given: the other is counted
    UnitInputs half = new UnitInputs("plaza-01", OCTOBER, null, 0, 0, null, 1, null);
    MonthlyScorecard mixed = MALL.score(october().stream(), List.of(half), OCTOBER, AS_OF).unit("plaza-01")
        .orElseThrow();
    assertThat(mixed.item("concealed").points()).isZero();
    assertThat(mixed.extraDeductions()).filteredOn(d -> d.rule().equals("unreportedIncidents"))
        .extracting(ExtraDeduction::points).containsExactly(-5);
  }

  @Test
  void theLimitIsAnOption() {
    // with 3 hours, M3 (2 h 1 min) is in time; M4 and M6 stay late
    Scorer threeHours = Scorer.builder().rubric(Rubrics.mallScorecard()).policy(SlaPolicies.mallTicket())
        .options(MetricOptions.defaults().withReportLimit(Duration.ofHours(3))).build();
    MonthlyScorecard card = threeHours.score(october().stream(), List.of(), OCTOBER, AS_OF).unit("plaza-01")
        .orElseThrow();
    assertThat(card.metrics().reporting()).isEqualTo(new ReportingCounts(6, 2, Duration.ofHours(3)));
    assertThat(card.item("concealed").explanation().en()).contains("2 of 6 MAJOR/CRITICAL not reported within 3 h");
  }

  @Test
  void aUnitWithAllReportedInTimeKeepsFullPoints() {
    MonthlyScorecard card = MALL.score(october().subList(0, 2).stream(), List.of(), OCTOBER, AS_OF)
        .unit("plaza-01").orElseThrow();
    assertThat(card.item("concealed").points()).isEqualTo(15);
    assertThat(card.item("concealed").explanation().en()).isEqualTo("concealed / unreported complaints: no findings"
        + " (counted from the tickets: 0 of 2 MAJOR/CRITICAL not reported within 2 h) → 15 of 15");
    assertThat(card.extraDeductions()).extracting(ExtraDeduction::rule).doesNotContain("unreportedIncidents");
  }

  @Test
  void theQuarterFinesTheSameConcealmentFigureAsTheScorecard() {
    Quarter q4 = Quarter.of(OCTOBER);
    // counted from the tickets: 3 findings, each fining 20 + 50 + 100 yuan
    assertThat(concealmentFines(MALL.assessQuarter(october().stream(), List.of(), q4, AS_OF).fines()))
        .isEqualByComparingTo("510");
    // an inputs entry leaving the figure out: still counted from the tickets
    UnitInputs silent = new UnitInputs("plaza-01", OCTOBER, null, 0, 0, null, null, null);
    assertThat(concealmentFines(MALL.assessQuarter(october().stream(), List.of(silent), q4, AS_OF).fines()))
        .isEqualByComparingTo("510");
    // the inputs' figure wins: 1 finding
    UnitInputs given = new UnitInputs("plaza-01", OCTOBER, null, 0, 0, 1, null, null);
    assertThat(concealmentFines(MALL.assessQuarter(october().stream(), List.of(given), q4, AS_OF).fines()))
        .isEqualByComparingTo("170");
    // all reported in time: nothing
    assertThat(concealmentFines(MALL.assessQuarter(october().subList(0, 2).stream(), List.of(), q4, AS_OF)
        .fines())).isEqualByComparingTo("0");
  }

  private static BigDecimal concealmentFines(List<PenaltyDecision> fines) {
    return fines.stream().filter(d -> d.rule() == PenaltyRule.FINE_CONCEALED && "plaza-01".equals(d.unit()))
        .map(PenaltyDecision::value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void theScorecardJsonShowsTheReportingCounts() {
    PeriodReport report = MALL.score(october().stream(), List.of(), OCTOBER, AS_OF);
    JsonNode reporting = PeriodReportJson.toJson(report, PeriodReportJson.Language.EN).path("units").get(0).path("metrics").path("reporting");
    assertThat(reporting.path("major").asLong()).isEqualTo(6);
    assertThat(reporting.path("late").asLong()).isEqualTo(3);
    assertThat(reporting.path("limitMinutes").asLong()).isEqualTo(120);
  }

  @Test
  void theDutyRunsFromTheReceiptWhenTheRecordKnowsIt() {
    // received 09:00 (its first visit, ACCEPTANCE, starts then), accepted 10:00, reported 11:30: 2 h 30 min after
    // the receipt, so late although it is within 2 h of the acceptance
    TicketRecord late = Tickets.builder("R1", "plaza-01", at("2026-10-02T10:00:00")).grade(Grade.MAJOR)
        .stage("ACCEPTANCE", at("2026-10-02T09:00:00"), at("2026-10-02T10:00:00"))
        .reportedAt(at("2026-10-02T11:30:00")).build();
    // received 09:45, reported 11:45: exactly 2 h, in time
    TicketRecord inTime = Tickets.builder("R2", "plaza-01", at("2026-10-03T10:00:00")).grade(Grade.MAJOR)
        .stage("ACCEPTANCE", at("2026-10-03T09:45:00"), at("2026-10-03T10:00:00"))
        .reportedAt(at("2026-10-03T11:45:00")).build();
    assertThat(ReportingCounts.dutyStart(late)).isEqualTo(at("2026-10-02T09:00:00"));
    MonthlyScorecard card = MALL.score(List.of(late, inTime).stream(), List.of(), OCTOBER, AS_OF).unit("plaza-01")
        .orElseThrow();
    assertThat(card.metrics().reporting()).isEqualTo(new ReportingCounts(2, 1, Duration.ofHours(2)));
  }
}
