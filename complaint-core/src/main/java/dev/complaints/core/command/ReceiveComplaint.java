package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Opens a new complaint with its intake data (业务受理). Emits {@code ComplaintReceived} and enters the workflow's first node.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param channel intake channel
 * @param complainant the complainant
 * @param receivedAt when the customer complained; null means the command instant; must not be after the command
 *     instant (the engine rejects it otherwise)
 * @param subject merchant, store or service involved
 * @param category category code, must exist in the workflow's taxonomy
 * @param description what the customer says
 * @param remediesSought remedies the customer asks for, may be empty
 * @param needs needs behind the complaint, may be empty
 * @param orgUnit responsible org unit (plaza, store), or null
 * @param grade grade when already known at intake, or null
 */
public record ReceiveComplaint(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Channel channel,
    Complainant complainant,
    @Nullable Instant receivedAt,
    Subject subject,
    String category,
    String description,
    List<Remedy> remediesSought,
    List<CustomerNeed> needs,
    @Nullable String orgUnit,
    @Nullable Grade grade)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param channel intake channel
   * @param complainant the complainant
   * @param receivedAt when the customer complained; null means the command instant; must not be after the
   *     command instant (the engine rejects it otherwise)
   * @param subject merchant, store or service involved
   * @param category category code, must exist in the workflow's taxonomy
   * @param description what the customer says
   * @param remediesSought remedies the customer asks for, may be empty
   * @param needs needs behind the complaint, may be empty
   * @param orgUnit responsible org unit (plaza, store), or null
   * @param grade grade when already known at intake, or null
   */
  public ReceiveComplaint {
    Command.checkCommon(commandId, complaintId, actor, at, "ReceiveComplaint");
    Checks.notNull(channel, "ReceiveComplaint.channel");
    Checks.notNull(complainant, "ReceiveComplaint.complainant");
    Checks.notNull(subject, "ReceiveComplaint.subject");
    Checks.notBlank(category, "ReceiveComplaint.category");
    Checks.notBlank(description, "ReceiveComplaint.description");
    remediesSought = List.copyOf(Checks.noNulls(remediesSought, "ReceiveComplaint.remediesSought"));
    needs = List.copyOf(Checks.noNulls(needs, "ReceiveComplaint.needs"));
    Checks.nullOrNotBlank(orgUnit, "ReceiveComplaint.orgUnit");
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
   * Builds a {@link ReceiveComplaint}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   * Unless set, {@code remediesSought} is empty and {@code needs} is empty.
   */
  public static final class Builder extends CommandBuilder<Builder, ReceiveComplaint> {
    private @Nullable Channel channel;
    private @Nullable Complainant complainant;
    private @Nullable Instant receivedAt;
    private @Nullable Subject subject;
    private @Nullable String category;
    private @Nullable String description;
    private List<Remedy> remediesSought = List.of();
    private List<CustomerNeed> needs = List.of();
    private @Nullable String orgUnit;
    private @Nullable Grade grade;

    private Builder() {}

    /**
     * Sets {@code channel}.
     *
     * @param channel intake channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets {@code complainant}.
     *
     * @param complainant the complainant
     * @return this builder
     */
    public Builder complainant(Complainant complainant) {
      this.complainant = complainant;
      return this;
    }

    /**
     * Sets {@code receivedAt}.
     *
     * @param receivedAt when the customer complained; null means the command instant; must not be after the command
     *     instant (the engine rejects it otherwise)
     * @return this builder
     */
    public Builder receivedAt(@Nullable Instant receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Sets {@code subject}.
     *
     * @param subject merchant, store or service involved
     * @return this builder
     */
    public Builder subject(Subject subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets {@code category}.
     *
     * @param category category code, must exist in the workflow's taxonomy
     * @return this builder
     */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description what the customer says
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code remediesSought}.
     *
     * @param remediesSought remedies the customer asks for, may be empty
     * @return this builder
     */
    public Builder remediesSought(List<Remedy> remediesSought) {
      this.remediesSought = remediesSought;
      return this;
    }

    /**
     * Sets {@code remediesSought}.
     *
     * @param remediesSought the values, in order
     * @return this builder
     */
    public Builder remediesSought(Remedy... remediesSought) {
      this.remediesSought = List.of(remediesSought);
      return this;
    }

    /**
     * Sets {@code needs}.
     *
     * @param needs needs behind the complaint, may be empty
     * @return this builder
     */
    public Builder needs(List<CustomerNeed> needs) {
      this.needs = needs;
      return this;
    }

    /**
     * Sets {@code needs}.
     *
     * @param needs the values, in order
     * @return this builder
     */
    public Builder needs(CustomerNeed... needs) {
      this.needs = List.of(needs);
      return this;
    }

    /**
     * Sets {@code orgUnit}.
     *
     * @param orgUnit responsible org unit (plaza, store), or null
     * @return this builder
     */
    public Builder orgUnit(@Nullable String orgUnit) {
      this.orgUnit = orgUnit;
      return this;
    }

    /**
     * Sets {@code grade}.
     *
     * @param grade grade when already known at intake, or null
     * @return this builder
     */
    public Builder grade(@Nullable Grade grade) {
      this.grade = grade;
      return this;
    }

    @Override
    public ReceiveComplaint build() {
      return new ReceiveComplaint(commandId, complaintId, actor, at, channel, complainant, receivedAt, subject,
          category, description, remediesSought, needs, orgUnit, grade);
    }
  }
}
