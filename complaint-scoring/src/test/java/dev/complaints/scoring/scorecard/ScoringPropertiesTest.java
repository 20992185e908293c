package dev.complaints.scoring.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.scoring.metrics.MetricOptions;
import dev.complaints.scoring.metrics.SlaVisitAlerts;
import dev.complaints.scoring.metrics.VisitAlerts;
import dev.complaints.scoring.record.CallStats;
import dev.complaints.scoring.record.ReturnVisitRecord;
import dev.complaints.scoring.record.TicketRecord;
import dev.complaints.scoring.record.Tickets;
import dev.complaints.scoring.record.UnitInputs;
import dev.complaints.scoring.rubric.ItemScore;
import dev.complaints.scoring.rubric.Rubric;
import dev.complaints.scoring.rubric.Rubrics;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.policy.SlaPolicies;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties: merging partial results equals scoring the whole; totals in range; monotone satisfaction. */
class ScoringPropertiesTest {
  static final YearMonth OCT = YearMonth.of(2026, 10);
  static final Instant START = Instant.parse("2026-09-28T00:00:00Z");
  static final Instant AS_OF = Instant.parse("2026-10-29T00:00:00Z");
  static final Rubric RUBRIC = Rubrics.mallScorecard();
  static final MetricOptions OPT = MetricOptions.defaults();
  static final String[] CATEGORIES = {"MERCHANT_SERVICE", "SAFETY", "LOSS_COMPENSATION", "PREPAID_CARD"};

  /** A cheap deterministic stand-in for the SLA policy: the level follows the visit's wall-clock length. */
  static final VisitAlerts ALERTS = (t, v, asOf) -> {
    Instant end = v.leftAt() != null && !v.leftAt().isAfter(asOf) ? v.leftAt() : asOf;
    long h = Duration.between(v.enteredAt(), end).toHours();
    return h >= 60 ? AlertLevel.RED_3 : h >= 40 ? AlertLevel.RED_2 : h >= 30 ? AlertLevel.RED_1 : AlertLevel.NONE;
  };

