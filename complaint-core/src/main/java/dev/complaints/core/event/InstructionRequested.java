package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * A handler asked the next role up for instructions (请示上一级管理者).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param question what was asked
 */
public record InstructionRequested(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String question)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param question what was asked
   */
  public InstructionRequested {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(question, "question");
  }
}
