package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.GROUP;
import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.Fixtures.Run;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.GradeScale;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An escalation raises the grade; a grade command that would not change the grade is refused. */
class EscalationTest {
  private static final WorkflowDefinition MALL = WorkflowPresets.mallTicket();

  /** A mall-ticket complaint graded {@code grade}, resolved and waiting for its return visit. */
  private static Run atReturnVisit(WorkflowEngine engine, Grade grade) {
    Run r = new Run(engine, "C-1", "PREPAID_CARD");
    r.accept(CS);
    r.grade(DISPATCHER, grade);
    r.dispatch(DISPATCHER, "merchant-relations");
    r.draft(DEPT);
    r.confirm(MANAGER);
    r.respond(CS, true);
    r.resolve(DEPT);
    assertThat(r.complaint.node()).isEqualTo("RETURN_VISIT");
    return r;
  }

  private static void assertNoHigherGrade(Run r, String detail) {
    Complaint before = r.complaint;
    var recorded = r.recorded();
    Fixtures.assertRejected(r.engine, before, new RecordReturnVisit("visit", "C-1", GROUP,
        Fixtures.T0.plusSeconds(86_400), Satisfaction.DISSATISFIED, true), Reason.NO_HIGHER_GRADE, detail);
    assertThatThrownBy(() -> r.visit(GROUP, Satisfaction.DISSATISFIED, true))
        .isInstanceOf(CommandRejectedException.class);
    r.assertNothingRecordedSince(recorded);
  }

  @Test
  void aCriticalComplaintCannotBeEscalatedAndIsClosedAsDissatisfiedInstead() {
    Run r = atReturnVisit(WorkflowEngine.of(MALL), Grade.CRITICAL);
    assertNoHigherGrade(r, "the transition of RecordReturnVisit in node RETURN_VISIT escalates the grade, but the"
        + " complaint is already CRITICAL, the highest grade of the scale (GENERAL, SERIOUS, MAJOR, CRITICAL);"
        + " it cannot be escalated further");
    // the other outcome a dissatisfied customer has: the group, which makes the return visit, closes it
    assertThat(r.types(r.visit(GROUP, Satisfaction.DISSATISFIED, false)))
        .containsExactly("ReturnVisitRecorded", "NodeLeft", "NodeEntered", "ComplaintClosed");
    assertThat(r.complaint.closureReason()).isEqualTo("DISSATISFIED");
    assertThat(r.complaint.grade()).isEqualTo(Grade.CRITICAL);
  }

  @Test
  void theTopIsTheTopOfTheEnginesGradeScale() {
    WorkflowEngine threeGrades = new WorkflowEngine(MALL, WorkflowEngine.of(MALL).taxonomy(),
        GradeScale.of(Grade.GENERAL, Grade.SERIOUS, Grade.MAJOR));
    Run r = atReturnVisit(threeGrades, Grade.MAJOR);
    assertNoHigherGrade(r, "the transition of RecordReturnVisit in node RETURN_VISIT escalates the grade, but the"
        + " complaint is already MAJOR, the highest grade of the scale (GENERAL, SERIOUS, MAJOR); it cannot"
        + " be escalated further");
  }

  @Test
  void belowTheTopAnEscalationRaisesTheGradeOneStep() {
    Run r = atReturnVisit(WorkflowEngine.of(MALL), Grade.MAJOR);
    List<ComplaintEvent> escalated = r.visit(GROUP, Satisfaction.DISSATISFIED, true);
    assertThat(escalated).filteredOn(GradeChanged.class::isInstance).singleElement()
        .isInstanceOfSatisfying(GradeChanged.class, g -> {
          assertThat(g.from()).isEqualTo(Grade.MAJOR);
          assertThat(g.to()).isEqualTo(Grade.CRITICAL);
        });
    assertThat(r.complaint.node()).isEqualTo("PLANNING");
  }

  @Test
  void aRegradeToTheGradeAlreadyHeldIsRejectedAsChangingNothing() {
    Run r = atReturnVisit(WorkflowEngine.of(MALL), Grade.CRITICAL);
    Complaint before = r.complaint;
    var recorded = r.recorded();
    assertThatThrownBy(() -> r.grade(MANAGER, Grade.CRITICAL))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
          assertThat(e.command()).isEqualTo("AssignGrade");
          assertThat(e.detail()).isEqualTo("the complaint is already graded CRITICAL");
        });
    r.assertNothingRecordedSince(recorded);
    assertThat(r.grade(MANAGER, Grade.MAJOR)).singleElement().isEqualTo(new GradeChanged("C-1",
        before.version() + 1, r.commands.get(r.commands.size() - 1).commandId(), "chen",
        r.commands.get(r.commands.size() - 1).at(), Grade.CRITICAL, Grade.MAJOR));
  }
}
