package dev.complaints.core.workflow;

import static dev.complaints.core.Fixtures.CS;
import static dev.complaints.core.Fixtures.DEPT;
import static dev.complaints.core.Fixtures.DISPATCHER;
import static dev.complaints.core.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.Fixtures;
import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.AddNote;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Commands of a complaint never go back in time: not before its receipt, not before its last event. */
class TimeOrderTest {
  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());

  private static ReceiveComplaint receive(Instant at, Instant receivedAt) {
    ReceiveComplaint r = Fixtures.receive("C-1", "SAFETY");
    return ReceiveComplaint.builder()
        .common(r.commandId(), "C-1", CS, at)
        .channel(r.channel())
        .complainant(r.complainant())
        .receivedAt(receivedAt)
        .subject(r.subject())
        .category(r.category())
        .description(r.description())
        .remediesSought(r.remediesSought())
        .needs(r.needs())
        .orgUnit(r.orgUnit())
        .grade(r.grade())
        .build();
  }

  private void assertOutOfOrder(Complaint complaint, Command command, String detail) {
    Fixtures.assertRejected(engine, complaint, command, Reason.INSTANT_OUT_OF_ORDER, detail);
  }

  @Test
  void aCommandDatedBeforeTheLastEventIsRejectedAndChangesNothing() {
    Complaint c = engine.handle(null, receive(T0, T0.minusSeconds(300)));
    Instant early = T0.minusSeconds(1);
    assertOutOfOrder(c, new AcceptComplaint("a-1", "C-1", CS, early),
        "the command instant " + early + " is before " + T0 + ", the earliest allowed instant (the instant of"
            + " the complaint's last event, version 2 NodeEntered); a complaint's commands cannot go back in time");
    assertThatThrownBy(() -> engine.handle(c, new AcceptComplaint("a-1", "C-1", CS, early)))
        .isInstanceOf(CommandRejectedException.class);
    assertThat(c.version()).isEqualTo(2);
    assertThat(c.node()).isEqualTo("ACCEPTANCE");
  }

  @Test
  void anAcceptDatedBeforeTheReceiptOfAnOlderHistoryIsRejected() {
    // a history recorded before this rule: received-at after the intake command's instant
    Instant receivedAt = T0.plusSeconds(3_600);
    ReceiveComplaint r = Fixtures.receive("C-1", "SAFETY");
    List<ComplaintEvent> old = List.of(
        new ComplaintReceived("C-1", 1, r.commandId(), "wang", T0, "mall-ticket", r.channel(), r.complainant(),
            receivedAt, r.subject(), r.category(), r.description(), r.remediesSought(), r.needs(), r.orgUnit(),
            null),
        new NodeEntered("C-1", 2, r.commandId(), "wang", T0, "ACCEPTANCE"));
    Complaint c = engine.replay(old);
    Instant between = T0.plusSeconds(600);
    assertOutOfOrder(c, new AcceptComplaint("a-1", "C-1", CS, between),
        "the command instant " + between + " is before " + receivedAt + ", the earliest allowed instant (the"
            + " complaint's received-at instant); a complaint's commands cannot go back in time");
    assertThat(engine.decide(c, new AcceptComplaint("a-1", "C-1", CS, receivedAt))).hasSize(2);
  }

  @Test
  void commandsMayShareAnInstant() {
    Complaint c = engine.handle(null, receive(T0, T0));
    c = engine.handle(c, new AcceptComplaint("a-1", "C-1", CS, T0));
    c = engine.handle(c, new AssignGrade("g-1", "C-1", DISPATCHER, T0, Grade.SERIOUS));
    c = engine.handle(c, new AddNote("n-1", "C-1", DEPT, T0, "same second", NoteVisibility.INTERNAL));
    assertThat(c.version()).isEqualTo(6);
    assertThat(c.history()).extracting(ComplaintEvent::at).containsOnly(T0);
    Instant later = T0.plusSeconds(1);
    Complaint graded = c;
    assertOutOfOrder(graded, new AddNote("n-2", "C-1", DEPT, T0.minusMillis(1), "a millisecond early",
        NoteVisibility.INTERNAL), "the command instant " + T0.minusMillis(1) + " is before " + T0 + ", the"
            + " earliest allowed instant (the instant of the complaint's last event, version 6 NoteAdded); a"
            + " complaint's commands cannot go back in time");
    assertThat(engine.decide(graded, new AddNote("n-2", "C-1", DEPT, later, "later", NoteVisibility.INTERNAL)))
        .singleElement().extracting(ComplaintEvent::at).isEqualTo(later);
  }

  @Test
  void anIntakeReceivedAfterItsOwnCommandInstantIsRejected() {
    Instant receivedAt = T0.plusSeconds(60);
    assertOutOfOrder(null, receive(T0, receivedAt), "received-at " + receivedAt + " is after the command instant "
        + T0 + "; a complaint cannot be recorded before it is received, so the earliest allowed command instant"
        + " is " + receivedAt);
    assertThat(engine.open(receive(T0, T0))).first().isInstanceOfSatisfying(ComplaintReceived.class,
        e -> assertThat(e.receivedAt()).isEqualTo(T0));
    assertThat(engine.open(receive(T0, null))).first().isInstanceOfSatisfying(ComplaintReceived.class,
        e -> assertThat(e.receivedAt()).isEqualTo(T0));
    assertThat(engine.open(receive(receivedAt, T0))).first().isInstanceOfSatisfying(ComplaintReceived.class,
        e -> assertThat(e.receivedAt()).isEqualTo(T0));
  }

  @Test
  void aRetryKeepsItsOwnEarlierInstant() {
    Complaint c = engine.handle(null, receive(T0, T0));
    AcceptComplaint accept = new AcceptComplaint("a-1", "C-1", CS, T0.plusSeconds(60));
    c = engine.handle(c, accept);
    c = engine.handle(c, new AssignGrade("g-1", "C-1", DISPATCHER, T0.plusSeconds(600), Grade.SERIOUS));
    assertThat(engine.decide(c, accept)).isEmpty();
  }
}
