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
}
