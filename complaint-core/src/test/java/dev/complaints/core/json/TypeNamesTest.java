package dev.complaints.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.complaints.core.Fixtures;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.CloseUnresolved;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.RefuseReturnVisitExemption;
import dev.complaints.core.command.RequestReturnVisitExemption;
import dev.complaints.core.event.ClosedUnresolved;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.ReturnVisitExemptionRefused;
import dev.complaints.core.event.ReturnVisitExemptionRequested;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command and event has an explicit JSON type name equal to its simple class name. */
class TypeNamesTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Instant AT = Fixtures.T0;
  private static final Actor GROUP = Fixtures.GROUP;

  private static List<String> names(Class<?> sealed) {
    return Arrays.stream(sealed.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
  }

  private static List<String> permitted(Class<?> sealed) {
    return Arrays.stream(sealed.getPermittedSubclasses()).map(Class::getSimpleName).toList();
  }

  @Test
  void commandTypeNamesAreTheRegisteredSubtypesInOrder() {
    assertThat(Command.TYPE_NAMES).containsExactly("ReceiveComplaint", "AcceptComplaint", "AssignGrade", "Dispatch",
        "Reassign", "Classify", "RecordInvestigation", "DraftPlan", "ConfirmPlan", "RecordCustomerResponse",
        "RecordResolution", "RecordReturnVisit", "RequestReturnVisitExemption", "ExemptReturnVisit",
        "RefuseReturnVisitExemption", "CloseUnresolved", "RequestExtension", "ApproveExtension", "RejectExtension",
        "PauseClock", "ResumeClock", "AddNote", "Withdraw", "Reopen", "NotifyCustomer", "RecordEvidence",
        "RequestInstruction", "GiveInstruction", "ReportIncident");
    assertThat(names(Command.class)).isEqualTo(Command.TYPE_NAMES);
    assertThat(permitted(Command.class)).isEqualTo(Command.TYPE_NAMES);
  }

  @Test
  void eventTypeNamesAreTheRegisteredSubtypes() {
    assertThat(names(ComplaintEvent.class)).containsExactly("ComplaintReceived", "NodeEntered", "NodeLeft",
        "GradeChanged", "CategoryChanged", "Dispatched", "Reassigned", "EscalatedToLeadership",
        "InvestigationRecorded", "PlanDrafted", "PlanConfirmed", "CustomerAgreed", "CustomerDisagreed",
        "ResolutionRecorded", "ExtensionRequested", "ExtensionApproved", "ExtensionRejected", "ClockPaused",
        "ClockResumed", "ReturnVisitRecorded", "ReturnVisitExemptionRequested", "ReturnVisitExempted",
        "ReturnVisitExemptionRefused", "ClosedUnresolved", "ComplaintClosed", "ComplaintReopened",
        "ComplaintWithdrawn", "NoteAdded", "CustomerNotified", "EvidenceRecorded", "InstructionRequested",
        "InstructionGiven", "IncidentReported");
    assertThat(permitted(ComplaintEvent.class)).isEqualTo(names(ComplaintEvent.class));
  }

  @Test
  void theNewCommandsAndEventsRoundTripUnderTheirTypeNames() throws Exception {
    List<Command> commands = List.of(
        new RequestReturnVisitExemption("c-1", "C-1", Fixtures.CS, AT, "customer moved abroad"),
        new RefuseReturnVisitExemption("c-2", "C-1", GROUP, AT, "customer answers on weekends"),
        new CloseUnresolved("c-3", "C-1", Fixtures.MANAGER, AT, "no remedy is acceptable to the customer"));
    for (Command c : commands) {
      String json = MAPPER.writeValueAsString(c);
      assertThat(json).startsWith("{\"type\":\"" + c.typeName() + "\"");
      assertThat(MAPPER.readValue(json, Command.class)).isEqualTo(c);
    }
    List<ComplaintEvent> events = List.of(
        new ReturnVisitExemptionRequested("C-1", 9, "c-1", "wang", AT, "customer moved abroad"),
        new ReturnVisitExemptionRefused("C-1", 10, "c-2", "qian", AT, "customer answers on weekends"),
        new ClosedUnresolved("C-1", 11, "c-3", "chen", AT, "no remedy is acceptable to the customer"),
        new PlanConfirmed("C-1", 12, "c-4", "chen", AT, AT.plusSeconds(3600)));
    for (ComplaintEvent e : events) {
      String json = MAPPER.writeValueAsString(e);
      assertThat(json).startsWith("{\"type\":\"" + e.getClass().getSimpleName() + "\"");
      assertThat(MAPPER.readValue(json, ComplaintEvent.class)).isEqualTo(e);
    }
    assertThat(MAPPER.writeValueAsString(events.get(3))).contains("\"due\":\"2026-10-03T12:10:00Z\"");
  }

  @Test
  void aPlanConfirmationStoredBeforeItCarriedTheDueInstantStillReads() throws Exception {
    String old = "{\"type\":\"PlanConfirmed\",\"complaintId\":\"C-1\",\"version\":7,\"commandId\":\"c-7\","
        + "\"actor\":\"chen\",\"at\":\"2026-10-03T11:10:00Z\"}";
    assertThat(MAPPER.readValue(old, ComplaintEvent.class))
        .isEqualTo(new PlanConfirmed("C-1", 7, "c-7", "chen", AT, null));
  }

  @Test
  void aBlankReasonIsRefusedForEveryNewCommand() {
    assertThatThrownBy(() -> new RequestReturnVisitExemption("c", "C-1", Fixtures.CS, AT, ""))
        .hasMessage("RequestReturnVisitExemption.reason must not be blank");
    assertThatThrownBy(() -> new RefuseReturnVisitExemption("c", "C-1", GROUP, AT, null))
        .hasMessage("RefuseReturnVisitExemption.reason must not be null");
    assertThatThrownBy(() -> new ClosedUnresolved("C-1", 3, "c", "chen", AT, " "))
        .hasMessage("reason must not be blank");
  }
}
