package dev.complaints.streams.demo;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.ApproveExtension;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ConfirmPlan;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.DraftPlan;
import dev.complaints.core.command.ExemptReturnVisit;
import dev.complaints.core.command.NotifyCustomer;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RecordResolution;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.command.ReportIncident;
import dev.complaints.core.command.RequestExtension;
import dev.complaints.core.command.RequestReturnVisitExemption;
import dev.complaints.core.command.Withdraw;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.model.Complainant;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.ContactChannel;
import dev.complaints.core.model.CustomerNeed;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.NotificationKind;
import dev.complaints.core.model.Satisfaction;
import dev.complaints.core.model.Subject;
import dev.complaints.core.workflow.CommandRejectedException;
import dev.complaints.core.workflow.WorkflowEngine;
import dev.complaints.sla.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Plays complaint plans through the real workflow engine on a simulated clock: every command carries the
 * simulated instant at which the plaza's clerk, dispatcher, department or store manager, or the group's customer
 * service, issues it, and nothing after the end of the simulation is issued, so complaints still in progress then
 * stay open. The return visit is the group's: the group records every result and decides on the plaza's
 * requests to waive it. Nothing pauses a clock: the {@code mall-ticket} workflow does not accept it. Dispatches
 * follow the workflow's routing rules ({@link WorkflowEngine#routedDispatch}).
 */
final class Simulator {
  static final Actor DESK = Actor.of("desk-clerk", "CUSTOMER_SERVICE");
  static final Actor DISPATCHER = Actor.of("dispatcher", "DISPATCHER");
  static final Actor DEPARTMENT = Actor.of("dept-owner", "DEPARTMENT");
  static final Actor MANAGER = Actor.of("store-manager", "STORE_MANAGER");
  static final Actor GROUP = Actor.of("group-service", "GROUP_SERVICE");
  /** How long after its receipt a major complaint is reported upward when the plaza reports in time. */
  static final Duration REPORT_AFTER = Duration.ofMinutes(40);
  /** The mall hours within which the customer is promised a plan at acceptance (grading, planning, feedback). */
  static final Duration PLAN_PROMISED_WITHIN = Duration.ofHours(11);
  /** The mall hours within which the customer is promised the group's call with the result (the return visit). */
  static final Duration VISIT_PROMISED_WITHIN = Duration.ofHours(50);
  /** How long the group takes to decide on a request to waive the return visit. */
  static final Duration EXEMPTION_DECISION = Duration.ofMinutes(30);

  /** Result of one complaint: its events up to the end of the simulation, or the rejection that stopped it. */
  record Played(ComplaintPlan plan, List<ComplaintEvent> events, Complaint complaint, String rejection) {}

  private final WorkflowEngine engine;
  private final BusinessCalendar mallHours;
  private final Instant end;

  Simulator(WorkflowEngine engine, BusinessCalendar mallHours, Instant end) {
    this.engine = engine;
    this.mallHours = mallHours;
    this.end = end;
  }

  /** Raised inside a run when the next step would be after the end of the simulation. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** State of one complaint being played. */
  private final class Run {
    final ComplaintPlan plan;
    final List<ComplaintEvent> events = new ArrayList<>();
    Complaint complaint;
    int commands;
    Instant withdrawAt;

    Run(ComplaintPlan plan) {
      this.plan = plan;
      this.withdrawAt = plan.withdrawAfter().map(d -> plan.receivedAt().plus(d)).orElse(null);
    }

    String nextId() {
      return plan.id() + "-cmd-" + (++commands);
    }

    /** Issues the command built for instant {@code at}, unless the simulation (or the complaint) ends first. */
    void issue(Instant at, Function<Instant, Command> command) {
      if (withdrawAt != null && !withdrawAt.isAfter(at)) {
        Instant w = withdrawAt;
        withdrawAt = null;
        if (!w.isAfter(end)) {
          apply(new Withdraw(nextId(), plan.id(), DESK, w, "customer withdrew: settled directly with the merchant"));
        }
        throw new Stop();
      }
      if (at.isAfter(end)) {
        throw new Stop();
      }
      apply(command.apply(at));
    }

    void apply(Command c) {
      List<ComplaintEvent> out = engine.decide(complaint, c);
      for (ComplaintEvent e : out) {
        complaint = engine.apply(complaint, e);
        events.add(e);
      }
    }
  }

  /**
   * Whether the plaza reports a MAJOR or CRITICAL complaint upward in time: most do, about one in eight is never
   * reported (漏报), decided by the complaint id so that the rest of the month stays as generated.
   */
  static boolean reportsInTime(ComplaintPlan p) {
    return Math.floorMod(p.id().hashCode(), 8) != 0;
  }

  Played play(ComplaintPlan p) {
    Run run = new Run(p);
    String rejection = null;
    try {
      script(run);
    } catch (Stop stop) {
      // the simulation ended (or the customer withdrew) before the complaint was closed
    } catch (CommandRejectedException e) {
      rejection = e.getMessage();
    }
    return new Played(p, List.copyOf(run.events), run.complaint, rejection);
  }

