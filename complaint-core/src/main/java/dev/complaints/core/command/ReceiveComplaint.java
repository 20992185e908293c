package dev.complaints.core.command;

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
 * Opens a new complaint with its intake data (业务受理). Emits {@code ComplaintReceived} and enters the workflow's first node.
 *
 * @param commandId unique id of this command; a repeated id is applied once
 * @param complaintId the complaint it is for
 * @param actor who issues it, with roles
 * @param at when it is issued
 * @param channel intake channel
 * @param complainant the complainant
 * @param receivedAt when the customer complained; null means the command instant; must not be after the command
 *     instant (the engine rejects it otherwise)
 * @param subject merchant, store or service involved
 * @param category category code, must exist in the workflow's taxonomy
 * @param description what the customer says
 * @param remediesSought remedies the customer asks for, may be empty
 * @param needs needs behind the complaint, may be empty
 * @param orgUnit responsible org unit (plaza, store), or null
 * @param grade grade when already known at intake, or null
 */
public record ReceiveComplaint(
    String commandId,
    String complaintId,
    Actor actor,
    Instant at,
    Channel channel,
    Complainant complainant,
    @Nullable Instant receivedAt,
    Subject subject,
    String category,
    String description,
    List<Remedy> remediesSought,
    List<CustomerNeed> needs,
    @Nullable String orgUnit,
    @Nullable Grade grade)
    implements Command {

  /**
   * Creates the command; every argument is checked.
   *
   * @param commandId unique id of this command; a repeated id is applied once
   * @param complaintId the complaint it is for
   * @param actor who issues it, with roles
   * @param at when it is issued
   * @param channel intake channel
   * @param complainant the complainant
   * @param receivedAt when the customer complained; null means the command instant; must not be after the
   *     command instant (the engine rejects it otherwise)
   * @param subject merchant, store or service involved
   * @param category category code, must exist in the workflow's taxonomy
   * @param description what the customer says
   * @param remediesSought remedies the customer asks for, may be empty
   * @param needs needs behind the complaint, may be empty
   * @param orgUnit responsible org unit (plaza, store), or null
   * @param grade grade when already known at intake, or null
   */
  public ReceiveComplaint {
    Command.checkCommon(commandId, complaintId, actor, at, "ReceiveComplaint");
    Checks.notNull(channel, "ReceiveComplaint.channel");
    Checks.notNull(complainant, "ReceiveComplaint.complainant");
    Checks.notNull(subject, "ReceiveComplaint.subject");
    Checks.notBlank(category, "ReceiveComplaint.category");
    Checks.notBlank(description, "ReceiveComplaint.description");
    remediesSought = List.copyOf(Checks.noNulls(remediesSought, "ReceiveComplaint.remediesSought"));
    needs = List.copyOf(Checks.noNulls(needs, "ReceiveComplaint.needs"));
    Checks.nullOrNotBlank(orgUnit, "ReceiveComplaint.orgUnit");
  }
}
