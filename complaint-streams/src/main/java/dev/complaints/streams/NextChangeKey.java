package dev.complaints.streams;

import java.time.Instant;

/**
 * Keys of the index of next light changes: the instant in epoch milliseconds, rounded up and zero-padded to 20
 * digits, then {@code |} and the complaint id. The store orders keys by their bytes, which for these keys is the
 * order of the instants, so the due entries are one range scan from the start.
 */
final class NextChangeKey {
  private static final int DIGITS = 20;

  private NextChangeKey() {}

  static String of(Instant due, String complaintId) {
    return millis(ceilMillis(due)) + "|" + complaintId;
  }

  /** The inclusive upper bound of the keys due at or before {@code now}. */
  static String upTo(Instant now) {
    // every key of a millisecond up to now sorts before the bare digits of the next millisecond
    return millis(Math.max(0, now.toEpochMilli()) + 1);
  }

  private static long ceilMillis(Instant t) {
    long ms = t.toEpochMilli();
    return Math.max(0, t.getNano() % 1_000_000 == 0 ? ms : ms + 1);
  }

  private static String millis(long ms) {
    String digits = Long.toString(ms);
    return "0".repeat(Math.max(0, DIGITS - digits.length())) + digits;
  }
}
