package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.NotificationKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records that the customer was told something (告知): how (phone, SMS, e-mail, in person), what (an
 * acknowledgement, the plan, the result), optionally the words, and the next step promised with its due instant
 * (告知顾客处理流程和时间). Speaking to the customer follows the discipline rules (docs/domain.md): only the
 * definition's {@code customerNoteRoles} may, the plan only once it is confirmed in writing, the result only once a
 * resolution is recorded (or the complaint is closed as not substantiated).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param channel how the customer was told
 * @param kind what the customer was told
 * @param text the words, or null
 * @param nextStep the next step promised, or null
 * @param nextStepDue when the promised next step is due; given exactly when {@code nextStep} is
 */
public record NotifyCustomer(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    ContactChannel channel,
    NotificationKind kind,
    @Nullable String text,
    @Nullable String nextStep,
    @Nullable Instant nextStepDue)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param channel how the customer was told
   * @param kind what the customer was told
   * @param text the words, or null
   * @param nextStep the next step promised, or null
   * @param nextStepDue when the promised next step is due; given exactly when {@code nextStep} is
   */
  public NotifyCustomer {
    Command.checkCommon(commandId, complaintId, actor, at, "NotifyCustomer");
    Checks.notNull(channel, "NotifyCustomer.channel");
    Checks.notNull(kind, "NotifyCustomer.kind");
    Checks.nullOrNotBlank(text, "NotifyCustomer.text");
    Checks.nullOrNotBlank(nextStep, "NotifyCustomer.nextStep");
    if ((nextStep == null) != (nextStepDue == null)) {
      throw new IllegalArgumentException("NotifyCustomer.nextStepDue must be given exactly when"
          + " NotifyCustomer.nextStep is (a promised step has a due instant)");
    }
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
   * Builds a {@link NotifyCustomer}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, NotifyCustomer> {
    private @Nullable ContactChannel channel;
    private @Nullable NotificationKind kind;
    private @Nullable String text;
    private @Nullable String nextStep;
    private @Nullable Instant nextStepDue;

    private Builder() {}

    /**
     * Sets {@code channel}.
     *
     * @param channel how the customer was told
     * @return this builder
     */
    public Builder channel(ContactChannel channel) {
      this.channel = channel;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param kind what the customer was told
     * @return this builder
     */
    public Builder kind(NotificationKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets {@code text}.
     *
     * @param text the words, or null
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@code nextStep}.
     *
     * @param nextStep the next step promised, or null
     * @return this builder
     */
    public Builder nextStep(@Nullable String nextStep) {
      this.nextStep = nextStep;
      return this;
    }

    /**
     * Sets {@code nextStepDue}.
     *
     * @param nextStepDue when the promised next step is due; given exactly when {@code nextStep} is
     * @return this builder
     */
    public Builder nextStepDue(@Nullable Instant nextStepDue) {
      this.nextStepDue = nextStepDue;
      return this;
    }

    @Override
    public NotifyCustomer build() {
      return new NotifyCustomer(commandId, complaintId, actor, at, channel, kind, text, nextStep, nextStepDue);
    }
  }
}
