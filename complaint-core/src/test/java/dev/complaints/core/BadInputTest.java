package dev.complaints.core;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RequestExtension;
import dev.complaints.core.json.Json;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.GradeScale;
import dev.complaints.core.model.Subject;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());

  @Test
  void nullAndBlankCommandFieldsAreNamed() {
    assertThatThrownBy(() -> new AssignGrade(null, "C-1", CS, T0, Grade.MAJOR))
        .isInstanceOf(NullPointerException.class).hasMessage("AssignGrade.commandId must not be null");
    assertThatThrownBy(() -> new AssignGrade("c", " ", CS, T0, Grade.MAJOR))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("AssignGrade.complaintId must not be blank");
    assertThatThrownBy(() -> new AssignGrade("c", "C-1", CS, T0, null))
        .hasMessage("AssignGrade.grade must not be null");
    assertThatThrownBy(() -> new AcceptComplaint("c", "C-1", null, T0)).hasMessage("AcceptComplaint.actor must not be null");
    assertThatThrownBy(() -> ReceiveComplaint.builder()
        .common("c", "C-1", CS, T0)
        .channel(Channel.PHONE)
        .complainant(Complainant.of("A"))
        .subject(Subject.of("shop", null))
        .category("SAFETY")
        .description("")
        .build())
        .hasMessage("ReceiveComplaint.description must not be blank");
    assertThatThrownBy(() -> Actor.of(" ", "CUSTOMER_SERVICE")).hasMessage("actor id must not be blank");
    assertThatThrownBy(() -> Subject.of("", null)).hasMessage("subject name must not be blank");
  }

  @Test
  void commandSpecificRulesHaveTheirOwnMessages() {
    assertThatThrownBy(() -> new RecordCustomerResponse("c", "C-1", CS, T0, false, null))
        .hasMessage("RecordCustomerResponse.reason (required when the customer disagrees) must not be null");
    assertThatThrownBy(() -> new RequestExtension("c", "C-1", CS, T0, Duration.ofHours(-1), "x"))
        .hasMessage("RequestExtension.amount must be positive, was PT-1H");
  }

  @Test
  void unknownCategoryAtIntakeIsRejectedWithTheAllowedCodes() {
    assertThatThrownBy(() -> engine.open(Fixtures.receive("C-1", "PARKING")))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
          assertThat(e.node()).isNull();
          assertThat(e.detail()).startsWith("unknown category code 'PARKING' in taxonomy 'mall'; allowed: ")
              .contains("SAFETY");
        });
  }

  @Test
  void unknownGradeCodeInCommandJsonIsRejectedByTheMapper() {
    String json = "{\"type\":\"AssignGrade\",\"commandId\":\"c\",\"complaintId\":\"C-1\","
        + "\"actor\":{\"id\":\"li\",\"roles\":[\"DISPATCHER\"]},\"at\":\"2026-10-03T11:20:00Z\",\"grade\":\"HUGE\"}";
    assertThatThrownBy(() -> Json.mapper().readValue(json, Command.class))
        .hasMessageContaining("HUGE").hasMessageContaining("GENERAL");
  }

  @Test
  void gradeOutsideTheConfiguredScaleIsRejected() {
    WorkflowEngine small = new WorkflowEngine(WorkflowPresets.mallTicket(),
        dev.complaints.core.model.CategoryTaxonomy.mall(), GradeScale.of(Grade.GENERAL, Grade.MAJOR));
    Complaint c = small.handle(null, Fixtures.receive("C-1", "SAFETY"));
    c = small.handle(c, new AcceptComplaint("a", "C-1", CS, T0));
    Complaint graded = c;
    assertThatThrownBy(() -> small.decide(graded, new AssignGrade("g", "C-1", Fixtures.DISPATCHER, T0, Grade.CRITICAL)))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> assertThat(e.detail())
            .isEqualTo("grade CRITICAL is not in the grade scale; allowed: GENERAL, MAJOR"));
  }

  @Test
  void actorWithoutTheRoleIsRejectedNamingActorRolesAndRequiredRoles() {
    Complaint c = engine.handle(null, Fixtures.receive("C-1", "SAFETY"));
    assertThatThrownBy(() -> engine.decide(c, new AcceptComplaint("a", "C-1", Actor.of("guest", "VISITOR"), T0)))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.MISSING_ROLE);
          assertThat(e.detail()).isEqualTo("actor 'guest' with roles [VISITOR] may not issue AcceptComplaint in node"
              + " ACCEPTANCE; required role: one of [CUSTOMER_SERVICE]");
        });
  }

  @Test
  void commandsBeforeIntakeForAnotherComplaintOrAfterIntakeAreRejected() {
    assertThatThrownBy(() -> engine.decide(null, new AcceptComplaint("a", "C-1", CS, T0)))
        .isInstanceOfSatisfying(UnknownComplaintException.class, e -> assertThat(e.complaintId()).isEqualTo("C-1"));
    Complaint c = engine.handle(null, Fixtures.receive("C-1", "SAFETY"));
    assertThatThrownBy(() -> engine.decide(c, new AcceptComplaint("a", "C-2", CS, T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command a is for complaint C-2, not for complaint C-1");
    ReceiveComplaint again = ReceiveComplaint.builder()
        .common("other", "C-1", CS, T0)
        .channel(Channel.EMAIL)
        .complainant(Complainant.of("B"))
        .subject(Subject.of("shop", null))
        .category("SAFETY")
        .description("again")
        .build();
    assertThatThrownBy(() -> engine.decide(c, again)).isInstanceOfSatisfying(CommandRejectedException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS));
    assertThatThrownBy(() -> engine.decide(c, null)).hasMessage("command must not be null");
  }

  @Test
  void eventsThatDoNotFitAreRefusedByApply() {
    Complaint c = engine.handle(null, Fixtures.receive("C-1", "SAFETY"));
    var events = engine.open(Fixtures.receive("C-1", "SAFETY"));
    assertThatThrownBy(() -> engine.apply(c, events.get(1)))
        .hasMessage("event version 2 does not follow complaint C-1 at version 2");
    assertThatThrownBy(() -> engine.replay(List.of())).hasMessageContaining("empty event list");
    assertThatThrownBy(() -> engine.replay(List.of(events.get(1))))
        .hasMessageContaining("must be ComplaintReceived");
  }
}
