package dev.complaints.scoring.stats;

import java.time.Duration;

/**
 * Timeliness bucket of a ticket: the wall-clock time from acceptance to closing, in the tiers of the
 * {@code mall-ticket} handling limits (24 h, 48 h, 5 days).
 */
public enum Timeliness {
  /** Closed within 24 hours of acceptance (inclusive). */
  WITHIN_24H,
  /** Closed after 24 and within 48 hours. */
  WITHIN_48H,
  /** Closed after 48 hours and within 5 days (120 hours). */
  WITHIN_5D,
  /** Closed after more than 5 days. */
  OVER_5D,
  /** Not closed at the as-of instant. */
  OPEN;

  private static final Duration H24 = Duration.ofHours(24);
  private static final Duration H48 = Duration.ofHours(48);
  private static final Duration D5 = Duration.ofDays(5);

  /**
   * The bucket of a closed ticket.
   *
   * @param acceptanceToClose time from acceptance to closing, not negative
   * @return the bucket
   */
  public static Timeliness of(Duration acceptanceToClose) {
    if (acceptanceToClose.compareTo(H24) <= 0) {
      return WITHIN_24H;
    }
    if (acceptanceToClose.compareTo(H48) <= 0) {
      return WITHIN_48H;
    }
    if (acceptanceToClose.compareTo(D5) <= 0) {
      return WITHIN_5D;
    }
    return OVER_5D;
  }
}