  static List<TicketRecord> tickets(long seed, int n) {
    Random r = new Random(seed);
    List<TicketRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant acc = START.plusSeconds(r.nextInt(36 * 24 * 3600));
      TicketRecord.Builder b = TicketRecord.builder("T" + i, "plaza-" + r.nextInt(4), acc)
          .region(r.nextInt(5) == 0 ? null : "city-" + r.nextInt(2))
          .channel(Channel.values()[r.nextInt(Channel.values().length)])
          .grade(Grade.values()[r.nextInt(10) < 7 ? 0 : r.nextInt(4)])
          .category(CATEGORIES[r.nextInt(CATEGORIES.length)])
          .subject(r.nextBoolean() ? "shop-" + r.nextInt(5) : null);
      Instant t = acc;
      String[] stages = {"GRADING", "PLANNING", "CUSTOMER_FEEDBACK", "HANDLING", "RETURN_VISIT"};
      int reached = r.nextInt(stages.length + 1);
      for (int s = 0; s < reached; s++) {
        Instant next = t.plusSeconds(r.nextInt(50 * 3600));
        boolean open = s == reached - 1 && r.nextInt(3) == 0;
        b.stage(stages[s], t, open ? null : next);
        if (open) {
          break;
        }
        t = next;
        if (s == stages.length - 1) {
          int k = r.nextInt(8);
          b.returnVisit(k == 0 ? ReturnVisitRecord.exempted() : ReturnVisitRecord.of(Satisfaction.values()[k % 5]));
          b.closedAt(t);
        }
      }
      out.add(b.build());
    }
    return out;
  }

  static List<UnitInputs> inputs(long seed) {
    Random r = new Random(seed ^ 0x5DEECE66DL);
    List<UnitInputs> out = new ArrayList<>();
    for (int u = 0; u < 5; u++) {
      if (r.nextInt(4) == 0) {
        continue;
      }
      long offered = r.nextInt(3) == 0 ? 0 : r.nextInt(2000);
      out.add(new UnitInputs("plaza-" + u, OCT, r.nextBoolean() ? "city-" + r.nextInt(3) : null,
          r.nextInt(6), r.nextInt(3), r.nextInt(3), r.nextInt(3),
          r.nextInt(4) == 0 ? null : new CallStats(offered, offered == 0 ? 0 : r.nextInt((int) offered + 1))));
    }
    return out;
  }

  static PeriodAccumulator accumulate(List<TicketRecord> ts) {
    PeriodAccumulator acc = new PeriodAccumulator(OCT, AS_OF, OPT, ALERTS);
    ts.forEach(acc::accept);
    return acc;
  }

  @Test
  void mergeOfPartsEqualsTheWhole() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 60), longs().all())
        .checkAssert((seed, n, splitSeed) -> {
          List<TicketRecord> all = tickets(seed, n);
          List<TicketRecord> a = new ArrayList<>();
          List<TicketRecord> b = new ArrayList<>();
          Random split = new Random(splitSeed);
          for (TicketRecord t : all) {
            (split.nextBoolean() ? a : b).add(t);
          }
          List<UnitInputs> in = inputs(seed);
          PeriodReport whole = accumulate(all).finish(in, RUBRIC);
          PeriodReport merged = accumulate(b).merge(accumulate(a)).finish(in, RUBRIC);
          assertThat(merged).isEqualTo(whole);
          Scorer parallel = Scorer.builder().rubric(RUBRIC).visitAlerts(ALERTS).options(OPT).parallel(true).build();
          assertThat(parallel.score(all.stream(), in, OCT, AS_OF)).isEqualTo(whole);
        });
  }

  @Test
  void mergeOfPartsEqualsTheWholeWithTheMallTicketPolicy() {
    VisitAlerts policy = SlaVisitAlerts.of(SlaPolicies.mallTicket());
    Scorer parallel = Scorer.builder().rubric(RUBRIC).policy(SlaPolicies.mallTicket()).options(OPT).parallel(true)
        .build();
    qt().withExamples(60).forAll(longs().all(), integers().between(0, 60), longs().all())
        .checkAssert((seed, n, splitSeed) -> {
          List<TicketRecord> all = tickets(seed, n);
          List<List<TicketRecord>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
          Random split = new Random(splitSeed);
          for (TicketRecord t : all) {
            parts.get(split.nextInt(3)).add(t);
          }
          List<UnitInputs> in = inputs(seed);
          PeriodReport whole = accumulate(all, policy).finish(in, RUBRIC);
          PeriodAccumulator p0 = accumulate(parts.get(0), policy);
          PeriodAccumulator p1 = accumulate(parts.get(1), policy);
          PeriodAccumulator p2 = accumulate(parts.get(2), policy);
          PeriodReport left = accumulate(parts.get(0), policy)
              .merge(accumulate(parts.get(1), policy)).merge(p2).finish(in, RUBRIC);
          PeriodReport right = p2.merge(p1.merge(p0)).finish(in, RUBRIC);
          assertThat(left).isEqualTo(whole);
          assertThat(right).isEqualTo(whole);
          assertThat(parallel.score(all.stream(), in, OCT, AS_OF)).isEqualTo(whole);
          assertThat(parallel.score(all.iterator(), in, OCT, AS_OF)).isEqualTo(whole);
        });
  }

  @Test
  void mergingDoesNotTieTheAccumulatorsTogether() {
    List<TicketRecord> ts = tickets(7, 60);
    List<TicketRecord> unit0 = ts.stream().filter(t -> t.unit().equals("plaza-0")).toList();
    List<TicketRecord> others = ts.stream().filter(t -> !t.unit().equals("plaza-0")).toList();
    assertThat(others).isNotEmpty();
    PeriodAccumulator a = accumulate(unit0);
    PeriodAccumulator b = accumulate(others);
    PeriodReport bBefore = b.finish(List.of(), RUBRIC);
    a.merge(b);
    others.forEach(a::accept);
    assertThat(b.finish(List.of(), RUBRIC)).isEqualTo(bBefore);
  }

  static PeriodAccumulator accumulate(List<TicketRecord> ts, VisitAlerts alerts) {
    PeriodAccumulator acc = new PeriodAccumulator(OCT, AS_OF, OPT, alerts);
    ts.forEach(acc::accept);
    return acc;
  }

  @Test
  void totalsAndItemsStayInRange() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 80))
        .checkAssert((seed, n) -> {
          PeriodReport r = accumulate(tickets(seed, n)).finish(inputs(seed), RUBRIC);
          for (MonthlyScorecard c : r.units()) {
            assertThat(c.total()).isBetween(0, 100);
            for (ItemScore i : c.items()) {
              assertThat(i.points()).isBetween(0, i.max());
            }
          }
          for (RegionScore s : r.regions()) {
            assertThat(s.rank()).isBetween(1, r.regions().size());
          }
        });
  }

  @Test
  void aSatisfiedReturnVisitNeverLowersTheSatisfactionItem() {
    qt().withExamples(100).forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, n) -> {
          List<TicketRecord> ts = tickets(seed, n);
          PeriodReport before = accumulate(ts).finish(List.of(), RUBRIC);
          Instant acc = Instant.parse("2026-10-10T02:00:00Z");
          List<TicketRecord> more = new ArrayList<>(ts);
          more.add(Tickets.builder("extra", "plaza-1", acc)
              .stage("RETURN_VISIT", acc, acc.plusSeconds(600))
              .returnVisit(ReturnVisitRecord.of(Satisfaction.SATISFIED))
              .closedAt(acc.plusSeconds(600))
              .build());
          PeriodReport after = accumulate(more).finish(List.of(), RUBRIC);
          int b = before.unit("plaza-1").map(c -> c.item("satisfaction").points()).orElse(20);
          int a = after.unit("plaza-1").orElseThrow().item("satisfaction").points();
          assertThat(a).isGreaterThanOrEqualTo(b);
        });
  }

  // ---- an independent oracle: the mall scorecard's input-driven items, worked out from the inputs alone ----

  /** Per-finding item: the maximum minus {@code per} for each finding, 0 from {@code zeroAt} findings on. */
  static int perFinding(int max, int per, int zeroAt, int n) {
    return n >= zeroAt ? 0 : Math.max(0, max - per * n);
  }

  /** Small months: units with and without tickets, finding counts that cross every threshold. */
  static List<UnitInputs> smallInputs(long seed) {
    Random r = new Random(seed);
    List<UnitInputs> out = new ArrayList<>();
    for (int u = 0; u < 6; u++) {
      if (r.nextInt(5) == 0) {
        continue;
      }
      long offered = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(200);
      long answered = offered == 0 ? 0 : offered - r.nextInt((int) Math.min(offered, 15) + 1);
      out.add(new UnitInputs("plaza-" + u, OCT, "city-" + r.nextInt(2),
          r.nextInt(7), r.nextInt(4), r.nextInt(4), r.nextInt(3),
          r.nextInt(4) == 0 ? null : new CallStats(offered, answered)));
    }
    return out;
  }

  static UnitInputs inputsOf(List<UnitInputs> in, String unit) {
    return in.stream().filter(u -> u.unit().equals(unit)).findFirst().orElse(UnitInputs.none(unit, OCT));
  }

  @Test
  void theInputDrivenItemsFollowTheRubricComputedFromTheInputsAlone() {
    qt().withExamples(150).forAll(longs().all(), integers().between(0, 20))
        .checkAssert((seed, n) -> {
          List<TicketRecord> ts = tickets(seed, n);
          List<UnitInputs> in = smallInputs(seed);
          PeriodReport r = accumulate(ts).finish(in, RUBRIC);
          // every unit with inputs has a card; a unit known from tickets only has one when a ticket counts this month
          java.util.Set<String> known = new java.util.TreeSet<>();
          ts.forEach(t -> known.add(t.unit()));
          in.forEach(u -> known.add(u.unit()));
          assertThat(r.units()).extracting(MonthlyScorecard::unit)
              .containsAll(in.stream().map(UnitInputs::unit).toList())
              .isSubsetOf(known)
              .isSorted();
          for (MonthlyScorecard c : r.units()) {
            UnitInputs u = inputsOf(in, c.unit());
            assertThat(c.items()).extracting(ItemScore::item).containsExactly("publicity", "onSite", "answerRate",
                "resolution24h", "redLights", "concealed", "satisfaction");
            assertThat(c.items()).extracting(ItemScore::max).containsExactly(22, 6, 2, 15, 20, 15, 20);
            // publicity: 22 − 5 per finding, 0 from 4 findings on
            assertThat(c.item("publicity").points()).as("publicity with %s findings", u.publicityFindings())
                .isEqualTo(perFinding(22, 5, 4, u.publicityFindings()));
            assertThat(c.item("onSite").points()).isEqualTo(perFinding(6, 3, 2, u.onSiteFindings()));
            // concealment and unreported incidents: the inputs' figures, else the tickets not reported in time
            int late = (int) c.metrics().reporting().late();
            int concealed = u.concealedFindings() != null ? u.concealedFindings() : late;
            int unreportedIncidents = u.unreportedIncidents() != null ? u.unreportedIncidents() : late;
            assertThat(c.item("concealed").points()).isEqualTo(perFinding(15, 5, 2, concealed));
            // answer rate: 2 points at 95 % or more, full points when not applicable (no figures, no calls)
            CallStats k = u.calls();
            int answer = k == null || k.offered() == 0 || k.answered() * 100 >= 95 * k.offered() ? 2 : 0;
            assertThat(c.item("answerRate").points()).isEqualTo(answer);
            // unreported incidents: −5 each on the total
            int unreported = c.extraDeductions().stream().filter(d -> d.rule().equals("unreportedIncidents"))
                .mapToInt(d -> d.points()).sum();
            assertThat(unreported).isEqualTo(-5 * unreportedIncidents);
            // the total is the items plus the deductions, clamped
            int sum = c.items().stream().mapToInt(ItemScore::points).sum() + c.extraTotal();
            assertThat(c.total()).isEqualTo(Math.max(0, Math.min(100, sum)));
            assertThat(c.extraDeductions()).allSatisfy(d -> assertThat(d.points()).isNegative());
          }
        });
  }

  @Test
  void aUnitWithoutTicketsIsScoredFromItsInputsAlone() {
    qt().withExamples(150).forAll(longs().all())
        .checkAssert(seed -> {
          List<UnitInputs> in = smallInputs(seed);
          PeriodReport r = accumulate(List.of()).finish(in, RUBRIC);
          assertThat(r.units()).hasSameSizeAs(in);
          for (UnitInputs u : in) {
            MonthlyScorecard c = r.unit(u.unit()).orElseThrow();
            CallStats k = u.calls();
            int answer = k == null || k.offered() == 0 || k.answered() * 100 >= 95 * k.offered() ? 2 : 0;
            // no tickets: resolution, red lights and satisfaction are not applicable and score full points
            int items = perFinding(22, 5, 4, u.publicityFindings()) + perFinding(6, 3, 2, u.onSiteFindings()) + answer
                + 15 + 20 + perFinding(15, 5, 2, u.concealedFindings()) + 20;
            int expected = Math.max(0, items - 5 * u.unreportedIncidents());
            assertThat(c.total()).as("%s", u).isEqualTo(expected);
            assertThat(c.item("resolution24h").points()).isEqualTo(15);
            assertThat(c.item("redLights").points()).isEqualTo(20);
            assertThat(c.item("satisfaction").points()).isEqualTo(20);
          }
        });
  }

  @Test
  void aCleanUnitWithoutTicketsScoresFullMarks() {
    UnitInputs clean = new UnitInputs("plaza-9", OCT, "city-0", 0, 0, 0, 0,
        new CallStats(100, 95));
    MonthlyScorecard c = accumulate(List.of()).finish(List.of(clean), RUBRIC).unit("plaza-9").orElseThrow();
    assertThat(c.total()).isEqualTo(100);
    assertThat(c.items()).allSatisfy(i -> assertThat(i.points()).isEqualTo(i.max()));
    assertThat(c.extraDeductions()).isEmpty();
  }
}
