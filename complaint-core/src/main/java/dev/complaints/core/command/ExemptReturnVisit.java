package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Waives the return visit (不便回访) and closes the complaint as EXEMPT. In the {@code mall-ticket} preset this
 * is the group's approval of a request the plaza made with {@link RequestReturnVisitExemption}.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why the visit is not possible
 */
public record ExemptReturnVisit(
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
   * @param reason why the visit is not possible
   */
  public ExemptReturnVisit {
    Command.checkCommon(commandId, complaintId, actor, at, "ExemptReturnVisit");
    Checks.notBlank(reason, "ExemptReturnVisit.reason");
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
   * Builds a {@link ExemptReturnVisit}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   */
  public static final class Builder extends CommandBuilder<Builder, ExemptReturnVisit> {
    private @Nullable String reason;

    private Builder() {}

    /**
     * Sets {@code reason}.
     *
     * @param reason why the visit is not possible
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    @Override
    public ExemptReturnVisit build() {
      return new ExemptReturnVisit(commandId, complaintId, actor, at, reason);
    }
  }
}
