package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AddNote;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A command id names one command: repeating that command is a retry, anything else under the id is refused. */
class CommandIdTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());

  /** A complaint in GRADING whose AcceptComplaint had the id "acc" and was issued at {@code acceptedAt}. */
  private Run accepted(Instant acceptedAt) {
    Run r = new Run(engine, "C-1", "SAFETY");
    r.exec(new AcceptComplaint("acc", "C-1", CS, acceptedAt));
    return r;
  }

  private void assertReused(Complaint complaint, Command command, String recorded) {
    Fixtures.assertRejected(engine, complaint, command, Reason.COMMAND_ID_REUSED, "command id '"
        + command.commandId() + "' was already used on complaint C-1 by another command (recorded " + recorded
        + "); repeating the same command gives no events, a different command needs a new id");
  }

  @Test
  void anotherCommandTypeUnderARecordedIdIsRejectedAndChangesNothing() {
    Instant at = Fixtures.T0.plusSeconds(60);
    Run r = accepted(at);
    Complaint before = r.complaint;
    var recorded = r.recorded();
    AddNote note = new AddNote("acc", "C-1", DEPT, at.plusSeconds(60), "called the shop", NoteVisibility.INTERNAL);
    assertReused(before, note, "as versions 3-4: NodeLeft, NodeEntered by wang at " + at);
    assertThatThrownBy(() -> r.exec(note)).isInstanceOf(CommandRejectedException.class);
    r.assertNothingRecordedSince(recorded);
    assertThat(recorded).hasSize(4);
    assertThat(r.complaint.notes()).isEmpty();
  }

  @Test
  void theSameTypeWithOtherContentActorOrInstantIsAnotherCommand() {
    Instant at = Fixtures.T0.plusSeconds(60);
    Run r = accepted(at);
    AddNote first = new AddNote("n-1", "C-1", DEPT, at, "called the shop", NoteVisibility.INTERNAL);
    r.exec(first);
    Complaint c = r.complaint;
    String recorded = "as version 5: NoteAdded by zhao at " + at;
    assertReused(c, new AddNote("n-1", "C-1", DEPT, at, "called the shop again", NoteVisibility.INTERNAL),
        recorded);
    assertReused(c, new AddNote("n-1", "C-1", DEPT, at, "called the shop", NoteVisibility.CUSTOMER), recorded);
    assertReused(c, new AddNote("n-1", "C-1", CS, at, "called the shop", NoteVisibility.INTERNAL), recorded);
    assertReused(c, new AddNote("n-1", "C-1", DEPT, at.plusSeconds(1), "called the shop",
        NoteVisibility.INTERNAL), recorded);
    assertThat(engine.decide(c, first)).isEmpty();
    assertThat(engine.decide(c, new AddNote("n-1", "C-1", DEPT, at, "called the shop", NoteVisibility.INTERNAL)))
        .as("an equal command, not the same object").isEmpty();
  }

  @Test
  void aLateRetryAfterLaterCommandsStillGivesNoEvents() {
    Instant at = Fixtures.T0.plusSeconds(60);
    Run r = accepted(at);
    AssignGrade grade = new AssignGrade("g-1", "C-1", DISPATCHER, at.plusSeconds(60), Grade.SERIOUS);
    r.exec(grade);
    r.grade(DISPATCHER, Grade.MAJOR);
    r.note(DEPT, "merchant contacted", NoteVisibility.INTERNAL);
    Complaint c = r.complaint;
    assertThat(engine.decide(c, grade)).isEmpty();
    assertThat(engine.decide(c, new AcceptComplaint("acc", "C-1", CS, at))).isEmpty();
    assertReused(c, new AssignGrade("g-1", "C-1", DISPATCHER, at.plusSeconds(60), Grade.MAJOR),
        "as version 5: GradeChanged by li at " + at.plusSeconds(60));
  }

  @Test
  void rolesLeaveNoTraceInTheEventsSoARetryWithOtherRolesIsTheSameCommand() {
    Instant at = Fixtures.T0.plusSeconds(60);
    Run r = accepted(at);
    Actor wangWithMoreRoles = Actor.of("wang", "CUSTOMER_SERVICE", "DISPATCHER");
    assertThat(engine.decide(r.complaint, new AcceptComplaint("acc", "C-1", wangWithMoreRoles, at))).isEmpty();
    assertReused(r.complaint, new AcceptComplaint("acc", "C-1", Actor.of("wang", "DEPARTMENT"), at),
        "as versions 3-4: NodeLeft, NodeEntered by wang at " + at);
  }

  @Test
  void theIntakeIdIsTakenByTheIntakeCommand() {
    Run r = accepted(Fixtures.T0.plusSeconds(60));
    Complaint c = r.complaint;
    ReceiveComplaint intake = Fixtures.receive("C-1", "SAFETY");
    assertThat(engine.decide(c, intake)).isEmpty();
    String recorded = "as versions 1-2: ComplaintReceived, NodeEntered by wang at " + Fixtures.T0;
    ReceiveComplaint otherCategory = ReceiveComplaint.builder()
        .common(intake.commandId(), "C-1", CS, intake.at())
        .channel(intake.channel())
        .complainant(intake.complainant())
        .receivedAt(intake.receivedAt())
        .subject(intake.subject())
        .category("ENVIRONMENT_SANITATION")
        .description(intake.description())
        .remediesSought(intake.remediesSought())
        .needs(intake.needs())
        .orgUnit(intake.orgUnit())
        .grade(intake.grade())
        .build();
    assertReused(c, otherCategory, recorded);
    assertReused(c, new AddNote(intake.commandId(), "C-1", CS, Fixtures.T0.plusSeconds(120), "hello",
        NoteVisibility.INTERNAL), recorded);
  }
}
