package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The complaint was reported upward (上报): to whom, with what summary and when.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param reportedTo to whom or to which level it was reported
 * @param summary what was reported
 * @param reportedAt when it was reported
 */
public record IncidentReported(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String reportedTo,
    String summary,
    Instant reportedAt)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param reportedTo to whom or to which level it was reported
   * @param summary what was reported
   * @param reportedAt when it was reported
   */
  public IncidentReported {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(reportedTo, "reportedTo");
    Checks.notBlank(summary, "summary");
    Checks.notNull(reportedAt, "reportedAt");
  }
}
