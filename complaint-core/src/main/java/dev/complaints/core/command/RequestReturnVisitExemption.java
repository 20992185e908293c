package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the return visit to be waived (不便回访申请). The request stays pending until it is approved with
 * {@link ExemptReturnVisit}, refused with {@link RefuseReturnVisitExemption} or the node is left; in the
 * {@code mall-ticket} preset the plaza asks and the group decides.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why the visit is not possible
 */
public record RequestReturnVisitExemption(
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
  public RequestReturnVisitExemption {
    Command.checkCommon(commandId, complaintId, actor, at, "RequestReturnVisitExemption");
    Checks.notBlank(reason, "RequestReturnVisitExemption.reason");
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
   * Builds a {@link RequestReturnVisitExemption}: the four common fields ({@link CommandBuilder}), then its own, each
   * by name.
   */
  public static final class Builder extends CommandBuilder<Builder, RequestReturnVisitExemption> {
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
    public RequestReturnVisitExemption build() {
      return new RequestReturnVisitExemption(commandId, complaintId, actor, at, reason);
    }
  }
}
