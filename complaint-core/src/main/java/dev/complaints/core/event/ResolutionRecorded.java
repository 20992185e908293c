package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The handling was carried out and its result recorded.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param resolution what was done
 * @param rootCause the root cause code (问题根源); null when not stated (and in histories recorded before the
 *     field existed)
 */
public record ResolutionRecorded(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String resolution,
    @Nullable String rootCause)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param resolution what was done
   * @param rootCause the root cause code, or null
   */
  public ResolutionRecorded {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(resolution, "resolution");
    Checks.nullOrNotBlank(rootCause, "rootCause");
  }

  /**
   * A resolution without a root cause.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param resolution what was done
   */
  public ResolutionRecorded(String complaintId, long version, String commandId, String actor, Instant at,
      String resolution) {
    this(complaintId, version, commandId, actor, at, resolution, null);
  }
}
