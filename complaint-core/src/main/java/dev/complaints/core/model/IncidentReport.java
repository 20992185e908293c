package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * A report of the complaint upward (上报, docs/domain.md "Reporting upward"): to whom, what, when, and who recorded
 * it when. Internal: never shown in the customer-facing view.
 *
 * @param reportedTo to whom or to which level it was reported, not blank
 * @param summary what was reported, not blank
 * @param reportedAt when it was reported
 * @param recordedBy the actor who recorded it, not blank
 * @param recordedAt when it was recorded (the command instant)
 */
public record IncidentReport(String reportedTo, String summary, Instant reportedAt, String recordedBy,
    Instant recordedAt) {

  /**
   * Creates a report record.
   *
   * @param reportedTo to whom, not blank
   * @param summary what, not blank
   * @param reportedAt when it was reported, not null
   * @param recordedBy who recorded it, not blank
   * @param recordedAt when it was recorded, not null
   */
  public IncidentReport {
    Checks.notBlank(reportedTo, "report reportedTo");
    Checks.notBlank(summary, "report summary");
    Checks.notNull(reportedAt, "report reportedAt");
    Checks.notBlank(recordedBy, "report recordedBy");
    Checks.notNull(recordedAt, "report recordedAt");
  }
}