  private Instant business(Instant from, Duration work) {
    return mallHours.add(from, work);
  }

  private void script(Run run) {
    ComplaintPlan p = run.plan;
    String id = p.id();
    Instant t = p.receivedAt();
    run.issue(t, at -> new ReceiveComplaint(run.nextId(), id, DESK, at, p.channel(),
        new Complainant(p.customerName(), p.phone(), null), p.receivedAt(), new Subject(p.subject(), p.location()),
        p.category(), p.description(), List.of(p.remedy()), List.of(CustomerNeed.RESPECT), p.plaza().unit(), null));
    t = t.plus(p.acceptDelay());
    run.issue(t, at -> new AcceptComplaint(run.nextId(), id, DESK, at));
    // the desk tells the customer how the complaint is handled and when they hear next
    run.issue(t, at -> tell(run, at, ContactChannel.SMS, NotificationKind.ACKNOWLEDGEMENT,
        "complaint received; it is graded and passed to the responsible department",
        "we call you with a written plan", business(at, PLAN_PROMISED_WITHIN)));
    // GRADING: grade and dispatch.
    Instant accepted = t;
    t = business(t, p.gradingWork());
    Grade grade = p.grade();
    if (grade.isAtLeast(Grade.MAJOR) && reportsInTime(p)) {
      // the store manager reports a major complaint upward within the hour, before the grade is on the ticket
      Instant reported = p.receivedAt().plus(REPORT_AFTER);
      Instant r = reported.isBefore(accepted) ? accepted : reported.isAfter(t) ? t : reported;
      run.issue(r, at -> ReportIncident.builder().common(run.nextId(), id, MANAGER, at)
          .reportedTo("group customer service").summary(grade + " " + p.category() + ": " + p.description())
          .reportedAt(at).build());
    }
    run.issue(t, at -> new AssignGrade(run.nextId(), id, DISPATCHER, at, grade));
    // dispatched by the workflow's routing rules; by hand only for a category no rule covers
    run.issue(t, at -> {
      String cmd = run.nextId();
      return engine.routedDispatch(run.complaint, cmd, DISPATCHER, at)
          .orElseGet(() -> new Dispatch(cmd, id, DISPATCHER, at, "customer-service", "owner-" + p.plaza().unit()));
    });
    t = planAndAgree(run, t, p.planningWork(), p.customerDisagreesOnce());
    t = handle(run, t, grade, p.handlingTime(), true);
    // RETURN_VISIT: the group calls while the mall is open.
    t = mallHours.nextOpen(t.plus(p.returnVisitDelay()));
    switch (p.outcome()) {
      case EXEMPT -> {
        // The plaza may only ask for the visit to be waived; the group approves.
        run.issue(t, at -> new RequestReturnVisitExemption(run.nextId(), id, DESK, at,
            "customer asked not to be called again"));
        run.issue(t.plus(EXEMPTION_DECISION), at -> new ExemptReturnVisit(run.nextId(), id, GROUP, at,
            "customer asked not to be called again; approved"));
      }
      // Closing a dissatisfied complaint without escalating is the group's decision.
      case DISSATISFIED_CLOSE -> run.issue(t, at -> new RecordReturnVisit(run.nextId(), id, GROUP, at,
          Satisfaction.DISSATISFIED, false));
      case NEUTRAL -> run.issue(t, at -> new RecordReturnVisit(run.nextId(), id, GROUP, at,
          Satisfaction.NEUTRAL, false));
      case DISSATISFIED_ESCALATE -> {
        run.issue(t, at -> new RecordReturnVisit(run.nextId(), id, GROUP, at,
            Satisfaction.DISSATISFIED, true));
        Grade up = Grade.values()[grade.ordinal() + 1]; // the generator never escalates a CRITICAL complaint
        if (up.isAtLeast(Grade.MAJOR) && !grade.isAtLeast(Grade.MAJOR)) {
          // escalated to MAJOR: reported now, days after the receipt the duty counts from, so late
          run.issue(t, at -> ReportIncident.builder().common(run.nextId(), id, MANAGER, at)
              .reportedTo("group customer service").summary("escalated to " + up + " after the return visit")
              .reportedAt(at).build());
        }
        t = planAndAgree(run, t, p.planningWork().dividedBy(2), false);
        t = handle(run, t, up, p.handlingTime().dividedBy(2), false);
        t = mallHours.nextOpen(t.plus(Duration.ofHours(20)));
        run.issue(t, at -> new RecordReturnVisit(run.nextId(), id, GROUP, at, Satisfaction.SATISFIED, false));
      }
      default -> {
        Satisfaction s = Satisfaction.valueOf(p.outcome().name());
        run.issue(t, at -> new RecordReturnVisit(run.nextId(), id, GROUP, at, s, false));
      }
    }
    if (run.withdrawAt != null) {
      run.withdrawAt = null; // closed before the customer would have withdrawn
    }
  }

