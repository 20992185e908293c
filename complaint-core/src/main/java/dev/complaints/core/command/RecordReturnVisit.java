package dev.complaints.core.command;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Satisfaction;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Records the result of the return visit; a dissatisfied customer may be escalated (grade up, back to planning).
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param result the customer's satisfaction
 * @param escalate for a result that is not satisfied: escalate instead of closing (rejected when the complaint
 *     already has the highest grade)
 */
public record RecordReturnVisit(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Satisfaction result,
    boolean escalate)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param result the customer's satisfaction
   * @param escalate for a result that is not satisfied: escalate instead of closing (rejected when the complaint
   *     already has the highest grade)
   */
  public RecordReturnVisit {
    Command.checkCommon(commandId, complaintId, actor, at, "RecordReturnVisit");
    Checks.notNull(result, "RecordReturnVisit.result");
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
   * Builds a {@link RecordReturnVisit}: the four common fields ({@link CommandBuilder}), then its own, each by name.
   * Unless set, {@code escalate} is false.
   */
  public static final class Builder extends CommandBuilder<Builder, RecordReturnVisit> {
    private @Nullable Satisfaction result;
    private boolean escalate;

    private Builder() {}

    /**
     * Sets {@code result}.
     *
     * @param result the customer's satisfaction
     * @return this builder
     */
    public Builder result(Satisfaction result) {
      this.result = result;
      return this;
    }

    /**
     * Sets {@code escalate}.
     *
     * @param escalate for a result that is not satisfied: escalate instead of closing (rejected when the complaint
     *     already has the highest grade)
     * @return this builder
     */
    public Builder escalate(boolean escalate) {
      this.escalate = escalate;
      return this;
    }

    @Override
    public RecordReturnVisit build() {
      return new RecordReturnVisit(commandId, complaintId, actor, at, result, escalate);
    }
  }
}
