package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Closes the complaint although the customer is not satisfied: an explicit decision with a written reason, recorded
 * with the close reason {@code UNRESOLVED}.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason the written reason for closing without a satisfied customer
 */
public record CloseUnresolved(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    String reason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param reason the written reason for closing without a satisfied customer
   */
  public CloseUnresolved {
    Command.checkCommon(commandId, complaintId, actor, at, "CloseUnresolved");
    Checks.notBlank(reason, "CloseUnresolved.reason");
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
   * Builds a {@link CloseUnresolved}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, CloseUnresolved> {
    private @Nullable String reason;

    private Builder() {}

    /**
     * Sets {@code reason}.
     *
     * @param reason the written reason for closing without a satisfied customer
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    @Override
    public CloseUnresolved build() {
      return new CloseUnresolved(commandId, complaintId, actor, at, reason);
    }
  }
}
