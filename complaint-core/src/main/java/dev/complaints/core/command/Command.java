package dev.complaints.core.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.complaints.core.internal.Checks;
import java.time.Instant;
import java.util.List;

/**
 * A request to change a complaint. Every command carries a unique command id (the same command sent again under
 * its id is applied only once, so a host may retry; another command under an id already recorded is rejected, see
 * {@code WorkflowEngine}), the complaint id, the actor with roles and the instant. The engine either turns a
 * command into events or rejects it; a rejected command changes nothing.
 *
 * <p>Commands are records. Each command with more than these four fields also has a builder with a named setter
 * per field ({@code ReceiveComplaint.builder().common(commandId, complaintId, actor, at).channel(…)….build()}, see
 * {@link CommandBuilder}), whose {@code build()} runs the checks of the canonical constructor.
 *
 * <p>In JSON every command has a {@code "type"} property equal to its simple class name, for example
 * {@code {"type":"AssignGrade","commandId":"cmd-2","complaintId":"C-1","actor":{"id":"li","roles":["DISPATCHER"]},
 * "at":"2026-10-03T11:20:00Z","grade":"SERIOUS"}}. Workflow definitions name commands by the same type names.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ReceiveComplaint.class, name = "ReceiveComplaint"),
  @JsonSubTypes.Type(value = AcceptComplaint.class, name = "AcceptComplaint"),
  @JsonSubTypes.Type(value = AssignGrade.class, name = "AssignGrade"),
  @JsonSubTypes.Type(value = Dispatch.class, name = "Dispatch"),
  @JsonSubTypes.Type(value = Reassign.class, name = "Reassign"),
  @JsonSubTypes.Type(value = Classify.class, name = "Classify"),
  @JsonSubTypes.Type(value = RecordInvestigation.class, name = "RecordInvestigation"),
  @JsonSubTypes.Type(value = DraftPlan.class, name = "DraftPlan"),
  @JsonSubTypes.Type(value = ConfirmPlan.class, name = "ConfirmPlan"),
  @JsonSubTypes.Type(value = RecordCustomerResponse.class, name = "RecordCustomerResponse"),
  @JsonSubTypes.Type(value = RecordResolution.class, name = "RecordResolution"),
  @JsonSubTypes.Type(value = RecordReturnVisit.class, name = "RecordReturnVisit"),
  @JsonSubTypes.Type(value = RequestReturnVisitExemption.class, name = "RequestReturnVisitExemption"),
  @JsonSubTypes.Type(value = ExemptReturnVisit.class, name = "ExemptReturnVisit"),
  @JsonSubTypes.Type(value = RefuseReturnVisitExemption.class, name = "RefuseReturnVisitExemption"),
  @JsonSubTypes.Type(value = CloseUnresolved.class, name = "CloseUnresolved"),
  @JsonSubTypes.Type(value = RequestExtension.class, name = "RequestExtension"),
  @JsonSubTypes.Type(value = ApproveExtension.class, name = "ApproveExtension"),
  @JsonSubTypes.Type(value = RejectExtension.class, name = "RejectExtension"),
  @JsonSubTypes.Type(value = PauseClock.class, name = "PauseClock"),
  @JsonSubTypes.Type(value = ResumeClock.class, name = "ResumeClock"),
  @JsonSubTypes.Type(value = AddNote.class, name = "AddNote"),
  @JsonSubTypes.Type(value = Withdraw.class, name = "Withdraw"),
  @JsonSubTypes.Type(value = Reopen.class, name = "Reopen"),
  @JsonSubTypes.Type(value = NotifyCustomer.class, name = "NotifyCustomer"),
  @JsonSubTypes.Type(value = RecordEvidence.class, name = "RecordEvidence"),
  @JsonSubTypes.Type(value = RequestInstruction.class, name = "RequestInstruction"),
  @JsonSubTypes.Type(value = GiveInstruction.class, name = "GiveInstruction"),
  @JsonSubTypes.Type(value = ReportIncident.class, name = "ReportIncident")
})
public sealed interface Command
    permits ReceiveComplaint,
        AcceptComplaint,
        AssignGrade,
        Dispatch,
        Reassign,
        Classify,
        RecordInvestigation,
        DraftPlan,
        ConfirmPlan,
        RecordCustomerResponse,
        RecordResolution,
        RecordReturnVisit,
        RequestReturnVisitExemption,
        ExemptReturnVisit,
        RefuseReturnVisitExemption,
        CloseUnresolved,
        RequestExtension,
        ApproveExtension,
        RejectExtension,
        PauseClock,
        ResumeClock,
        AddNote,
        Withdraw,
        Reopen,
        NotifyCustomer,
        RecordEvidence,
        RequestInstruction,
        GiveInstruction,
        ReportIncident {

  /** The type names of all commands, as used in JSON and in workflow definitions. */
  List<String> TYPE_NAMES = List.of("ReceiveComplaint", "AcceptComplaint", "AssignGrade", "Dispatch", "Reassign",
      "Classify", "RecordInvestigation", "DraftPlan", "ConfirmPlan", "RecordCustomerResponse", "RecordResolution",
      "RecordReturnVisit", "RequestReturnVisitExemption", "ExemptReturnVisit", "RefuseReturnVisitExemption",
      "CloseUnresolved", "RequestExtension", "ApproveExtension", "RejectExtension", "PauseClock", "ResumeClock",
      "AddNote", "Withdraw", "Reopen", "NotifyCustomer", "RecordEvidence", "RequestInstruction",
      "GiveInstruction", "ReportIncident");

  /**
   * Unique id of this command.
   *
   * @return the command id
   */
  String commandId();

  /**
   * The complaint this command is for.
   *
   * @return the complaint id
   */
  String complaintId();

  /**
   * Who issues the command.
   *
   * @return the actor with roles
   */
  Actor actor();

  /**
   * When the command is issued; the events it causes carry this instant.
   *
   * @return the instant
   */
  Instant at();

  /**
   * The type name of this command, as used in JSON and in workflow definitions.
   *
   * @return the type name, for example {@code "AssignGrade"}
   */
  default String typeName() {
    return getClass().getSimpleName();
  }

  /**
   * Checks the fields every command has.
   *
   * @param commandId the command id
   * @param complaintId the complaint id
   * @param actor the actor
   * @param at the instant
   * @param type the command's type name, for messages
   */
  static void checkCommon(String commandId, String complaintId, Actor actor, Instant at, String type) {
    Checks.notBlank(commandId, type + ".commandId");
    Checks.notBlank(complaintId, type + ".complaintId");
    Checks.notNull(actor, type + ".actor");
    Checks.notNull(at, type + ".at");
  }
}
