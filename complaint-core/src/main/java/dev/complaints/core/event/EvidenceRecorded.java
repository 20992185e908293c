package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence was recorded on the investigation (取证): what, collected by whom and when, verified by whom.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param description what the evidence is
 * @param collectedBy who collected it
 * @param verifiedBy who verified it, or null
 * @param collectedAt when it was collected
 */
public record EvidenceRecorded(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String description,
    String collectedBy,
    @Nullable String verifiedBy,
    Instant collectedAt)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param description what the evidence is
   * @param collectedBy who collected it
   * @param verifiedBy who verified it, or null
   * @param collectedAt when it was collected
   */
  public EvidenceRecorded {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(description, "description");
    Checks.notBlank(collectedBy, "collectedBy");
    Checks.nullOrNotBlank(verifiedBy, "verifiedBy");
    Checks.notNull(collectedAt, "collectedAt");
  }
}
