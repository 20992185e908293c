package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The next role up gave the instruction asked for; the request is no longer pending.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param instruction the instruction
 */
public record InstructionGiven(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String instruction)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param instruction the instruction
   */
  public InstructionGiven {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(instruction, "instruction");
  }
}
