package dev.complaints.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.command.*;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: actors, a running complaint driven through an engine, recorded events. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2026-10-03T11:10:00Z");
  public static final Actor CS = Actor.of("wang", "CUSTOMER_SERVICE");
  public static final Actor DISPATCHER = Actor.of("li", "DISPATCHER");
  public static final Actor DEPT = Actor.of("zhao", "DEPARTMENT");
  public static final Actor MANAGER = Actor.of("chen", "STORE_MANAGER");
  public static final Actor CALL = Actor.of("sun", "CALL_CENTER");
  public static final Actor LEADER = Actor.of("zhou", "LEADERSHIP");
  public static final Actor GROUP = Actor.of("qian", "GROUP_SERVICE");

  private Fixtures() {}

  public static ReceiveComplaint receive(String id, String category) {
    return ReceiveComplaint.builder()
        .common("rcv-" + id, id, CS, T0)
        .channel(Channel.PHONE)
        .complainant(new Complainant("张三", "13812345678", "zhangsan@example.com"))
        .receivedAt(T0.minusSeconds(300))
        .subject(Subject.of("Tea House", "L2-15"))
        .category(category)
        .description("Prepaid card not honoured")
        .remediesSought(Remedy.REFUND)
        .needs(CustomerNeed.COMPENSATION, CustomerNeed.RESPECT)
        .orgUnit("plaza-01")
        .build();
  }

  /**
   * Asserts that deciding the command against the complaint (null before intake) is rejected for that reason with
   * that detail, naming the complaint, its node, the commands allowed there and the command.
   */
  public static void assertRejected(WorkflowEngine engine, Complaint complaint, Command command,
      CommandRejectedException.Reason reason, String detail) {
    assertThatThrownBy(() -> engine.decide(complaint, command))
        .isInstanceOfSatisfying(CommandRejectedException.class, e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.complaintId()).isEqualTo(command.complaintId());
          assertThat(e.node()).isEqualTo(complaint == null ? null : complaint.node());
          assertThat(e.allowedCommands()).isEqualTo(complaint == null ? List.of("ReceiveComplaint")
              : engine.allowedCommands(complaint));
          assertThat(e.command()).isEqualTo(command.typeName());
          assertThat(e.commandId()).isEqualTo(command.commandId());
          assertThat(e.detail()).isEqualTo(detail);
        });
  }

  /** A complaint driven through an engine, keeping every event. */
  public static final class Run {
    public final WorkflowEngine engine;
    public Complaint complaint;
    public final List<ComplaintEvent> events = new ArrayList<>();
    /** Every command executed, in order, including rejected ones. */
    public final List<Command> commands = new ArrayList<>();
    private int seq;
    private Instant now = T0;

    public Run(WorkflowEngine engine, String id, String category) {
      this(engine, receive(id, category));
    }

    public Run(WorkflowEngine engine, ReceiveComplaint intake) {
      this.engine = engine;
      exec(intake);
    }

    public Instant next() {
      now = now.plusSeconds(600);
      return now;
    }

    public String nextId() {
      return "cmd-" + (++seq);
    }

    public String id() {
      return complaint.id();
    }

    public List<ComplaintEvent> exec(Command command) {
      commands.add(command);
      List<ComplaintEvent> out = engine.decide(complaint, command);
      for (ComplaintEvent e : out) {
        complaint = engine.apply(complaint, e);
      }
      events.addAll(out);
      return out;
    }
    public List<ComplaintEvent> accept(Actor a) {
      return exec(new AcceptComplaint(nextId(), id(), a, next()));
    }

    public List<ComplaintEvent> grade(Actor a, Grade g) {
      return exec(new AssignGrade(nextId(), id(), a, next(), g));
    }

    public List<ComplaintEvent> dispatch(Actor a, String dept) {
      return exec(new Dispatch(nextId(), id(), a, next(), dept, "owner-1"));
    }

    public List<ComplaintEvent> reassign(Actor a, String dept) {
      return exec(new Reassign(nextId(), id(), a, next(), dept, "owner-2"));
    }

    public List<ComplaintEvent> classify(Actor a, String category, String escalation) {
      return exec(new Classify(nextId(), id(), a, next(), category, escalation));
    }

    public List<ComplaintEvent> investigate(Actor a, boolean substantiated, String dept) {
      return exec(RecordInvestigation.builder()
          .common(nextId(), id(), a, next())
          .substantiated(substantiated)
          .opinion("checked the records")
          .department(dept)
          .build());
    }

    public List<ComplaintEvent> draft(Actor a) {
      return exec(DraftPlan.builder()
          .common(nextId(), id(), a, next())
          .remedy(Remedy.REFUND)
          .owner("zhao")
          .due(T0.plusSeconds(86_400))
          .description("refund the unused card balance")
          .build());
    }

    public List<ComplaintEvent> confirm(Actor a) {
      return exec(new ConfirmPlan(nextId(), id(), a, next()));
    }

    public List<ComplaintEvent> respond(Actor a, boolean agreed) {
      return exec(new RecordCustomerResponse(nextId(), id(), a, next(), agreed, agreed ? null : "too little"));
    }

    public List<ComplaintEvent> resolve(Actor a) {
      return exec(new RecordResolution(nextId(), id(), a, next(), "refunded 300 CNY"));
    }

    /** The department drafts a plan, the store manager confirms it, the customer agrees, the department resolves. */
    public void planAgreeAndResolve() {
      draft(DEPT);
      confirm(MANAGER);
      respond(CS, true);
      resolve(DEPT);
    }

    public List<ComplaintEvent> visit(Actor a, Satisfaction s, boolean escalate) {
      return exec(new RecordReturnVisit(nextId(), id(), a, next(), s, escalate));
    }

    public List<ComplaintEvent> exempt(Actor a) {
      return exec(new ExemptReturnVisit(nextId(), id(), a, next(), "customer moved abroad"));
    }

    public List<ComplaintEvent> requestExemption(Actor a) {
      return exec(new RequestReturnVisitExemption(nextId(), id(), a, next(), "customer moved abroad"));
    }

    public List<ComplaintEvent> refuseExemption(Actor a) {
      return exec(new RefuseReturnVisitExemption(nextId(), id(), a, next(), "the customer answers on weekends"));
    }

    public List<ComplaintEvent> closeUnresolved(Actor a, String reason) {
      return exec(new CloseUnresolved(nextId(), id(), a, next(), reason));
    }

    public List<ComplaintEvent> requestExtension(Actor a, Duration d) {
      return exec(new RequestExtension(nextId(), id(), a, next(), d, "waiting for the supplier"));
    }

    public List<ComplaintEvent> approveExtension(Actor a) {
      return exec(new ApproveExtension(nextId(), id(), a, next()));
    }

    public List<ComplaintEvent> rejectExtension(Actor a) {
      return exec(new RejectExtension(nextId(), id(), a, next(), "not justified"));
    }

    public List<ComplaintEvent> pause(Actor a) {
      return exec(new PauseClock(nextId(), id(), a, next(), "waiting for the customer"));
    }

    public List<ComplaintEvent> resume(Actor a) {
      return exec(new ResumeClock(nextId(), id(), a, next()));
    }

    public List<ComplaintEvent> note(Actor a, String text, NoteVisibility v) {
      return exec(new AddNote(nextId(), id(), a, next(), text, v));
    }

    public List<ComplaintEvent> withdraw(Actor a) {
      return exec(new Withdraw(nextId(), id(), a, next(), "settled with the merchant"));
    }

    public List<ComplaintEvent> reopen(Actor a) {
      return exec(new Reopen(nextId(), id(), a, next(), "customer called again"));
    }

    /** A copy of the events recorded so far, to compare with after a command that must record nothing. */
    public List<ComplaintEvent> recorded() {
      return List.copyOf(events);
    }

    /**
     * Asserts that no event was recorded since {@code recorded} was taken: the run's events are those, in order, the
     * complaint's history is those, and they rebuild the complaint.
     */
    public void assertNothingRecordedSince(List<ComplaintEvent> recorded) {
      assertThat(events).containsExactlyElementsOf(recorded);
      assertThat(complaint.history()).containsExactlyElementsOf(recorded);
      assertThat(complaint.version()).isEqualTo(recorded.get(recorded.size() - 1).version());
      assertThat(engine.replay(recorded)).isEqualTo(complaint);
    }

    /** The nodes entered so far, in order. */
    public List<String> nodesEntered() {
      return events.stream().filter(e -> e instanceof NodeEntered).map(e -> ((NodeEntered) e).node())
          .collect(java.util.stream.Collectors.toList());
    }

    public List<String> types(List<ComplaintEvent> es) {
      return es.stream().map(e -> e.getClass().getSimpleName()).collect(java.util.stream.Collectors.toList());
    }
  }
}

