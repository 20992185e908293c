package dev.complaints.jdbc;

import dev.complaints.core.model.Grade;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where one complaint stands, as kept by {@link JdbcComplaintStore} in the transaction of every append (no
 * replay on read). Holds no personal data.
 *
 * @param id the complaint id
 * @param workflow the id of the workflow definition the complaint follows
 * @param node the current workflow node; null only if the last append ended between nodes
 * @param grade the current grade; null until graded
 * @param unit the org unit (plaza, store) responsible; null when none was given at intake
 * @param version the complaint's version (number of stored events, at least 1)
 * @param closed whether the complaint is closed (a closure not followed by a reopening)
 * @param receivedAt when the complaint was received from the customer (to the microsecond)
 * @param nextChangeAt the first instant after the complaint's latest event at which one of its SLA alert lights
 *     changes (to the microsecond, rounded up); null when closed, when no timer runs, or when the calendar could
 *     not answer
 */
public record ComplaintSummary(
    String id,
    String workflow,
    @Nullable String node,
    @Nullable Grade grade,
    @Nullable String unit,
    long version,
    boolean closed,
    Instant receivedAt,
    @Nullable Instant nextChangeAt) {

  /**
   * Creates a summary.
   *
   * @throws NullPointerException when id, workflow or receivedAt is null
   * @throws IllegalArgumentException when the version is below 1
   */
  public ComplaintSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(workflow, "workflow");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (version < 1) {
      throw new IllegalArgumentException("complaint " + id + ": summary version must be at least 1, was " + version);
    }
  }
}
