package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The investigation result (调查意见) was recorded.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param substantiated whether the complaint is substantiated (投诉成立)
 * @param opinion the investigation opinion
 */
public record InvestigationRecorded(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    boolean substantiated,
    String opinion)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param substantiated whether the complaint is substantiated (投诉成立)
   * @param opinion the investigation opinion
   */
  public InvestigationRecorded {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(opinion, "opinion");
  }
}