  /**
   * The root cause the department finds (docs/domain.md §"Root causes"), from the category and, where a category
   * has several likely causes, the complaint's number; drawn without the month's random source, so the rest of
   * the month is the same with or without it.
   */
  static String rootCause(ComplaintPlan p) {
    int n = Math.floorMod(p.id().hashCode(), 4);
    return switch (p.category()) {
      case "MERCHANT_SERVICE" -> n < 2 ? "SERVICE_ATTITUDE" : n == 2 ? "PROCESS" : "COMMUNICATION";
      case "MERCHANT_GOODS_AFTER_SALES" -> n < 3 ? "PRODUCT_QUALITY" : "PROCESS";
      case "MERCHANT_CONTRACT_PAYMENT", "PREPAID_CARD" -> n < 2 ? "POLICY" : "COMMUNICATION";
      case "ENVIRONMENT_SANITATION" -> "ENVIRONMENT";
      case "FACILITIES_EQUIPMENT" -> "FACILITY";
      case "SAFETY" -> n < 3 ? "FACILITY" : "PROCESS";
      case "LOSS_COMPENSATION" -> n < 2 ? "PROCESS" : "THIRD_PARTY";
      default -> "OTHER";
    };
  }

  /** PLANNING and CUSTOMER_FEEDBACK, with one rejected plan when asked; returns when handling starts. */
  private Instant planAndAgree(Run run, Instant start, Duration planning, boolean disagreeOnce) {
    ComplaintPlan p = run.plan;
    String id = p.id();
    Instant t = start;
    for (int round = 0; round < (disagreeOnce ? 2 : 1); round++) {
      Duration work = round == 0 ? planning : planning.dividedBy(2);
      Instant drafted = business(t, work.multipliedBy(3).dividedBy(4));
      Instant due = drafted.plus(Duration.ofDays(2));
      run.issue(drafted, at -> new DraftPlan(run.nextId(), id, DEPARTMENT, at, p.remedy(), "owner-" + p.plaza().unit(),
          due, "Plan: " + p.remedy().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " agreed with " + p.subject()));
      t = business(t, work);
      run.issue(t, at -> new ConfirmPlan(run.nextId(), id, MANAGER, at));
      t = business(t, p.feedbackWork());
      boolean agreed = !(disagreeOnce && round == 0);
      run.issue(t, at -> tell(run, at, ContactChannel.PHONE, NotificationKind.PLAN, "the confirmed plan: "
          + p.remedy().name().toLowerCase(Locale.ROOT).replace('_', ' '), "the plan carried out",
          due.isAfter(at) ? due : at));
      run.issue(t, at -> new RecordCustomerResponse(run.nextId(), id, DESK, at, agreed,
          agreed ? null : "customer wants a full refund instead"));
    }
    return t;
  }

  /**
   * HANDLING with the plan's extension and its wait for the customer (which the clock does not stop for); returns
   * the instant the resolution is recorded.
   */
  private Instant handle(Run run, Instant start, Grade grade, Duration time, boolean first) {
    ComplaintPlan p = run.plan;
    String id = p.id();
    Instant done = start.plus(time);
    // Steps inside the node, issued in time order.
    List<Map.Entry<Instant, Function<Instant, Command>>> steps = new ArrayList<>();
    if (first && p.customerWait().isPresent()) {
      done = done.plus(p.customerWait().get());
    }
    if (first && p.extension().isPresent()) {
      Instant ask = start.plus(time.dividedBy(2)).plusSeconds(1);
      Duration amount = p.extension().get();
      steps.add(Map.entry(ask, at -> new RequestExtension(run.nextId(), id, DEPARTMENT, at, amount,
          "spare part on order from the supplier")));
      // approved half an hour later, or halfway to the resolution when that comes sooner
      Duration wait = Duration.between(ask, done).dividedBy(2);
      Instant approve = ask.plus(wait.compareTo(Duration.ofMinutes(30)) < 0 ? wait : Duration.ofMinutes(30));
      steps.add(Map.entry(approve, at -> new ApproveExtension(run.nextId(), id, MANAGER, at)));
    }
    steps.add(Map.entry(done, at -> new RecordResolution(run.nextId(), id, DEPARTMENT, at,
        "done: " + p.remedy().name().toLowerCase(Locale.ROOT).replace('_', ' '), rootCause(p))));
    // the result, told as soon as it is recorded (the stable sort keeps it after the resolution)
    steps.add(Map.entry(done, at -> tell(run, at, ContactChannel.SMS, NotificationKind.RESULT,
        "done: " + p.remedy().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        "the group's customer service calls you", business(at, VISIT_PROMISED_WITHIN))));
    steps.sort(Map.Entry.comparingByKey());
    for (Map.Entry<Instant, Function<Instant, Command>> step : steps) {
      run.issue(step.getKey(), step.getValue());
    }
    return steps.get(steps.size() - 1).getKey();
  }

  /** The service desk tells the customer something and promises the next step. */
  private static NotifyCustomer tell(Run run, Instant at, ContactChannel channel, NotificationKind kind, String text,
      String next, Instant due) {
    return NotifyCustomer.builder().common(run.nextId(), run.plan.id(), DESK, at).channel(channel).kind(kind)
        .text(text).nextStep(next).nextStepDue(due).build();
  }
}
