package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link BusinessCalendar#knowsDeadline} answers without adding where it can, and always as adding would. */
class KnowsDeadlineTest {
  private static final List<BusinessCalendar> CALENDARS = List.of(
      BusinessCalendars.mallHours(),
      BusinessCalendars.cnNational(),
      BusinessCalendar.builder("three-weeks", ZoneId.of("Asia/Shanghai"))
          .weekdays("09:00-12:00", "13:00-18:00")
          .covering(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 18))
          .build());

  @Test
  void knowsTheDeadlineExactlyWhenAddingGivesOne() {
    qt().withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      BusinessCalendar calendar = CALENDARS.get(r.nextInt(CALENDARS.size()));
      Instant t = switch (r.nextInt(3)) {
        case 0 -> Instant.parse("2026-09-20T00:00:00Z").plusSeconds(r.nextInt(40 * 86_400));
        case 1 -> Instant.parse("2026-12-20T00:00:00Z").plusSeconds(r.nextInt(20 * 86_400));
        default -> Instant.parse("2023-12-01T00:00:00Z").plusSeconds((long) (r.nextDouble() * 4 * 365 * 86_400));
      };
      Duration d = switch (r.nextInt(5)) {
        case 0 -> Duration.ZERO;
        case 1 -> Duration.ofSeconds(Math.abs(r.nextLong() >> r.nextInt(40)), r.nextInt(1_000_000_000));
        case 2 -> Duration.ofDays(r.nextInt(3000));
        default -> Duration.ofSeconds(r.nextInt(30 * 86_400), r.nextInt(1_000_000_000));
      };
      boolean adds;
      try {
        calendar.add(t, d);
        adds = true;
      } catch (CalendarRangeException e) {
        adds = false;
      }
      assertThat(calendar.knowsDeadline(t, d)).as("%s + %s on %s", t, d, calendar.id()).isEqualTo(adds);
    });
  }

  @Test
  void answersBothWays() {
    BusinessCalendar national = BusinessCalendars.cnNational();
    Instant t = Instant.parse("2026-12-21T02:00:00Z");
    assertThat(national.knowsDeadline(t, Duration.ofHours(9))).isTrue();
    assertThat(national.knowsDeadline(t, Duration.ofHours(9 * 10))).isFalse();
    assertThat(national.knowsDeadline(Instant.parse("2027-01-04T02:00:00Z"), Duration.ofHours(1))).isFalse();
    assertThatThrownBy(() -> national.knowsDeadline(t, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
  }
}
