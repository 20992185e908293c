package dev.complaints.scoring.record;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Fast parsing of the usual spellings of offset date-times ({@code 2026-10-05T14:23:11+08:00}) and durations
 * ({@code PT12H}): a ticket line holds a dozen instants, and the general parsers of {@code java.time} cost most of
 * the time of reading it. Only spellings whose meaning is certain are parsed here; anything else (lower-case
 * letters, signs, fractions of a duration, years of more than four digits, out-of-range fields …) gives null, and
 * the caller then asks {@link java.time.OffsetDateTime#parse} or {@link Duration#parse}, which decide what is
 * valid and how it is worded. So these never accept a text the general parsers refuse, and never give another
 * value.
 */
final class IsoText {
  private static final int DAYS_0000_TO_1970 = 719_528;

  private IsoText() {}

  /**
   * The instant of {@code yyyy-MM-ddTHH:mm[:ss[.f…]](Z|±HH:MM)}, or null for any other text.
   *
   * @param s the characters
   * @param off where the text starts
   * @param len its length
   * @return the instant, or null when the general parser must decide
   */
  static @Nullable Instant instant(char[] s, int off, int len) {
    if (len < 17 || len > 35) {
      return null;
    }
    int end = off + len;
    int year = digits4(s, off);
    if (year < 0 || s[off + 4] != '-' || s[off + 7] != '-' || s[off + 10] != 'T' || s[off + 13] != ':') {
      return null;
    }
    int month = digits2(s, off + 5);
    int day = digits2(s, off + 8);
    int hour = digits2(s, off + 11);
    int minute = digits2(s, off + 14);
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0 || hour > 23
        || minute < 0 || minute > 59) {
      return null;
    }
    int i = off + 16;
    int second = 0;
    int nanos = 0;
    if (i < end && s[i] == ':') {
      if (i + 3 > end) {
        return null;
      }
      second = digits2(s, i + 1);
      if (second < 0 || second > 59) {
        return null;
      }
      i += 3;
      if (i < end && s[i] == '.') {
        i++;
        int start = i;
        while (i < end && i - start < 9 && s[i] >= '0' && s[i] <= '9') {
          nanos = nanos * 10 + (s[i] - '0');
          i++;
        }
        int n = i - start;
        if (n == 0) {
          return null;
        }
        for (; n < 9; n++) {
          nanos *= 10;
        }
      }
    }
    int offsetSeconds;
    if (i + 1 == end && s[i] == 'Z') {
      offsetSeconds = 0;
    } else if (i + 6 == end && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':') {
      int oh = digits2(s, i + 1);
      int om = digits2(s, i + 4);
      if (oh < 0 || om < 0 || om > 59 || oh > 18 || (oh == 18 && om > 0) || (s[i] == '-' && oh == 0 && om == 0)) {
        return null;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochDay = epochDay(year, month, day);
    long seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * As {@link #instant(char[], int, int)}.
   *
   * @param s the text
   * @return the instant, or null when the general parser must decide
   */
  static @Nullable Instant instant(String s) {
    int len = s.length();
    if (len < 17 || len > 35) {
      return null;
    }
    return instant(s.toCharArray(), 0, len);
  }

  /**
   * The duration of {@code P[nD][T[nH][nM][nS]]} with unsigned whole numbers of at most nine digits, upper
   * case, or null for any other text.
   *
   * @param s the text
   * @return the duration, or null when the general parser must decide
   */
  static @Nullable Duration duration(String s) {
    int len = s.length();
    if (len < 3 || s.charAt(0) != 'P') {
      return null;
    }
    int i = 1;
    long seconds = 0;
    // the units in the order they must come, with their seconds; index 0 is D before T
    char[] units = {'D', 'H', 'M', 'S'};
    long[] factor = {86_400, 3600, 60, 1};
    int next = 0;
    boolean time = false;
    int componentsAfterT = 0;
    int components = 0;
    while (i < len) {
      char c = s.charAt(i);
      if (c == 'T') {
        if (time || i + 1 == len) {
          return null;
        }
        time = true;
        next = Math.max(next, 1);
        i++;
        continue;
      }
      int start = i;
      long v = 0;
      while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 9) {
        v = v * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || i == len) {
        return null;
      }
      char unit = s.charAt(i);
      int u = next;
      while (u < units.length && units[u] != unit) {
        u++;
      }
      if (u == units.length || (u == 0) == time) {
        return null;
      }
      seconds += v * factor[u];
      next = u + 1;
      components++;
      if (time) {
        componentsAfterT++;
      }
      i++;
    }
    if (components == 0 || (time && componentsAfterT == 0)) {
      return null;
    }
    return Duration.ofSeconds(seconds);
  }

  private static int digits2(char[] s, int i) {
    int a = s[i] - '0';
    int b = s[i + 1] - '0';
    return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
  }

  private static int digits4(char[] s, int i) {
    int hi = digits2(s, i);
    int lo = digits2(s, i + 2);
    return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
  }

  private static boolean leap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> leap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** As {@link java.time.LocalDate#toEpochDay()}, for years 0..9999. */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y;
    total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!leap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }
}
