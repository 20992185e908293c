package dev.complaints.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid random calendars for property tests: windows on a 15-minute grid, some running past midnight,
 * some dates starting at 00:00, random closed dates and special hours, in zones with and without DST.
 */
final class RandomCalendars {
  static final List<ZoneId> ZONES =
      List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Shanghai"));
  /** Dates near DST changes (and one without): 2026-03-08 US, 03-29 EU, 10-25 EU, 11-01 US. */
  static final List<LocalDate> ANCHORS = List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 26),
      LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 6, 10));

  private RandomCalendars() {}

  /**
   * A valid calendar from a seed (deterministic).
   *
   * @param seed the seed
   * @return the calendar
   */
  static BusinessCalendar calendar(long seed) {
    Random r = new Random(seed);
    while (true) {
      BusinessCalendar.Builder b = attempt(r);
      if (b != null && b.problems().isEmpty()) {
        return b.build();
      }
    }
  }

  static LocalDate anchor(long seed) {
    return ANCHORS.get((int) Math.floorMod(seed >>> 7, (long) ANCHORS.size()));
  }

  private static BusinessCalendar.Builder attempt(Random r) {
    ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
    BusinessCalendar.Builder b = BusinessCalendar.builder("random", zone);
    List<List<int[]>> days = new ArrayList<>();
    int nominal = 0;
    for (int d = 0; d < 7; d++) {
      List<int[]> ws = windows(r, r.nextInt(10) < 2 ? 0 : 1 + r.nextInt(3));
      days.add(ws);
    }
    for (int d = 0; d < 7; d++) {
      List<int[]> prev = days.get((d + 6) % 7);
      boolean prevSpills = !prev.isEmpty() && prev.get(prev.size() - 1)[1] <= prev.get(prev.size() - 1)[0];
      List<int[]> ws = days.get(d);
      if (!prevSpills && !ws.isEmpty() && r.nextInt(10) < 3) {
        ws.get(0)[0] = 0;
      }
      for (int[] w : ws) {
        b.weekly(DayOfWeek.of(d + 1), text(w));
        nominal += w[1] > w[0] ? w[1] - w[0] : w[1] + 1440 - w[0];
      }
    }
    if (nominal < 10 * 60) {
      return null; // too little open time for the stepping oracle to stay quick
    }
    LocalDate anchor = ANCHORS.get(r.nextInt(ANCHORS.size()));
    int exceptions = r.nextInt(7);
    for (int i = 0; i < exceptions; i++) {
      LocalDate date = anchor.plusDays(r.nextInt(30) - 5);
      if (r.nextBoolean()) {
        b.closed(date);
      } else {
        List<int[]> ws = windows(r, 1 + r.nextInt(2));
        b.exception(date, ws.stream().map(RandomCalendars::text).toArray(String[]::new));
      }
    }
    return b;
  }

  /** n windows, sorted, starting at 01:00 or later; the last may run past midnight up to 01:00. */
  private static List<int[]> windows(Random r, int n) {
    List<int[]> ws = new ArrayList<>();
    if (n == 0) {
      return ws;
    }
    java.util.TreeSet<Integer> points = new java.util.TreeSet<>();
    while (points.size() < 2 * n) {
      points.add(60 + 15 * r.nextInt((1440 - 60) / 15 + 1));
    }
    Integer[] p = points.toArray(Integer[]::new);
    for (int i = 0; i < n; i++) {
      ws.add(new int[] {p[2 * i], p[2 * i + 1]});
    }
    int[] last = ws.get(n - 1);
    if (last[1] < 1440 && r.nextInt(4) == 0) {
      last[1] = 15 * r.nextInt(5); // 00:00..01:00 of the next date
    }
    return ws;
  }

  private static String text(int[] w) {
    return hhmm(w[0]) + "-" + hhmm(w[1]);
  }

  private static String hhmm(int minutes) {
    return String.format("%02d:%02d", minutes / 60, minutes % 60);
  }
}
