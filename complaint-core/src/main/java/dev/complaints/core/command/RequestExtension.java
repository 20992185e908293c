package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Requests more time in the current node (延期申请).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param amount extra time, positive
 * @param reason why
 */
public record RequestExtension(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Duration amount,
    String reason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param amount extra time, positive
   * @param reason why
   */
  public RequestExtension {
    Command.checkCommon(commandId, complaintId, actor, at, "RequestExtension");
    Checks.notNull(amount, "RequestExtension.amount");
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("RequestExtension.amount must be positive, was " + amount);
    }
    Checks.notBlank(reason, "RequestExtension.reason");
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
   * Builds a {@link RequestExtension}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, RequestExtension> {
    private @Nullable Duration amount;
    private @Nullable String reason;

    private Builder() {}

    /**
     * Sets {@code amount}.
     *
     * @param amount extra time, positive
     * @return this builder
     */
    public Builder amount(Duration amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Sets {@code reason}.
     *
     * @param reason why
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    @Override
    public RequestExtension build() {
      return new RequestExtension(commandId, complaintId, actor, at, amount, reason);
    }
  }
}
