package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a pending request to waive the return visit; the visit stays due.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param reason why the visit is still due
 */
public record RefuseReturnVisitExemption(
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
   * @param reason why the visit is still due
   */
  public RefuseReturnVisitExemption {
    Command.checkCommon(commandId, complaintId, actor, at, "RefuseReturnVisitExemption");
    Checks.notBlank(reason, "RefuseReturnVisitExemption.reason");
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
   * Builds a {@link RefuseReturnVisitExemption}: the four common fields ({@link CommandBuilder}), then its own, each
   * by name.
   */
  public static final class Builder extends CommandBuilder<Builder, RefuseReturnVisitExemption> {
    private @Nullable String reason;

    private Builder() {}

    /**
     * Sets {@code reason}.
     *
     * @param reason why the visit is still due
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    @Override
    public RefuseReturnVisitExemption build() {
      return new RefuseReturnVisitExemption(commandId, complaintId, actor, at, reason);
    }
  }
}
