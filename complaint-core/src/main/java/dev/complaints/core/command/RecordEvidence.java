package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records a piece of evidence on the investigation (取证): what it is, who collected it, who verified it and when it
 * was collected. Whoever collects evidence answers for it being true and reliable (谁取证谁负责, discipline ①,
 * docs/domain.md), so the record names them. Internal: never shown to the customer.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param description what the evidence is
 * @param collectedBy who collected it and answers for it
 * @param verifiedBy who verified it, or null while unchecked
 * @param collectedAt when it was collected; not after the command instant
 */
public record RecordEvidence(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String description,
    String collectedBy,
    @Nullable String verifiedBy,
    Instant collectedAt)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param description what the evidence is
   * @param collectedBy who collected it and answers for it
   * @param verifiedBy who verified it, or null while unchecked
   * @param collectedAt when it was collected; not after the command instant
   */
  public RecordEvidence {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordEvidence");
    Checks.notBlank(description, "RecordEvidence.description");
    Checks.notBlank(collectedBy, "RecordEvidence.collectedBy");
    Checks.nullOrNotBlank(verifiedBy, "RecordEvidence.verifiedBy");
    Checks.notNull(collectedAt, "RecordEvidence.collectedAt");
  }

  /**
   * A builder with no field set.
   *
   * @return a builder whose {@link Builder#build()} runs the checks of the canonical constructor
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RecordEvidence}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, RecordEvidence> {
    private @Nullable String description;
    private @Nullable String collectedBy;
    private @Nullable String verifiedBy;
    private @Nullable Instant collectedAt;

    private Builder() {}

    /**
     * Sets {@code description}.
     *
     * @param description what the evidence is
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code collectedBy}.
     *
     * @param collectedBy who collected it and answers for it
     * @return this builder
     */
    public Builder collectedBy(String collectedBy) {
      this.collectedBy = collectedBy;
      return this;
    }

    /**
     * Sets {@code verifiedBy}.
     *
     * @param verifiedBy who verified it, or null while unchecked
     * @return this builder
     */
    public Builder verifiedBy(@Nullable String verifiedBy) {
      this.verifiedBy = verifiedBy;
      return this;
    }

    /**
     * Sets {@code collectedAt}.
     *
     * @param collectedAt when it was collected; not after the command instant
     * @return this builder
     */
    public Builder collectedAt(Instant collectedAt) {
      this.collectedAt = collectedAt;
      return this;
    }

    @Override
    public RecordEvidence build() {
      return new RecordEvidence(commandId, complaintId, actor, at, description, collectedBy, verifiedBy, collectedAt);
    }
  }
}
