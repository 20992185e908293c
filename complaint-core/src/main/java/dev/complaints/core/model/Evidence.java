package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence on the investigation (取证, docs/domain.md "Evidence and instructions"): what it is, who
 * collected it (and so answers for it: 谁取证谁负责), who verified it, when it was collected, and who recorded it
 * when. Internal: never shown in the customer-facing view.
 *
 * @param description what the evidence is (a receipt, a photo, a camera recording, a witness statement), not blank
 * @param collectedBy who collected it and answers for it being true and reliable, not blank
 * @param verifiedBy who checked it (质量检验), or null while unchecked
 * @param collectedAt when it was collected
 * @param recordedBy the actor who recorded it, not blank
 * @param recordedAt when it was recorded (the command instant)
 */
public record Evidence(String description, String collectedBy, @Nullable String verifiedBy, Instant collectedAt,
    String recordedBy, Instant recordedAt) {

  /**
   * Creates an evidence record.
   *
   * @param description what it is, not blank
   * @param collectedBy who collected it, not blank
   * @param verifiedBy who verified it, null or not blank
   * @param collectedAt when it was collected, not null
   * @param recordedBy who recorded it, not blank
   * @param recordedAt when it was recorded, not null
   */
  public Evidence {
    Checks.notBlank(description, "evidence description");
    Checks.notBlank(collectedBy, "evidence collectedBy");
    Checks.nullOrNotBlank(verifiedBy, "evidence verifiedBy");
    Checks.notNull(collectedAt, "evidence collectedAt");
    Checks.notBlank(recordedBy, "evidence recordedBy");
    Checks.notNull(recordedAt, "evidence recordedAt");
  }
}
