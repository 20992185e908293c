package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Pauses SLA timing, for example while waiting for the customer or a third party.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why
 */
public record PauseClock(
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
   * @param reason why
   */
  public PauseClock {
    Command.checkCommon(commandId, complaintId, actor, at, "PauseClock");
    Checks.notBlank(reason, "PauseClock.reason");
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
   * Builds a {@link PauseClock}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, PauseClock> {
    private @Nullable String reason;

    private Builder() {}

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
    public PauseClock build() {
      return new PauseClock(commandId, complaintId, actor, at, reason);
    }
  }
}
