package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records whether the customer agrees with the confirmed plan.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param agreed true when the customer agrees
 * @param reason the customer's objection; required when the customer disagrees
 */
public record RecordCustomerResponse(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    boolean agreed,
    @Nullable String reason)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param agreed true when the customer agrees
   * @param reason the customer's objection; required when the customer disagrees
   */
  public RecordCustomerResponse {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordCustomerResponse");
    Checks.nullOrNotBlank(reason, "RecordCustomerResponse.reason");
    if (!agreed) {
      Checks.notBlank(reason, "RecordCustomerResponse.reason (required when the customer disagrees)");
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
   * Builds a {@link RecordCustomerResponse}: the four common fields ({@link CommandBuilder}), then its own, each by
   * name. {@code agreed} has no default: {@link #build()} fails naming it when it is not set.
   */
  public static final class Builder extends CommandBuilder<Builder, RecordCustomerResponse> {
    private @Nullable Boolean agreed;
    private @Nullable String reason;

    private Builder() {}

    /**
     * Sets {@code agreed}.
     *
     * @param agreed true when the customer agrees
     * @return this builder
     */
    public Builder agreed(boolean agreed) {
      this.agreed = agreed;
      return this;
    }

    /**
     * Sets {@code reason}.
     *
     * @param reason the customer's objection; required when the customer disagrees
     * @return this builder
     */
    public Builder reason(@Nullable String reason) {
      this.reason = reason;
      return this;
    }

    @Override
    public RecordCustomerResponse build() {
      boolean agreed = Checks.notNull(this.agreed, "RecordCustomerResponse.agreed");
      return new RecordCustomerResponse(commandId, complaintId, actor, at, agreed, reason);
    }
  }
}
