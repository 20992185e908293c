package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.NotificationKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The customer was told something (告知): how, what, the words, and the next step promised with its due instant.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param channel how
 * @param kind what was told
 * @param text the words, or null
 * @param nextStep the next step promised, or null
 * @param nextStepDue when the promised next step is due, or null
 */
public record CustomerNotified(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    ContactChannel channel,
    NotificationKind kind,
    @Nullable String text,
    @Nullable String nextStep,
    @Nullable Instant nextStepDue)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param channel how
   * @param kind what was told
   * @param text the words, or null
   * @param nextStep the next step promised, or null
   * @param nextStepDue when the promised next step is due, or null
   */
  public CustomerNotified {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notNull(channel, "channel");
    Checks.notNull(kind, "kind");
    Checks.nullOrNotBlank(text, "text");
    Checks.nullOrNotBlank(nextStep, "nextStep");
  }
}
