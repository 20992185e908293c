package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Grade;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The grade was set (grading), changed (regrade) or raised (escalation).
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param from the previous grade, null when the complaint was not graded
 * @param to the new grade
 */
public record GradeChanged(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    @Nullable Grade from,
    Grade to)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param from the previous grade, null when the complaint was not graded
   * @param to the new grade
   */
  public GradeChanged {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notNull(to, "to");
  }
}
