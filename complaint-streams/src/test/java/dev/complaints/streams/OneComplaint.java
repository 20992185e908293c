package dev.complaints.streams;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.ApproveExtension;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ConfirmPlan;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.DraftPlan;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RecordResolution;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.command.Reopen;
import dev.complaints.core.command.RequestExtension;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Channel;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.Remedy;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.core.workflow.WorkflowPresets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One complaint of the {@code mall-ticket} workflow, driven command by command through the engine. */
final class OneComplaint {
  static final Actor DESK = Actor.of("desk-clerk", "CUSTOMER_SERVICE");
  static final Actor DISPATCHER = Actor.of("dispatcher", "DISPATCHER");
  static final Actor DEPARTMENT = Actor.of("dept-owner", "DEPARTMENT");
  static final Actor MANAGER = Actor.of("store-manager", "STORE_MANAGER");
  static final Actor GROUP = Actor.of("group-service", "GROUP_SERVICE");

  private final WorkflowEngine engine = WorkflowEngine.of(WorkflowPresets.mallTicket());
  final String id;
  final String unit;
  final List<ComplaintEvent> events = new ArrayList<>();
  private int commands;

  OneComplaint(String id) {
    this(id, "plaza-01");
  }

  OneComplaint(String id, String unit) {
    this.id = id;
    this.unit = unit;
  }

  /**
   * Receives the complaint at {@code at} and takes it to HANDLING six minutes later, graded {@code grade}.
   *
   * @return the instant HANDLING was entered
   */
  Instant toHandling(Instant at, Grade grade) {
    return toHandling(at, grade, Duration.ofMinutes(1));
  }

  /**
   * Receives the complaint at {@code at} and takes it to HANDLING, one command every {@code step}.
   *
   * @return the instant HANDLING was entered
   */
  Instant toHandling(Instant at, Grade grade, Duration step) {
    issue(ReceiveComplaint.builder().common(next(), id, DESK, at)
        .channel(Channel.PHONE)
        .complainant(new Complainant("Wang Fang", "13812345678", null))
        .subject(Subject.of("Golden Noodle House", "L2-15"))
        .category("MERCHANT_SERVICE")
        .description("staff were rude and refused to help")
        .remediesSought(Remedy.APOLOGY)
        .needs(CustomerNeed.RESPECT)
        .orgUnit(unit)
        .build());
    issue(new AcceptComplaint(next(), id, DESK, at.plus(step)));
    issue(new AssignGrade(next(), id, DISPATCHER, at.plus(step.multipliedBy(2)), grade));
    issue(new Dispatch(next(), id, DISPATCHER, at.plus(step.multipliedBy(3)), "merchant-relations", "zhao"));
    issue(new DraftPlan(next(), id, DEPARTMENT, at.plus(step.multipliedBy(4)), Remedy.APOLOGY, "zhao",
        at.plus(Duration.ofDays(2)), "Plan: apology from the store manager"));
    issue(new ConfirmPlan(next(), id, MANAGER, at.plus(step.multipliedBy(5))));
    Instant handling = at.plus(step.multipliedBy(6));
    issue(new RecordCustomerResponse(next(), id, DESK, handling, true, null));
    return handling;
  }

  List<ComplaintEvent> regrade(Instant at, Grade grade) {
    return issue(new AssignGrade(next(), id, DISPATCHER, at, grade));
  }

  List<ComplaintEvent> extend(Instant at, Duration amount) {
    List<ComplaintEvent> out = new ArrayList<>(issue(new RequestExtension(next(), id, DEPARTMENT, at, amount,
        "spare part on order")));
    out.addAll(issue(new ApproveExtension(next(), id, MANAGER, at.plus(Duration.ofMinutes(10)))));
    return out;
  }

  /** Records the resolution at {@code at} and a satisfied return visit {@code visitAfter} later, which closes. */
  List<ComplaintEvent> resolveAndClose(Instant at, Duration visitAfter) {
    List<ComplaintEvent> out = new ArrayList<>(issue(new RecordResolution(next(), id, DEPARTMENT, at,
        "apology made", "SERVICE_ATTITUDE")));
    out.addAll(issue(new RecordReturnVisit(next(), id, GROUP, at.plus(visitAfter), Satisfaction.SATISFIED,
        false)));
    return out;
  }

  /** Reopens the closed complaint at {@code at} and takes it through a new plan to HANDLING, a minute a step. */
  List<ComplaintEvent> reopenToHandling(Instant at) {
    List<ComplaintEvent> out = new ArrayList<>(issue(new Reopen(next(), id, MANAGER, at, "customer called again")));
    out.addAll(issue(new DraftPlan(next(), id, DEPARTMENT, at.plusSeconds(60), Remedy.APOLOGY, "zhao",
        at.plus(Duration.ofDays(2)), "Plan: a second apology")));
    out.addAll(issue(new ConfirmPlan(next(), id, MANAGER, at.plusSeconds(120))));
    out.addAll(issue(new RecordCustomerResponse(next(), id, DESK, at.plusSeconds(180), true, null)));
    return out;
  }

  private String next() {
    return id + "-cmd-" + ++commands;
  }

  List<ComplaintEvent> issue(Command command) {
    List<ComplaintEvent> out = events.isEmpty()
        ? engine.open((ReceiveComplaint) command)
        : engine.decide(engine.replay(events), command);
    events.addAll(out);
    return out;
  }
}
