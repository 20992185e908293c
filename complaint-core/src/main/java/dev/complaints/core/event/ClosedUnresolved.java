package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The decision to close the complaint without a satisfied customer, with its written reason; followed by the
 * node change and {@link ComplaintClosed} with the close reason {@code UNRESOLVED}.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param reason the written reason
 */
public record ClosedUnresolved(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String reason)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param reason the written reason
   */
  public ClosedUnresolved {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(reason, "reason");
  }
}
