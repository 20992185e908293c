package dev.complaints.sla.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.complaints.core.model.Grade;
import dev.complaints.sla.AlertLevel;
import dev.complaints.sla.calendar.BusinessCalendar;
import dev.complaints.sla.calendar.BusinessCalendars;
import dev.complaints.sla.timer.Extension;
import dev.complaints.sla.timer.NodeVisit;
import dev.complaints.sla.timer.Pause;
import dev.complaints.sla.timer.StageVisit;
import dev.complaints.sla.timer.VisitOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SlaPolicy#highestLevel} skips the deadline and the rest of the outcome where it can; it must still
 * give what {@link SlaPolicy#evaluate} gives, errors included, for every policy and visit.
 */
class HighestLevelAgreesWithEvaluateTest {
  private static final Instant FROM = Instant.parse("2023-12-20T00:00:00Z");
  /** Past the end of the bundled national holidays (2026), so that deadlines there are refused. */
  private static final long SPAN_SECONDS = Duration.ofDays(3 * 365 + 60).toSeconds();

  /** A calendar that knows three weeks only, so that deadlines near its end are refused too. */
  private static final BusinessCalendar SHORT = BusinessCalendar.builder("short-hours", ZoneId.of("Asia/Shanghai"))
      .everyDay("09:00-12:00", "13:00-17:30")
      .covering(java.time.LocalDate.of(2026, 9, 28), java.time.LocalDate.of(2026, 10, 18))
      .build();

  private static final List<SlaPolicy> POLICIES = List.of(
      SlaPolicies.mallTicket(),
      SlaPolicies.mallTicket().toBuilder().unknownYears(UnknownYears.WEEKLY).build(),
      SlaPolicies.sevenStep(),
      SlaPolicies.retailPlan(),
      SlaPolicy.builder("short")
          .calendars(CalendarLookup.of(SHORT, BusinessCalendars.mallHours()))
          .target(SlaTarget.builder("SHORT").node("SHORT").clock(ClockKind.BUSINESS_HOURS, "short-hours")
              .limit(Duration.ofHours(5)).build())
          .target(SlaTarget.builder("MALL").node("MALL").clock(ClockKind.BUSINESS_HOURS, "mall-hours")
              .limit(Duration.ofHours(3)).limit(Grade.MAJOR, Duration.ofMinutes(90))
              .pauseWhile(PauseWhile.CLOCK_PAUSED).build())
          .build());

  @Test
  void theHighestLevelIsThatOfTheWholeEvaluationErrorsIncluded() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      SlaPolicy policy = POLICIES.get(r.nextInt(POLICIES.size()));
      StageVisit visit = visit(r, policy);
      Instant asOf = near(r, visit.enteredAt());
      Object expected = outcome(() -> policy.evaluate(visit, asOf).map(VisitOutcome::highestLevel)
          .orElse(AlertLevel.NONE));
      Object actual = outcome(() -> policy.highestLevel(visit, visit.grade(), asOf));
      assertThat(actual).as("%s as of %s with %s", visit, asOf, policy.id()).isEqualTo(expected);
    });
  }

  @Test
  void mostVisitsAreTimedAndSomeFail() {
    // the property above is only as good as its cases: they must reach every level and every error
    List<Object> seen = new ArrayList<>();
    Random r = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      SlaPolicy policy = POLICIES.get(r.nextInt(POLICIES.size()));
      StageVisit visit = visit(r, policy);
      Instant asOf = near(r, visit.enteredAt());
      Object o = outcome(() -> policy.highestLevel(visit, visit.grade(), asOf));
      seen.add(o instanceof String s ? s.substring(0, s.indexOf(':')) : o);
    }
    assertThat(seen).contains(AlertLevel.values());
    assertThat(seen).contains("dev.complaints.sla.calendar.CalendarRangeException",
        "java.lang.IllegalArgumentException");
  }

  @Test
  void aHostsVisitIsCheckedAsAStageVisitIs() {
    Instant entered = Instant.parse("2026-10-10T02:00:00Z");
    NodeVisit backwards = new NodeVisit() {
      @Override
      public String node() {
        return "GRADING";
      }

      @Override
      public Instant enteredAt() {
        return entered;
      }

      @Override
      public Instant leftAt() {
        return entered.minusSeconds(1);
      }

      @Override
      public List<Extension> extensions() {
        return List.of();
      }

      @Override
      public List<Pause> pauses() {
        return List.of();
      }
    };
    // the error a StageVisit of the same values gives when it is made
    Object expected = outcome(() -> {
      StageVisit.of("GRADING", Grade.GENERAL, entered, entered.minusSeconds(1));
      return AlertLevel.NONE;
    });
    assertThat(outcome(() -> SlaPolicies.mallTicket().highestLevel(backwards, Grade.GENERAL, entered)))
        .isEqualTo(expected)
        .isEqualTo("java.lang.IllegalArgumentException: node GRADING left at 2026-10-10T01:59:59Z before it was"
            + " entered at 2026-10-10T02:00:00Z");
  }

  private static StageVisit visit(Random r, SlaPolicy policy) {
    List<String> nodes = new ArrayList<>();
    for (SlaTarget t : policy.targets()) {
      if (t.node() != null) {
        nodes.add(t.node());
      }
    }
    nodes.add("NOT_TIMED");
    String node = nodes.get(r.nextInt(nodes.size()));
    Grade grade = Grade.values()[r.nextInt(Grade.values().length)];
    Instant entered = r.nextInt(4) == 0 ? Instant.parse("2026-10-10T02:00:00Z").plusSeconds(r.nextInt(900_000))
        : FROM.plusSeconds((long) (r.nextDouble() * SPAN_SECONDS));
    Instant left = r.nextInt(5) == 0 ? null : entered.plusSeconds(length(r));
    List<Extension> extensions = new ArrayList<>();
    for (int i = r.nextInt(4) == 0 ? r.nextInt(3) + 1 : 0; i > 0; i--) {
      Duration amount = switch (r.nextInt(6)) {
        case 0 -> Duration.ofSeconds(Long.MAX_VALUE / 2 + r.nextInt(1000));
        case 1 -> Duration.ofDays(400 + r.nextInt(20_000));
        case 2 -> Duration.ZERO;
        default -> Duration.ofMinutes(r.nextInt(48 * 60));
      };
      extensions.add(Extension.of(amount, near(r, entered)));
    }
    List<Pause> pauses = new ArrayList<>();
    for (int i = r.nextInt(3) == 0 ? r.nextInt(3) + 1 : 0; i > 0; i--) {
      Instant from = near(r, entered);
      pauses.add(r.nextBoolean() ? Pause.open(from) : Pause.of(from, from.plusSeconds(r.nextInt(200_000))));
    }
    return new StageVisit(node, grade, entered, left, extensions, pauses);
  }

  /** Visit lengths from none to weeks, most of them hours. */
  private static long length(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> 0;
      case 1 -> r.nextInt(3600);
      case 2 -> r.nextInt(30 * 86_400);
      default -> r.nextInt(3 * 86_400);
    };
  }

  /** An instant a little before or up to weeks after {@code t}. */
  private static Instant near(Random r, Instant t) {
    return t.plusSeconds(r.nextInt(10) == 0 ? -r.nextInt(86_400) : length(r));
  }

  /** The level, or the exception's class and message. */
  private static Object outcome(java.util.function.Supplier<AlertLevel> f) {
    try {
      return f.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
