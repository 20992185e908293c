package dev.complaints.core.event;

import dev.complaints.core.internal.Checks;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The complaint was received (业务受理): the intake data. Always version 1.
 *
 * @param complaintId the complaint
 * @param version the complaint's version after this event
 * @param commandId the command that caused it
 * @param actor who issued the command
 * @param at when it happened (the command instant)
 * @param workflow id of the workflow definition the complaint follows
 * @param channel intake channel
 * @param complainant the complainant (personal data, masked in toString)
 * @param receivedAt when the complaint was received from the customer
 * @param subject merchant, store or service involved
 * @param category category code in the definition's taxonomy
 * @param description what the customer says
 * @param remediesSought remedies the customer asks for
 * @param needs needs behind the complaint
 * @param orgUnit org unit (plaza, store) responsible, or null
 * @param grade initial grade when known at intake, or null
 */
public record ComplaintReceived(
    String complaintId,
    long version,
    String commandId,
    String actor,
    Instant at,
    String workflow,
    Channel channel,
    Complainant complainant,
    Instant receivedAt,
    Subject subject,
    String category,
    String description,
    List<Remedy> remediesSought,
    List<CustomerNeed> needs,
    @Nullable String orgUnit,
    @Nullable Grade grade)
    implements ComplaintEvent {

  /**
   * Creates the event; every argument is checked.
   *
   * @param complaintId the complaint
   * @param version the complaint's version after this event
   * @param commandId the command that caused it
   * @param actor who issued the command
   * @param at when it happened (the command instant)
   * @param workflow id of the workflow definition the complaint follows
   * @param channel intake channel
   * @param complainant the complainant (personal data, masked in toString)
   * @param receivedAt when the complaint was received from the customer
   * @param subject merchant, store or service involved
   * @param category category code in the definition's taxonomy
   * @param description what the customer says
   * @param remediesSought remedies the customer asks for
   * @param needs needs behind the complaint
   * @param orgUnit org unit (plaza, store) responsible, or null
   * @param grade initial grade when known at intake, or null
   */
  public ComplaintReceived {
    ComplaintEvent.checkCommon(complaintId, version, commandId, actor, at);
    Checks.notBlank(workflow, "workflow");
    Checks.notNull(channel, "channel");
    Checks.notNull(complainant, "complainant");
    Checks.notNull(receivedAt, "receivedAt");
    Checks.notNull(subject, "subject");
    Checks.notBlank(category, "category");
    Checks.notBlank(description, "description");
    remediesSought = List.copyOf(Checks.noNulls(remediesSought, "remediesSought"));
    needs = List.copyOf(Checks.noNulls(needs, "needs"));
    Checks.nullOrNotBlank(orgUnit, "orgUnit");
  }
}
