package dev.complaints.core.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * Something that happened to a complaint. A complaint is the fold of its events, in version order; nothing is
 * ever overwritten (ISO 10002 tracking). Every event carries the complaint id, the complaint's version after the
 * event (the first event is version 1), the id of the command that caused it, the actor and the instant.
 *
 * <p>In JSON every event has a {@code "type"} property naming its subtype, for example
 * {@code {"type":"NodeEntered","complaintId":"C-1","version":2,...,"node":"ACCEPTANCE"}}.
 *
 * <p>For SLA timers: {@link NodeLeft} and {@link NodeEntered} mark every node change (left first, same
 * instant); {@link GradeChanged}, {@link ExtensionRequested}, {@link ExtensionApproved},
 * {@link ClockPaused} and {@link ClockResumed} change limits and running time; a pause still open when a node
 * is left is resumed (with a {@link ClockResumed}) before the {@link NodeLeft}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ComplaintReceived.class, name = "ComplaintReceived"),
  @JsonSubTypes.Type(value = NodeEntered.class, name = "NodeEntered"),
  @JsonSubTypes.Type(value = NodeLeft.class, name = "NodeLeft"),
  @JsonSubTypes.Type(value = GradeChanged.class, name = "GradeChanged"),
  @JsonSubTypes.Type(value = CategoryChanged.class, name = "CategoryChanged"),
  @JsonSubTypes.Type(value = Dispatched.class, name = "Dispatched"),
  @JsonSubTypes.Type(value = Reassigned.class, name = "Reassigned"),
  @JsonSubTypes.Type(value = EscalatedToLeadership.class, name = "EscalatedToLeadership"),
  @JsonSubTypes.Type(value = InvestigationRecorded.class, name = "InvestigationRecorded"),
  @JsonSubTypes.Type(value = PlanDrafted.class, name = "PlanDrafted"),
  @JsonSubTypes.Type(value = PlanConfirmed.class, name = "PlanConfirmed"),
  @JsonSubTypes.Type(value = CustomerAgreed.class, name = "CustomerAgreed"),
  @JsonSubTypes.Type(value = CustomerDisagreed.class, name = "CustomerDisagreed"),
  @JsonSubTypes.Type(value = ResolutionRecorded.class, name = "ResolutionRecorded"),
  @JsonSubTypes.Type(value = ExtensionRequested.class, name = "ExtensionRequested"),
  @JsonSubTypes.Type(value = ExtensionApproved.class, name = "ExtensionApproved"),
  @JsonSubTypes.Type(value = ExtensionRejected.class, name = "ExtensionRejected"),
  @JsonSubTypes.Type(value = ClockPaused.class, name = "ClockPaused"),
  @JsonSubTypes.Type(value = ClockResumed.class, name = "ClockResumed"),
  @JsonSubTypes.Type(value = ReturnVisitRecorded.class, name = "ReturnVisitRecorded"),
  @JsonSubTypes.Type(value = ReturnVisitExemptionRequested.class, name = "ReturnVisitExemptionRequested"),
  @JsonSubTypes.Type(value = ReturnVisitExempted.class, name = "ReturnVisitExempted"),
  @JsonSubTypes.Type(value = ReturnVisitExemptionRefused.class, name = "ReturnVisitExemptionRefused"),
  @JsonSubTypes.Type(value = ClosedUnresolved.class, name = "ClosedUnresolved"),
  @JsonSubTypes.Type(value = ComplaintClosed.class, name = "ComplaintClosed"),
  @JsonSubTypes.Type(value = ComplaintReopened.class, name = "ComplaintReopened"),
  @JsonSubTypes.Type(value = ComplaintWithdrawn.class, name = "ComplaintWithdrawn"),
  @JsonSubTypes.Type(value = NoteAdded.class, name = "NoteAdded"),
  @JsonSubTypes.Type(value = CustomerNotified.class, name = "CustomerNotified"),
  @JsonSubTypes.Type(value = EvidenceRecorded.class, name = "EvidenceRecorded"),
  @JsonSubTypes.Type(value = InstructionRequested.class, name = "InstructionRequested"),
  @JsonSubTypes.Type(value = InstructionGiven.class, name = "InstructionGiven"),
  @JsonSubTypes.Type(value = IncidentReported.class, name = "IncidentReported")
})
public sealed interface ComplaintEvent
    permits ComplaintReceived,
        NodeEntered,
        NodeLeft,
        GradeChanged,
        CategoryChanged,
        Dispatched,
        Reassigned,
        EscalatedToLeadership,
        InvestigationRecorded,
        PlanDrafted,
        PlanConfirmed,
        CustomerAgreed,
        CustomerDisagreed,
        ResolutionRecorded,
        ExtensionRequested,
        ExtensionApproved,
        ExtensionRejected,
        ClockPaused,
        ClockResumed,
        ReturnVisitRecorded,
        ReturnVisitExemptionRequested,
        ReturnVisitExempted,
        ReturnVisitExemptionRefused,
        ClosedUnresolved,
        ComplaintClosed,
        ComplaintReopened,
        ComplaintWithdrawn,
        NoteAdded,
        CustomerNotified,
        EvidenceRecorded,
        InstructionRequested,
        InstructionGiven,
        IncidentReported {

  /**
   * The complaint this event belongs to.
   *
   * @return the complaint id
   */
  String complaintId();

  /**
   * The complaint's version after this event; the first event of a complaint is version 1.
   *
   * @return the version
   */
  long version();

  /**
   * The id of the command that caused this event; one command may cause several events.
   *
   * @return the command id
   */
  String commandId();

  /**
   * Who issued the command.
   *
   * @return the actor id
   */
  String actor();

  /**
   * When it happened (the command's instant).
   *
   * @return the instant
   */
  Instant at();

  /**
   * Checks the fields every event has.
   *
   * @param complaintId the complaint id
   * @param version the version
   * @param commandId the command id
   * @param actor the actor id
   * @param at the instant
   */
  static void checkCommon(String complaintId, long version, String commandId, String actor, Instant at) {
    Checks.notBlank(complaintId, "complaintId");
    Checks.notBlank(commandId, "commandId");
    Checks.notBlank(actor, "actor");
    Checks.notNull(at, "at");
    if (version < 1) {
      throw new IllegalArgumentException("event version must be at least 1, was " + version);
    }
  }
}
