package dev.complaints.scoring.metrics;

import dev.complaints.scoring.record.StageRecord;
import dev.complaints.scoring.record.TicketRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a unit's MAJOR and CRITICAL tickets of the period were reported upward (上报, docs/domain.md "Reporting
 * upward"), as known at the report instant.
 *
 * @param major MAJOR and CRITICAL tickets
 * @param late those not reported within {@code limit} of their receipt ({@link #dutyStart}): reported later, or not reported by the
 *     report instant once the limit had passed
 * @param limit the reporting limit ({@link MetricOptions#reportLimit()})
 */
public record ReportingCounts(long major, long late, Duration limit) {

  /**
   * Validates the counts.
   *
   * @param major not negative
   * @param late not negative, at most {@code major}
   * @param limit positive
   */
  public ReportingCounts {
    Objects.requireNonNull(limit, "limit");
    if (major < 0 || late < 0 || late > major) {
      throw new IllegalArgumentException("reporting counts need 0 <= late <= major, were " + late + " of " + major);
    }
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the reporting limit must be positive, was " + limit);
    }
  }

  /**
   * The instant the duty to report a ticket upward runs from: its receipt, which a record knows as the entry
   * into its first node visit when that precedes the acceptance (the export writes the node entered at receipt
   * first), else its acceptance.
   *
   * @param t the ticket
   * @return the start of the reporting duty
   */
  public static Instant dutyStart(TicketRecord t) {
    Instant start = t.acceptedAt();
    for (StageRecord s : t.stages()) {
      if (s.enteredAt().isBefore(start)) {
        start = s.enteredAt();
      }
    }
    return start;
  }

  /**
   * Whether a ticket was not reported upward in time: it is MAJOR or CRITICAL and was reported more than
   * {@code limit} after the start of the duty ({@link #dutyStart}), or not reported by {@code asOf} although the limit had passed by then. A
   * report made after {@code asOf} is not known yet.
   *
   * @param acceptedAt the start of the duty: the ticket's receipt ({@link #dutyStart})
   * @param reportedAt its first report upward, or null
   * @param asOf the report instant
   * @param limit the reporting limit
   * @return true when late
   */
  public static boolean late(Instant acceptedAt, @Nullable Instant reportedAt, Instant asOf, Duration limit) {
    Instant deadline = acceptedAt.plus(limit);
    boolean known = reportedAt != null && !reportedAt.isAfter(asOf);
    return known ? reportedAt.isAfter(deadline) : asOf.isAfter(deadline);
  }
}
