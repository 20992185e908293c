package dev.complaints.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A calendar open the same hours every day (the mall's) has its open time computed rather than looked up where the
 * days repeat; the answers must be those of the days summed one by one: across the edges of the precomputed
 * chunks, changes of offset, windows past midnight and exception dates that break the repetition.
 */
class SameHoursEveryDayTest {
  private static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("Europe/Berlin"),
      ZoneId.of("America/New_York"), ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"));

  @Test
  void openTimeIsTheSumOfTheDays() {
    qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
      int open = 60 + 15 * r.nextInt(60);
      int close = r.nextInt(5) == 0 ? 15 * r.nextInt(5) : open + 15 + 15 * r.nextInt((1440 - open - 15) / 15 + 1);
      String window = hhmm(open) + "-" + hhmm(close % 1440 == 0 && close > 0 ? 1440 : close);
      BusinessCalendar.Builder b = BusinessCalendar.builder("every-day", zone).everyDay(window);
      LocalDate from = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(3000));
      for (int i = r.nextInt(3); i > 0; i--) {
        b.closed(from.plusDays(r.nextInt(900)));
      }
      BusinessCalendar cal = b.build();
      Instant t1 = from.atStartOfDay(zone).toInstant().plusSeconds(r.nextInt(86_400 * 3)).plusNanos(r.nextInt(1000));
      Instant t2 = t1.plusSeconds((long) (r.nextDouble() * (r.nextBoolean() ? 5 * 365 : 3) * 86_400));
      assertThat(cal.between(t1, t2)).as("%s from %s to %s", window, t1, t2).isEqualTo(byDays(cal, t1, t2));
      Duration d = cal.between(t1, t2);
      if (!d.isZero()) {
        assertThat(cal.between(t1, cal.add(t1, d))).isEqualTo(d);
      }
    });
  }

  @Test
  void theMallsHoursAcrossTheEdgeOfAChunk() {
    BusinessCalendar mall = BusinessCalendars.mallHours();
    // chunks are 2^27 seconds: one edge falls on 2029-09-16T09:06:08Z
    Instant edge = Instant.ofEpochSecond(14L << 27);
    for (long before = -3 * 86_400; before <= 3 * 86_400; before += 3_607) {
      Instant t1 = edge.plusSeconds(before);
      Instant t2 = t1.plusSeconds(5 * 86_400 + 1234);
      assertThat(mall.between(t1, t2)).as("from %s", t1).isEqualTo(byDays(mall, t1, t2));
    }
    assertThat(mall.between(Instant.parse("2026-10-03T11:30:00Z"), Instant.parse("2026-10-05T03:00:00Z")))
        .isEqualTo(Duration.ofMinutes(30).plusHours(10).plusHours(1)); // 19:30-20:00, a whole day, 10:00-11:00
  }

  /** The open time in {@code [t1, t2)}: every date's windows as instants, merged, clipped, summed. */
  private static Duration byDays(BusinessCalendar cal, Instant t1, Instant t2) {
    ZoneId zone = cal.zone();
    List<long[]> intervals = new ArrayList<>();
    LocalDate last = LocalDateTime.ofInstant(t2, zone).toLocalDate().plusDays(1);
    for (LocalDate d = LocalDateTime.ofInstant(t1, zone).toLocalDate().minusDays(2); !d.isAfter(last);
        d = d.plusDays(1)) {
      List<TimeWindow> ws = cal.exceptions().containsKey(d) ? cal.exceptions().get(d)
          : cal.weekly().getOrDefault(d.getDayOfWeek(), List.of());
      for (TimeWindow w : ws) {
        long s = ZonedDateTime.of(d.atStartOfDay().plusSeconds(w.startSecond()), zone).toEpochSecond();
        LocalDateTime end = d.atStartOfDay().plusSeconds(w.endSecond()).plusDays(w.crossesMidnight() ? 1 : 0);
        intervals.add(new long[] {s, ZonedDateTime.of(end, zone).toEpochSecond()});
      }
    }
    intervals.sort(Comparator.comparingLong((long[] a) -> a[0]));
    Duration total = Duration.ZERO;
    long cursor = Long.MIN_VALUE;
    for (long[] iv : intervals) {
      long s = Math.max(iv[0], cursor);
      if (iv[1] > s) {
        total = total.plus(overlap(s, iv[1], t1, t2));
        cursor = iv[1];
      }
    }
    return total;
  }

  private static Duration overlap(long s, long e, Instant t1, Instant t2) {
    Instant a = Instant.ofEpochSecond(s).isAfter(t1) ? Instant.ofEpochSecond(s) : t1;
    Instant b = Instant.ofEpochSecond(e).isBefore(t2) ? Instant.ofEpochSecond(e) : t2;
    return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
  }

  private static String hhmm(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
