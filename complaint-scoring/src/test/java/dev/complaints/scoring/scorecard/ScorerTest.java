package dev.complaints.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.complaints.core.model.Grade;
import dev.complaints.scoring.SharedExamples;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.ResolutionBasis;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.penalty.PenaltyLadder;
import dev.complaints.scoring.penalty.QuarterAssessment;
import dev.complaints.scoring.period.Quarter;
import dev.complaints.scoring.record.TicketReader;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.TicketWriter;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.record.UnitInputsReader;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.calendar.CalendarRangeException;
import dev.complaints.sla.policy.CalendarLookup;
import dev.complaints.sla.policy.SlaPolicies;
import dev.complaints.sla.policy.SlaPolicy;
import dev.complaints.sla.policy.UnknownYears;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@link Scorer}: configured once with a builder, then asked for any number of months and quarters. */
class ScorerTest {
  private static final Path SAMPLE = SharedExamples.dir().resolve("scoring-sample");
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
  private static final Instant END_OF_OCTOBER = Instant.parse("2026-10-31T16:00:00Z");

  private static final Scorer MALL = Scorer.builder()
      .rubric(Rubrics.mallScorecard())
      .policy(SlaPolicies.mallTicket())
      .build();

  private static Instant at(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  private static List<TicketRecord> sampleTickets() {
    try (Stream<TicketRecord> tickets = TicketReader.open(SAMPLE.resolve("tickets.jsonl")).stream()) {
      return tickets.toList();
    }
  }

  private static List<UnitInputs> sampleInputs() {
    return UnitInputsReader.read(SAMPLE.resolve("inputs.json"));
  }

  @Test
  void aFileReadInPartsScoresAsReadInOrder() {
    Path file = SAMPLE.resolve("tickets.jsonl");
    List<UnitInputs> inputs = sampleInputs();
    Scorer parallel = MALL.toBuilder().parallel(true).build();
    PeriodReport inOrder;
    try (TicketReader reader = TicketReader.open(file)) {
      inOrder = MALL.score(reader, inputs, OCTOBER, END_OF_OCTOBER);
    }
    assertThat(parallel.score(file, inputs, OCTOBER, END_OF_OCTOBER)).isEqualTo(inOrder);
    assertThat(MALL.score(file, inputs, OCTOBER, END_OF_OCTOBER)).isEqualTo(inOrder);
    Quarter q4 = Quarter.of(OCTOBER);
    Instant end = Scorer.endOf(q4, MALL.options().zone());
    QuarterAssessment quarter;
    try (TicketReader reader = TicketReader.open(file)) {
      quarter = MALL.assessQuarter(reader, inputs, q4, end);
    }
    assertThat(parallel.assessQuarter(file, inputs, q4, end)).isEqualTo(quarter);
  }

  @Test
  void theBuilderNeedsARubricAndAWayToDeriveRedLights() {
    assertThatThrownBy(() -> Scorer.builder().policy(SlaPolicies.mallTicket()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("rubric");
    assertThatThrownBy(() -> Scorer.builder().rubric(Rubrics.mallScorecard()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("policy").hasMessageContaining("visitAlerts");
    assertThatThrownBy(() -> Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none())
        .unknownYears(UnknownYears.WEEKLY).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknownYears");
  }

  @Test
  void theDefaultsAreTheMallRulesAndTheConfigurationCanBeRead() {
    assertThat(MALL.rubric()).isEqualTo(Rubrics.mallScorecard());
    assertThat(MALL.policy()).isEqualTo(SlaPolicies.mallTicket());
    assertThat(MALL.visitAlerts()).isInstanceOfSatisfying(SlaVisitAlerts.class,
        a -> assertThat(a.policy()).isEqualTo(SlaPolicies.mallTicket()));
    assertThat(MALL.options()).isEqualTo(MetricOptions.defaults());
    assertThat(MALL.parallel()).isFalse();
    assertThat(MALL.penaltyLadder()).isNotNull();

    // the calendars and the rule for unknown years are applied to the policy once, at build time
    Scorer weekly = MALL.toBuilder().unknownYears(UnknownYears.WEEKLY).build();
    assertThat(weekly.policy().unknownYears()).isEqualTo(UnknownYears.WEEKLY);
    assertThat(MALL.policy().unknownYears()).isEqualTo(UnknownYears.REFUSE);
    Scorer ownCalendar = MALL.toBuilder().calendars(
        CalendarLookup.of(BusinessCalendars.cnNational().withWeeklyRuleForUnknownYears())
            .orElse(CalendarLookup.builtIn())).build();
    assertThat(ownCalendar.policy().calendars().find("cn-national").orElseThrow()
        .usesWeeklyRuleForUnknownYears()).isTrue();
    assertThat(Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none()).build().policy())
        .isNull();
    // toBuilder keeps everything: the same reports
    assertThat(MALL.toBuilder().build().score(sampleTickets().iterator(), sampleInputs(), OCTOBER, END_OF_OCTOBER))
        .isEqualTo(MALL.score(sampleTickets().iterator(), sampleInputs(), OCTOBER, END_OF_OCTOBER));
  }

  @Test
  void aMonthFromAReaderAStreamOrInParallelIsTheSameReport() {
    PeriodReport fromReader;
    try (TicketReader reader = TicketReader.open(SAMPLE.resolve("tickets.jsonl"))) {
      fromReader = MALL.score(reader, sampleInputs(), OCTOBER, END_OF_OCTOBER);
    }
    assertThat(fromReader.period()).isEqualTo(OCTOBER);
    assertThat(fromReader.asOf()).isEqualTo(END_OF_OCTOBER);
    assertThat(fromReader.units()).isNotEmpty();
    assertThat(MALL.score(sampleTickets().stream(), sampleInputs(), OCTOBER, END_OF_OCTOBER)).isEqualTo(fromReader);
    Scorer parallel = MALL.toBuilder().parallel(true).build();
    assertThat(parallel.parallel()).isTrue();
    assertThat(parallel.score(sampleTickets().stream(), sampleInputs(), OCTOBER, END_OF_OCTOBER))
        .isEqualTo(fromReader);
    assertThat(parallel.score(sampleTickets().iterator(), sampleInputs(), OCTOBER, END_OF_OCTOBER))
        .isEqualTo(fromReader);
  }

  @Test
  void theReportInstantIsInclusive() {
    Instant accepted = at("2026-10-20T10:00:00+08:00");
    TicketRecord t = Tickets.builder("T", "plaza-1", accepted).build();
    Scorer scorer = Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(VisitAlerts.none()).build();
    assertThat(scorer.score(List.of(t).iterator(), List.of(), OCTOBER, accepted).units()).hasSize(1);
    assertThat(scorer.score(List.of(t).iterator(), List.of(), OCTOBER, accepted.minusNanos(1)).units()).isEmpty();
    // a ticket belongs to the month of its acceptance's local date in the options' zone: 02:00 on 1 November in
    // Shanghai is still 31 October in UTC
    TicketRecord early = Tickets.builder("E", "plaza-1", at("2026-11-01T02:00:00+08:00")).build();
    Instant later = at("2027-01-01T00:00:00+08:00");
    assertThat(scorer.score(List.of(early).iterator(), List.of(), OCTOBER, later).units()).isEmpty();
    assertThat(scorer.score(List.of(early).iterator(), List.of(), YearMonth.of(2026, 11), later).units()).hasSize(1);
    Scorer utc = scorer.toBuilder().options(MetricOptions.defaults().withZone(ZoneId.of("UTC"))).build();
    assertThat(utc.score(List.of(early).iterator(), List.of(), OCTOBER, Scorer.endOf(OCTOBER, ZoneId.of("UTC")))
        .units()).hasSize(1);
  }

  @Test
  void theOptionsGivenOnceApplyToEveryMonth() {
    Scorer fromAcceptance = MALL.toBuilder()
        .options(MetricOptions.defaults().withResolutionBasis(ResolutionBasis.ACCEPTANCE)).build();
    PeriodReport handling = MALL.score(sampleTickets().iterator(), sampleInputs(), OCTOBER, END_OF_OCTOBER);
    PeriodReport acceptance =
        fromAcceptance.score(sampleTickets().iterator(), sampleInputs(), OCTOBER, END_OF_OCTOBER);
    assertThat(acceptance.units()).extracting(MonthlyScorecard::unit)
        .containsExactlyElementsOf(handling.units().stream().map(MonthlyScorecard::unit).toList());
    assertThat(acceptance).isNotEqualTo(handling);
  }

  @Test
  void oneScorerServesManyThreadsAtOnce() throws Exception {
    List<TicketRecord> tickets = sampleTickets();
    List<UnitInputs> inputs = sampleInputs();
    List<Instant> instants = new ArrayList<>();
    for (int h = 0; h < 16; h++) {
      instants.add(at("2026-10-20T00:00:00+08:00").plusSeconds(h * 97_200L));
    }
    List<PeriodReport> sequential = new ArrayList<>();
    for (Instant asOf : instants) {
      sequential.add(MALL.score(tickets.iterator(), inputs, OCTOBER, asOf));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PeriodReport>> futures = new ArrayList<>();
      for (Instant asOf : instants) {
        futures.add(pool.submit(() -> MALL.score(tickets.stream(), inputs, OCTOBER, asOf)));
      }
      for (int i = 0; i < instants.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void endOfAMonthAndOfAQuarterAre0000OfTheNextFirstDay() {
    ZoneId shanghai = MetricOptions.MALL_ZONE;
    assertThat(Scorer.startOf(OCTOBER, shanghai)).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    assertThat(Scorer.endOf(OCTOBER, shanghai)).isEqualTo(END_OF_OCTOBER);
    assertThat(Scorer.endOf(Quarter.parse("2026-Q4"), shanghai)).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(Scorer.endOf(Quarter.parse("2026-Q1"), ZoneId.of("UTC"))).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
  }

  // ---- a date a calendar does not cover -------------------------------------------------------------

  /** A MAJOR ticket whose HANDLING visit starts on 2026-12-28: its 5th national working day is in 2027. */
  private static final TicketRecord LATE_DECEMBER = Tickets.builder("T-DEC-1", "plaza-01",
          at("2026-12-28T09:00:00+08:00"))
      .grade(Grade.MAJOR)
      .stage("HANDLING", at("2026-12-28T11:30:00+08:00"), at("2027-01-05T12:00:00+08:00"))
      .build();
  private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
  private static final Instant JANUARY_10 = at("2027-01-10T00:00:00+08:00");

  private static void theCalendarsOwnException(ThrowingCallable scoring) {
    CalendarRangeException e = catchThrowableOfType(scoring, CalendarRangeException.class);
    assertThat(e).as("the calendar's CalendarRangeException").isNotNull();
    assertThat(e.getCause()).isNull();
    assertThat(e.calendarId()).isEqualTo("cn-national");
    assertThat(e.date()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(e.coveredFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(e.coveredTo()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void aDateTheCalendarDoesNotCoverReachesTheCallerAsTheCalendarsException() {
    String line = TicketWriter.toJsonLine(LATE_DECEMBER);
    theCalendarsOwnException(() -> MALL.score(TicketReader.of(new StringReader(line), "late.jsonl"), List.of(),
        DECEMBER, JANUARY_10));
    theCalendarsOwnException(() -> MALL.score(List.of(LATE_DECEMBER).iterator(), List.of(), DECEMBER, JANUARY_10));
    theCalendarsOwnException(() -> MALL.score(List.of(LATE_DECEMBER).stream(), List.of(), DECEMBER, JANUARY_10));
    theCalendarsOwnException(() -> MALL.toBuilder().parallel(true).build()
        .score(List.of(LATE_DECEMBER, LATE_DECEMBER).stream(), List.of(), DECEMBER, JANUARY_10));
    theCalendarsOwnException(() -> MALL.assessQuarter(TicketReader.of(new StringReader(line), "late.jsonl"),
        List.of(), Quarter.parse("2026-Q4"), JANUARY_10));
    theCalendarsOwnException(() -> MALL.assessQuarter(List.of(LATE_DECEMBER).stream(), List.of(),
        Quarter.parse("2026-Q4"), JANUARY_10));
    // a ticket of another month is still evaluated for the fines of the quarter
    theCalendarsOwnException(() -> MALL.assessQuarter(List.of(LATE_DECEMBER).iterator(), List.of(),
        Quarter.parse("2026-Q4"), JANUARY_10));

    // with the weekly rule, chosen once on the scorer, the same ticket is timed: due at the end of Monday
    // 2027-01-04, left on the 5th at 12:00, one red light
    Scorer weekly = MALL.toBuilder().unknownYears(UnknownYears.WEEKLY).build();
    PeriodReport report = weekly.score(List.of(LATE_DECEMBER).iterator(), List.of(), DECEMBER, JANUARY_10);
    assertThat(report.unit("plaza-01").orElseThrow().metrics().redLights(AlertLevel.RED_1)).isEqualTo(1);
  }

  @Test
  void aCustomEvaluationOfVisitsIsUsedAsGiven() {
    VisitAlerts allRed = (ticket, visit, asOf) -> AlertLevel.RED_3;
    Scorer red = Scorer.builder().rubric(Rubrics.mallScorecard()).visitAlerts(allRed)
        .penaltyLadder(PenaltyLadder.mallDefaults()).build();
    assertThat(red.visitAlerts()).isSameAs(allRed);
    PeriodReport report = red.score(List.of(LATE_DECEMBER).iterator(), List.of(), DECEMBER, JANUARY_10);
    assertThat(report.unit("plaza-01").orElseThrow().metrics().redLights(AlertLevel.RED_3)).isEqualTo(1);
    SlaPolicy policy = SlaPolicies.mallTicket();
    assertThat(red.toBuilder().policy(policy).build().visitAlerts()).isInstanceOf(SlaVisitAlerts.class);
  }
}
