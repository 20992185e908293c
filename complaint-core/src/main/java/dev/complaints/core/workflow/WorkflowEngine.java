package dev.complaints.core.workflow;

import dev.complaints.core.command.AcceptComplaint;
import dev.complaints.core.command.Actor;
import dev.complaints.core.command.AddNote;
import dev.complaints.core.command.ApproveExtension;
import dev.complaints.core.command.AssignGrade;
import dev.complaints.core.command.Classify;
import dev.complaints.core.command.CloseUnresolved;
import dev.complaints.core.command.Command;
import dev.complaints.core.command.ConfirmPlan;
import dev.complaints.core.command.Dispatch;
import dev.complaints.core.command.ReportIncident;
import dev.complaints.core.command.DraftPlan;
import dev.complaints.core.command.ExemptReturnVisit;
import dev.complaints.core.command.GiveInstruction;
import dev.complaints.core.command.NotifyCustomer;
import dev.complaints.core.command.PauseClock;
import dev.complaints.core.command.Reassign;
import dev.complaints.core.command.ReceiveComplaint;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RecordEvidence;
import dev.complaints.core.command.RecordInvestigation;
import dev.complaints.core.command.RecordResolution;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.command.RefuseReturnVisitExemption;
import dev.complaints.core.command.RejectExtension;
import dev.complaints.core.command.Reopen;
import dev.complaints.core.command.RequestExtension;
import dev.complaints.core.command.RequestInstruction;
import dev.complaints.core.command.RequestReturnVisitExemption;
import dev.complaints.core.command.ResumeClock;
import dev.complaints.core.command.Withdraw;
import dev.complaints.core.event.CategoryChanged;
import dev.complaints.core.event.ClockPaused;
import dev.complaints.core.event.ClockResumed;
import dev.complaints.core.event.ClosedUnresolved;
import dev.complaints.core.event.ComplaintClosed;
import dev.complaints.core.event.ComplaintEvent;
import dev.complaints.core.event.ComplaintReceived;
import dev.complaints.core.event.ComplaintReopened;
import dev.complaints.core.event.ComplaintWithdrawn;
import dev.complaints.core.event.CustomerAgreed;
import dev.complaints.core.event.CustomerDisagreed;
import dev.complaints.core.event.CustomerNotified;
import dev.complaints.core.event.Dispatched;
import dev.complaints.core.event.EscalatedToLeadership;
import dev.complaints.core.event.EvidenceRecorded;
import dev.complaints.core.event.ExtensionApproved;
import dev.complaints.core.event.ExtensionRejected;
import dev.complaints.core.event.ExtensionRequested;
import dev.complaints.core.event.GradeChanged;
import dev.complaints.core.event.IncidentReported;
import dev.complaints.core.event.InstructionGiven;
import dev.complaints.core.event.InstructionRequested;
import dev.complaints.core.event.InvestigationRecorded;
import dev.complaints.core.event.NodeEntered;
import dev.complaints.core.event.NodeLeft;
import dev.complaints.core.event.NoteAdded;
import dev.complaints.core.event.PlanConfirmed;
import dev.complaints.core.event.PlanDrafted;
import dev.complaints.core.event.Reassigned;
import dev.complaints.core.event.ResolutionRecorded;
import dev.complaints.core.event.ReturnVisitExempted;
import dev.complaints.core.event.ReturnVisitExemptionRefused;
import dev.complaints.core.event.ReturnVisitExemptionRequested;
import dev.complaints.core.event.ReturnVisitRecorded;
import dev.complaints.core.internal.Checks;
import dev.complaints.core.internal.Folding;
import dev.complaints.core.model.CategoryTaxonomy;
import dev.complaints.core.model.Complaint;
import dev.complaints.core.model.Grade;
import dev.complaints.core.model.GradeScale;
import dev.complaints.core.model.Instruction;
import dev.complaints.core.model.NoteVisibility;
import dev.complaints.core.model.NotificationKind;
import dev.complaints.core.model.Plan;
import dev.complaints.core.model.RootCauseTaxonomy;
import dev.complaints.core.store.UnknownComplaintException;
import dev.complaints.core.workflow.CommandRejectedException.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs complaints through a {@link WorkflowDefinition}. The engine is stateless and thread-safe: {@link #decide}
 * turns a command into events (or rejects it, changing nothing), {@link #apply} folds one event into a complaint
 * and {@link #replay} rebuilds a complaint from its events.
 *
 * <p>Time order: a command's instant may equal but not precede the complaint's received-at instant and the
 * instant of its last event (several commands may share an instant); and a {@link ReceiveComplaint}'s received-at
 * may not be after its own instant. Otherwise the command is rejected with {@link Reason#INSTANT_OUT_OF_ORDER},
 * naming the instant given and the earliest allowed one, so every history the engine writes has non-decreasing
 * instants, none before the receipt.
 *
 * <p>Deciding a command: the node's transitions for the command type are looked up (none: rejected with
 * {@link Reason#NOT_ALLOWED_IN_NODE}); the command's own effects are computed (a grade change, a plan, a note …);
 * the first transition whose {@code when} conditions hold is taken; its roles, required fields and guards are
 * checked on the complaint as it would be after the effects; a note addressed to the customer ({@code AddNote} with
 * visibility {@code CUSTOMER}) also needs one of the definition's {@code customerNoteRoles}
 * ({@link Reason#MISSING_ROLE}) and a confirmed written plan ({@link Reason#GUARD_FAILED}); an escalating
 * transition raises the grade one step
 * of the grade scale (an ungraded complaint to the lowest grade), and is rejected with
 * {@link Reason#NO_HIGHER_GRADE} when the complaint already has the highest grade, so an escalation always records
 * a {@link GradeChanged}; a regrade ({@code AssignGrade}) to the grade the complaint has is rejected as
 * {@link Reason#INVALID_VALUE};
 * a node change emits {@link ClockResumed} (when paused), {@link NodeLeft} and {@link NodeEntered}, checking the
 * target's entry guards; entering a terminal node emits {@link ComplaintClosed} with the transition's reason.
 *
 * <p>Command ids: a command id names one command. When the id is already in the complaint's history, the
 * command is judged the same as the one recorded when deciding it against the complaint as it was just before the
 * recorded events gives exactly those events; then it is a retry and gives no events. That is the case for an
 * equal command (same type, complaint, actor id, instant and content), and also when the two differ only in what
 * leaves no trace in the events, such as the actor's roles, {@code ReceiveComplaint.receivedAt} null versus equal
 * to the command instant, the reason given with an agreeing {@code RecordCustomerResponse} or the escalate flag of
 * a {@code RecordReturnVisit} whose transition does not depend on it (a satisfied customer; in {@code seven-step}
 * any customer). Anything else under a recorded id (another command type,
 * actor, instant or content) is rejected with {@link Reason#COMMAND_ID_REUSED}. The judgment uses this engine's
 * definition, taxonomy and grade scale.
 */
public final class WorkflowEngine {
  private static final Logger LOG = LoggerFactory.getLogger(WorkflowEngine.class);

  private final WorkflowDefinition definition;
  private final CategoryTaxonomy taxonomy;
  private final GradeScale gradeScale;
  private final RootCauseTaxonomy rootCauses;

  /**
   * Creates an engine.
   *
   * @param definition the workflow
   * @param taxonomy the category taxonomy complaints are checked against
   * @param gradeScale the grades in use
   */
  public WorkflowEngine(WorkflowDefinition definition, CategoryTaxonomy taxonomy, GradeScale gradeScale) {
    this(definition, taxonomy, gradeScale, RootCauseTaxonomy.defaults());
  }

  /**
   * Creates an engine with its own list of root causes.
   *
   * @param definition the workflow
   * @param taxonomy the category taxonomy complaints are checked against
   * @param gradeScale the grades in use
   * @param rootCauses the root-cause codes {@code RecordResolution} may name
   */
  public WorkflowEngine(WorkflowDefinition definition, CategoryTaxonomy taxonomy, GradeScale gradeScale,
      RootCauseTaxonomy rootCauses) {
    this.definition = Checks.notNull(definition, "definition");
    this.taxonomy = Checks.notNull(taxonomy, "taxonomy");
    this.gradeScale = Checks.notNull(gradeScale, "gradeScale");
    this.rootCauses = Checks.notNull(rootCauses, "rootCauses");
  }

  /**
   * The root causes a resolution may name.
   *
   * @return the list
   */
  public RootCauseTaxonomy rootCauses() {
    return rootCauses;
  }

  /**
   * An engine with the definition's taxonomy preset and the default grade scale.
   *
   * @param definition the workflow
   * @return the engine
   */
  public static WorkflowEngine of(WorkflowDefinition definition) {
    Checks.notNull(definition, "definition");
    return new WorkflowEngine(definition, CategoryTaxonomy.preset(definition.taxonomy()), GradeScale.DEFAULT);
  }

  /**
   * The workflow.
   *
   * @return the definition
   */
  public WorkflowDefinition definition() {
    return definition;
  }

  /**
   * The category taxonomy.
   *
   * @return the taxonomy
   */
  public CategoryTaxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * The grade scale.
   *
   * @return the scale
   */
  public GradeScale gradeScale() {
    return gradeScale;
  }

  /**
   * Opens a new complaint: {@code decide(null, receive)}.
   *
   * @param receive the intake command
   * @return {@link ComplaintReceived} (version 1) and {@link NodeEntered} of the initial node (version 2)
   * @throws CommandRejectedException when the category or grade is not allowed, or the received-at instant is
   *     after the command instant
   */
  public List<ComplaintEvent> open(ReceiveComplaint receive) {
    return decide(null, receive);
  }

  /**
   * The commands the complaint's current node accepts.
   *
   * @param complaint the complaint
   * @return the command type names
   */
  public List<String> allowedCommands(Complaint complaint) {
    Checks.notNull(complaint, "complaint");
    return definition.requireNode(complaint.node()).commands();
  }

  /**
   * Decides a command.
   *
   * @param complaint the complaint, or null when the command is {@link ReceiveComplaint}
   * @param command the command
   * @return the new events, numbered from {@code complaint.version() + 1}; empty when the same command was
   *     already applied (a retry, see the class description)
   * @throws CommandRejectedException when the command is not allowed, its id is already recorded for another
   *     command ({@link Reason#COMMAND_ID_REUSED}), its instant goes back in time
   *     ({@link Reason#INSTANT_OUT_OF_ORDER}) or it escalates a complaint that has the highest grade
   *     ({@link Reason#NO_HIGHER_GRADE}); nothing changes
   * @throws UnknownComplaintException when the complaint is null and the command is not {@link ReceiveComplaint}
   * @throws IllegalArgumentException when the command is for another complaint or the complaint follows
   *     another workflow
   */
  public List<ComplaintEvent> decide(@Nullable Complaint complaint, Command command) {
    Checks.notNull(command, "command");
    if (command instanceof ReceiveComplaint receive) {
      return receive(complaint, receive);
    }
    if (complaint == null) {
      throw new UnknownComplaintException(command.complaintId(), "command " + command.typeName() + " ("
          + command.commandId() + ") needs an existing complaint; open it with ReceiveComplaint first");
    }
    checkBelongs(complaint, command);
    if (isRetry(complaint, command)) {
      return List.of();
    }
    checkTimeOrder(complaint, command);
    NodeDefinition node = definition.requireNode(complaint.node());
    List<String> allowed = node.commands();
    List<TransitionDefinition> candidates = node.transitions().stream()
        .filter(t -> t.command().equals(command.typeName())).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      throw reject(command, complaint, allowed, Reason.NOT_ALLOWED_IN_NODE, notAllowedMessage(command, node));
    }
    if (candidates.stream().noneMatch(t -> hasRole(t, command))) {
      throw reject(command, complaint, allowed, Reason.MISSING_ROLE, roleMessage(command, node, candidates));
    }
    Emitter em = new Emitter(complaint, command);
    effects(em, command, allowed);
    Complaint after = em.state;
    TransitionDefinition chosen = null;
    for (TransitionDefinition t : candidates) {
      if (t.when().stream().allMatch(c -> c.test(after, command, this))) {
        chosen = t;
        break;
      }
    }
    if (chosen == null) {
      throw reject(command, complaint, allowed, Reason.NO_MATCHING_TRANSITION,
          "no transition of " + command.typeName() + " in node " + node.name() + " applies; conditions: "
              + candidates.stream().map(TransitionDefinition::when).collect(Collectors.toList()));
    }
    if (!hasRole(chosen, command)) {
      throw reject(command, complaint, allowed, Reason.MISSING_ROLE, roleMessage(command, node, List.of(chosen)));
    }
    checkCustomerNote(complaint, command, allowed);
    checkNotification(complaint, command, allowed);
    for (ComplaintField f : chosen.requiredFields()) {
      if (!f.isSet(after)) {
        throw reject(command, complaint, allowed, Reason.MISSING_FIELD,
            "required field " + f + " is not set (required: " + chosen.requiredFields() + ")");
      }
    }
    for (Condition g : chosen.guards()) {
      if (!g.test(after, command, this)) {
        throw reject(command, complaint, allowed, Reason.GUARD_FAILED,
            "guard " + g + " does not hold: " + g.description() + " is required");
      }
    }
    if (chosen.gradeUp()) {
      Grade from = em.state.grade();
      Optional<Grade> next = gradeScale.next(from);
      if (next.isEmpty()) {
        throw reject(command, complaint, allowed, Reason.NO_HIGHER_GRADE,
            "the transition of " + command.typeName() + " in node " + node.name() + " escalates the grade, but the"
                + " complaint is already " + from + ", the highest grade of the scale (" + gradeScale.allowed()
                + "); it cannot be escalated further");
      }
      Grade to = next.get();
      em.add((id, v, cid, a, at) -> new GradeChanged(id, v, cid, a, at, from, to));
    }
    if (chosen.to() != null && !chosen.to().equals(node.name())) {
      NodeDefinition target = definition.requireNode(chosen.to());
      for (Condition g : target.entryGuards()) {
        if (!g.test(em.state, command, this)) {
          throw reject(command, complaint, allowed, Reason.ENTRY_GUARD_FAILED,
              "node " + target.name() + " may only be entered when " + g.description() + " (" + g + ")");
        }
      }
      if (em.state.paused()) {
        em.add(ClockResumed::new);
      }
      em.add((id, v, cid, a, at) -> new NodeLeft(id, v, cid, a, at, node.name()));
      em.add((id, v, cid, a, at) -> new NodeEntered(id, v, cid, a, at, target.name()));
      if (target.terminal()) {
        String reason = chosen.closeReason();
        em.add((id, v, cid, a, at) -> new ComplaintClosed(id, v, cid, a, at, reason));
      }
    }
    if (em.events.isEmpty()) {
      throw reject(command, complaint, allowed, Reason.INVALID_VALUE, "the command would change nothing");
    }
    return List.copyOf(em.events);
  }

  /**
   * Folds one event into a complaint.
   *
   * @param complaint the complaint before, or null for {@link ComplaintReceived}
   * @param event the event, whose version must be {@code complaint.version() + 1}
   * @return the complaint after
   * @throws UnknownComplaintException when the complaint is null and the event is not {@link ComplaintReceived}
   * @throws IllegalArgumentException when the event does not fit the complaint
   */
  public Complaint apply(@Nullable Complaint complaint, ComplaintEvent event) {
    return Folding.apply(complaint, event);
  }

  /**
   * Rebuilds a complaint from all its events.
   *
   * @param events the events in version order, starting with {@link ComplaintReceived}
   * @return the complaint
   * @throws UnknownComplaintException when the first event is not {@link ComplaintReceived} (the events are of a
   *     complaint that was never received)
   * @throws IllegalArgumentException when the list is empty or the events do not fit together
   */
  public Complaint replay(List<ComplaintEvent> events) {
    Checks.noNulls(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("cannot replay an empty event list; the first event is ComplaintReceived");
    }
    Complaint c = null;
    for (ComplaintEvent e : events) {
      c = Folding.apply(c, e);
    }
    return c;
  }

  /**
   * The routing rule that chooses the complaint's department and default owner: the first rule of the
   * definition's routing that matches its category (or a category above it in the taxonomy), org unit and grade.
   *
   * @param complaint the complaint
   * @return the rule, or empty when none matches or the definition has no routing
   */
  public Optional<RoutingRule> route(Complaint complaint) {
    Checks.notNull(complaint, "complaint");
    Routing routing = definition.routing();
    return routing == null ? Optional.empty() : routing.route(complaint, taxonomy);
  }

  /**
   * The automatic dispatch of a complaint (自动分配): a {@link Dispatch} to the department and default owner of the
   * rule {@link #route} chooses, naming that rule, for the host to decide like any other command (at grading, in
   * the presets). The {@link Dispatched} event it records carries the rule. A host that wants another department
   * issues a dispatch without a rule instead, and a person may reassign later.
   *
   * @param complaint the complaint
   * @param commandId the id of the dispatch command
   * @param actor who issues it (the workflow's roles for {@code Dispatch} apply)
   * @param at when
   * @return the dispatch, or empty when no rule matches
   */
  public Optional<Dispatch> routedDispatch(Complaint complaint, String commandId, Actor actor, Instant at) {
    return route(complaint).map(r -> new Dispatch(commandId, complaint.id(), actor, at, r.department(), r.owner(),
        r.id()));
  }

  /**
   * Decides and applies: the complaint after the command, for callers that keep complaints in memory.
   *
   * @param complaint the complaint, or null for {@link ReceiveComplaint}
   * @param command the command
   * @return the complaint after the command's events (unchanged when the same command was already applied)
   * @throws CommandRejectedException when the command is not allowed
   * @throws UnknownComplaintException when the complaint is null and the command is not {@link ReceiveComplaint}
   */
  public Complaint handle(@Nullable Complaint complaint, Command command) {
    Complaint c = complaint;
    for (ComplaintEvent e : decide(complaint, command)) {
      c = Folding.apply(c, e);
    }
    return c;
  }

  private List<ComplaintEvent> receive(@Nullable Complaint existing, ReceiveComplaint r) {
    if (existing != null) {
      if (isRetry(existing, r)) {
        return List.of();
      }
      throw reject(r, existing, allowedCommands(existing), Reason.ALREADY_EXISTS,
          "complaint " + existing.id() + " already exists");
    }
    if (!taxonomy.contains(r.category())) {
      throw reject(r, null, List.of("ReceiveComplaint"), Reason.INVALID_VALUE, categoryMessage(r.category()));
    }
    if (r.grade() != null && !gradeScale.contains(r.grade())) {
      throw reject(r, null, List.of("ReceiveComplaint"), Reason.INVALID_VALUE, gradeMessage(r.grade()));
    }
    Instant receivedAt = r.receivedAt() == null ? r.at() : r.receivedAt();
    if (receivedAt.isAfter(r.at())) {
      throw reject(r, null, List.of("ReceiveComplaint"), Reason.INSTANT_OUT_OF_ORDER,
          "received-at " + receivedAt + " is after the command instant " + r.at() + "; a complaint cannot be"
              + " recorded before it is received, so the earliest allowed command instant is " + receivedAt);
    }
    String initial = definition.initialNode();
    List<ComplaintEvent> events = new ArrayList<>();
    events.add(new ComplaintReceived(r.complaintId(), 1, r.commandId(), r.actor().id(), r.at(), definition.id(),
        r.channel(), r.complainant(), receivedAt, r.subject(), r.category(), r.description(), r.remediesSought(),
        r.needs(), r.orgUnit(), r.grade()));
    events.add(new NodeEntered(r.complaintId(), 2, r.commandId(), r.actor().id(), r.at(), initial));
    LOG.debug("complaint {} received ({})", r.complaintId(), r.complainant());
    return List.copyOf(events);
  }

  /**
   * Whether the command was already applied to the complaint: false when its id is not in the history, true when
   * the events recorded under the id are the ones the command gives against the complaint as it was before them.
   *
   * @throws CommandRejectedException ({@link Reason#COMMAND_ID_REUSED}) when the id is recorded for another command
   */
  private boolean isRetry(Complaint complaint, Command command) {
    List<ComplaintEvent> history = complaint.history();
    int first = -1;
    List<ComplaintEvent> recorded = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).commandId().equals(command.commandId())) {
        first = first < 0 ? i : first;
        recorded.add(history.get(i));
      }
    }
    if (first < 0) {
      return false;
    }
    Complaint before = first == 0 ? null : replay(history.subList(0, first));
    List<ComplaintEvent> again;
    try {
      again = decide(before, command);
    } catch (CommandRejectedException | IllegalArgumentException e) {
      again = null;
    }
    if (recorded.equals(again)) {
      LOG.debug("command {} already applied to complaint {}", command.commandId(), complaint.id());
      return true;
    }
    ComplaintEvent last = recorded.get(recorded.size() - 1);
    String versions = recorded.size() == 1 ? "version " + last.version()
        : "versions " + recorded.get(0).version() + "-" + last.version();
    throw reject(command, complaint, allowedCommands(complaint), Reason.COMMAND_ID_REUSED,
        "command id '" + command.commandId() + "' was already used on complaint " + complaint.id()
            + " by another command (recorded as " + versions + ": "
            + recorded.stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.joining(", "))
            + " by " + recorded.get(0).actor() + " at " + recorded.get(0).at()
            + "); repeating the same command gives no events, a different command needs a new id");
  }

  private void checkTimeOrder(Complaint complaint, Command command) {
    ComplaintEvent last = complaint.history().get(complaint.history().size() - 1);
    boolean receiptIsLater = complaint.receivedAt().isAfter(last.at());
    Instant earliest = receiptIsLater ? complaint.receivedAt() : last.at();
    if (command.at().isBefore(earliest)) {
      String what = receiptIsLater ? "the complaint's received-at instant"
          : "the instant of the complaint's last event, version " + last.version() + " "
              + last.getClass().getSimpleName();
      throw reject(command, complaint, allowedCommands(complaint), Reason.INSTANT_OUT_OF_ORDER,
          "the command instant " + command.at() + " is before " + earliest + ", the earliest allowed instant ("
              + what + "); a complaint's commands cannot go back in time");
    }
  }

  private void effects(Emitter em, Command command, List<String> allowed) {
    Complaint c = em.state;
    String node = c.node();
    if (command instanceof AcceptComplaint) {
      return;
    } else if (command instanceof AssignGrade g) {
      if (!gradeScale.contains(g.grade())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, gradeMessage(g.grade()));
      }
      if (g.grade() == c.grade()) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "the complaint is already graded " + g.grade());
      }
      Grade from = c.grade();
      em.add((id, v, cid, a, at) -> new GradeChanged(id, v, cid, a, at, from, g.grade()));
    } else if (command instanceof Dispatch d) {
      if (d.rule() != null) {
        checkRoutedDispatch(c, d, allowed);
      }
      em.add((id, v, cid, a, at) -> new Dispatched(id, v, cid, a, at, d.department(), d.assignee(), d.rule()));
    } else if (command instanceof Reassign d) {
      if (d.department().equals(c.department()) && java.util.Objects.equals(d.assignee(), c.assignee())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE,
            "the complaint is already assigned to " + d.department() + "/" + d.assignee());
      }
      em.add((id, v, cid, a, at) -> new Reassigned(id, v, cid, a, at, d.department(), d.assignee()));
    } else if (command instanceof Classify k) {
      if (!taxonomy.contains(k.category())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, categoryMessage(k.category()));
      }
      if (!k.category().equals(c.category())) {
        String from = c.category();
        em.add((id, v, cid, a, at) -> new CategoryChanged(id, v, cid, a, at, from, k.category()));
      }
      if (k.escalationReason() != null) {
        em.add((id, v, cid, a, at) -> new EscalatedToLeadership(id, v, cid, a, at, k.escalationReason()));
      }
    } else if (command instanceof RecordInvestigation r) {
      em.add((id, v, cid, a, at) -> new InvestigationRecorded(id, v, cid, a, at, r.substantiated(), r.opinion()));
      if (r.department() != null) {
        em.add((id, v, cid, a, at) -> new Dispatched(id, v, cid, a, at, r.department(), r.assignee()));
      }
    } else if (command instanceof DraftPlan p) {
      Plan plan = new Plan(p.remedy(), p.owner(), p.due(), p.description(), false);
      em.add((id, v, cid, a, at) -> new PlanDrafted(id, v, cid, a, at, plan));
    } else if (command instanceof ConfirmPlan) {
      if (c.plan() == null || c.plan().confirmed()) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE,
            c.plan() == null ? "there is no written plan to confirm; draft one with DraftPlan"
                : "the plan is already confirmed; draft a new one with DraftPlan");
      }
      Instant due = c.plan().due();
      em.add((id, v, cid, a, at) -> new PlanConfirmed(id, v, cid, a, at, due));
    } else if (command instanceof RecordCustomerResponse r) {
      if (r.agreed()) {
        em.add(CustomerAgreed::new);
      } else {
        em.add((id, v, cid, a, at) -> new CustomerDisagreed(id, v, cid, a, at, r.reason()));
      }
    } else if (command instanceof RecordResolution r) {
      if (r.rootCause() != null && !rootCauses.contains(r.rootCause())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "unknown root cause '" + r.rootCause()
            + "' in list '" + rootCauses.id() + "'; allowed: " + String.join(", ", rootCauses.codes()));
      }
      em.add((id, v, cid, a, at) -> new ResolutionRecorded(id, v, cid, a, at, r.resolution(), r.rootCause()));
    } else if (command instanceof RecordReturnVisit r) {
      em.add((id, v, cid, a, at) -> new ReturnVisitRecorded(id, v, cid, a, at, r.result()));
    } else if (command instanceof RequestReturnVisitExemption r) {
      if (c.returnVisitExemptionRequested()) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE,
            "a request to waive the return visit is already pending in " + node);
      }
      em.add((id, v, cid, a, at) -> new ReturnVisitExemptionRequested(id, v, cid, a, at, r.reason()));
    } else if (command instanceof ExemptReturnVisit r) {
      em.add((id, v, cid, a, at) -> new ReturnVisitExempted(id, v, cid, a, at, r.reason()));
    } else if (command instanceof RefuseReturnVisitExemption r) {
      if (!c.returnVisitExemptionRequested()) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE,
            "no request to waive the return visit is pending in " + node);
      }
      em.add((id, v, cid, a, at) -> new ReturnVisitExemptionRefused(id, v, cid, a, at, r.reason()));
    } else if (command instanceof CloseUnresolved r) {
      em.add((id, v, cid, a, at) -> new ClosedUnresolved(id, v, cid, a, at, r.reason()));
    } else if (command instanceof RequestExtension r) {
      if (c.pendingExtension() != null) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE,
            "an extension of " + c.pendingExtension() + " is already pending in " + node);
      }
      em.add((id, v, cid, a, at) -> new ExtensionRequested(id, v, cid, a, at, node, r.amount(), r.reason()));
    } else if (command instanceof ApproveExtension) {
      requirePending(c, command, allowed);
      java.time.Duration amount = c.pendingExtension();
      em.add((id, v, cid, a, at) -> new ExtensionApproved(id, v, cid, a, at, node, amount));
    } else if (command instanceof RejectExtension r) {
      requirePending(c, command, allowed);
      em.add((id, v, cid, a, at) -> new ExtensionRejected(id, v, cid, a, at, node, r.reason()));
    } else if (command instanceof PauseClock p) {
      if (c.paused()) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "the clock is already paused");
      }
      em.add((id, v, cid, a, at) -> new ClockPaused(id, v, cid, a, at, p.reason()));
    } else if (command instanceof ResumeClock) {
      if (!c.paused()) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "the clock is not paused");
      }
      em.add(ClockResumed::new);
    } else if (command instanceof AddNote n) {
      em.add((id, v, cid, a, at) -> new NoteAdded(id, v, cid, a, at, n.text(), n.visibility()));
    } else if (command instanceof NotifyCustomer n) {
      if (n.nextStepDue() != null && n.nextStepDue().isBefore(n.at())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "the next step promised is due at " + n.nextStepDue()
            + ", before the customer is told at " + n.at() + "; a promise is for later");
      }
      em.add((id, v, cid, a, at) -> new CustomerNotified(id, v, cid, a, at, n.channel(), n.kind(), n.text(),
          n.nextStep(), n.nextStepDue()));
    } else if (command instanceof RecordEvidence r) {
      if (r.collectedAt().isAfter(r.at())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "evidence collected at " + r.collectedAt()
            + " cannot be recorded at " + r.at() + ", before it was collected");
      }
      em.add((id, v, cid, a, at) -> new EvidenceRecorded(id, v, cid, a, at, r.description(), r.collectedBy(),
          r.verifiedBy(), r.collectedAt()));
    } else if (command instanceof RequestInstruction r) {
      Instruction pending = c.pendingInstruction();
      if (pending != null) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "a request for instructions is already pending"
            + " (asked by '" + pending.requestedBy() + "' at " + pending.requestedAt() + "); it is answered with"
            + " GiveInstruction before another is asked");
      }
      em.add((id, v, cid, a, at) -> new InstructionRequested(id, v, cid, a, at, r.question()));
    } else if (command instanceof GiveInstruction g) {
      if (c.pendingInstruction() == null) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "no request for instructions is pending; a handler"
            + " asks with RequestInstruction first");
      }
      em.add((id, v, cid, a, at) -> new InstructionGiven(id, v, cid, a, at, g.instruction()));
    } else if (command instanceof ReportIncident r) {
      if (r.reportedAt().isAfter(r.at())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "a report made at " + r.reportedAt()
            + " cannot be recorded at " + r.at() + ", before it was made");
      }
      if (r.reportedAt().isBefore(c.receivedAt())) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "a report made at " + r.reportedAt()
            + " is before the complaint was received at " + c.receivedAt());
      }
      em.add((id, v, cid, a, at) -> new IncidentReported(id, v, cid, a, at, r.reportedTo(), r.summary(),
          r.reportedAt()));
    } else if (command instanceof Withdraw w) {
      em.add((id, v, cid, a, at) -> new ComplaintWithdrawn(id, v, cid, a, at, w.reason()));
    } else if (command instanceof Reopen r) {
      em.add((id, v, cid, a, at) -> new ComplaintReopened(id, v, cid, a, at, r.reason()));
    } else {
      throw new IllegalStateException("unhandled command type " + command.typeName());
    }
  }

  /**
   * A note addressed to the customer is a commitment: only the definition's customer-note roles may write one, and
   * only once the complaint has a confirmed written plan.
   */
  private void checkCustomerNote(Complaint c, Command command, List<String> allowed) {
    if (!(command instanceof AddNote n) || n.visibility() != NoteVisibility.CUSTOMER) {
      return;
    }
    List<String> speakers = definition.customerNoteRoles();
    if (speakers.stream().noneMatch(command.actor()::hasRole)) {
      throw reject(command, c, allowed, Reason.MISSING_ROLE, "actor '" + command.actor().id() + "' with roles "
          + command.actor().roles() + " may not write a note addressed to the customer; "
          + (speakers.isEmpty() ? "workflow '" + definition.id() + "' lets no role write one"
              : "required role: one of " + speakers)
          + " (an internal note needs no such role)");
    }
    if (c.plan() == null || !c.plan().confirmed()) {
      throw reject(command, c, allowed, Reason.GUARD_FAILED, "a note addressed to the customer is refused before"
          + " a written plan is confirmed (" + (c.plan() == null ? "there is no plan" : "the plan is a draft")
          + "): nothing may be promised to the customer before that; write an internal note instead");
    }
  }

  /**
   * Telling the customer follows the discipline rules ② and ⑤ (docs/domain.md): only the definition's
   * customer-note roles speak to the customer; the plan is told only once it is confirmed in writing (in a workflow
   * that has plans), the result only once there is one: a resolution recorded, or the investigation's opinion as
   * the final answer (closed as not substantiated).
   */
  private void checkNotification(Complaint c, Command command, List<String> allowed) {
    if (!(command instanceof NotifyCustomer n)) {
      return;
    }
    List<String> speakers = definition.customerNoteRoles();
    if (speakers.stream().noneMatch(command.actor()::hasRole)) {
      throw reject(command, c, allowed, Reason.MISSING_ROLE, "actor '" + command.actor().id() + "' with roles "
          + command.actor().roles() + " may not tell the customer anything; "
          + (speakers.isEmpty() ? "workflow '" + definition.id() + "' lets no role speak to the customer"
              : "required role: one of " + speakers + " (the definition's customerNoteRoles)"));
    }
    if (n.kind() == NotificationKind.PLAN) {
      boolean hasPlans = definition.nodes().stream().anyMatch(node -> node.commands().contains("DraftPlan"));
      if (!hasPlans) {
        throw reject(command, c, allowed, Reason.INVALID_VALUE, "workflow '" + definition.id() + "' has no written"
            + " plans, so there is no plan to tell the customer");
      }
      if (c.plan() == null || !c.plan().confirmed()) {
        throw reject(command, c, allowed, Reason.GUARD_FAILED, "the customer may be told the plan only once a"
            + " written plan is confirmed (" + (c.plan() == null ? "there is no plan" : "the plan is a draft")
            + "): nothing may be promised to the customer before that");
      }
    }
    if (n.kind() == NotificationKind.RESULT) {
      boolean finalOpinion = c.closed() && Boolean.FALSE.equals(c.substantiated());
      if (c.resolution() == null && !finalOpinion) {
        throw reject(command, c, allowed, Reason.GUARD_FAILED, "the customer may be told the result only once a"
            + " resolution is recorded (or the complaint is closed as not substantiated): until the final"
            + " decision nobody may disclose handling opinions to the customer");
      }
    }
  }

  /**
   * A dispatch that names a routing rule says that rule chose it: the rule must be the one routing chooses for the
   * complaint, and department and owner must be the rule's.
   */
  private void checkRoutedDispatch(Complaint c, Dispatch d, List<String> allowed) {
    Routing routing = definition.routing();
    if (routing == null) {
      throw reject(d, c, allowed, Reason.INVALID_VALUE, "workflow '" + definition.id() + "' has no routing rules,"
          + " so no dispatch can name rule '" + d.rule() + "'; dispatch without a rule");
    }
    Optional<RoutingRule> named = routing.rule(d.rule());
    if (named.isEmpty()) {
      throw reject(d, c, allowed, Reason.INVALID_VALUE, "unknown routing rule '" + d.rule() + "' (rules of workflow '"
          + definition.id() + "': " + routing.rules().stream().map(RoutingRule::id).collect(Collectors.joining(", "))
          + ")");
    }
    Optional<RoutingRule> chosen = route(c);
    if (chosen.isEmpty() || !chosen.get().id().equals(d.rule())) {
      throw reject(d, c, allowed, Reason.INVALID_VALUE, "routing rule '" + d.rule() + "' does not choose complaint "
          + c.id() + " (category " + c.category() + ", org unit " + c.orgUnit() + ", grade " + c.grade() + "): "
          + chosen.map(r -> "routing chooses rule '" + r.id() + "'").orElse("no rule matches it")
          + "; a dispatch chosen by a person names no rule");
    }
    RoutingRule rule = named.get();
    if (!rule.department().equals(d.department()) || !java.util.Objects.equals(rule.owner(), d.assignee())) {
      throw reject(d, c, allowed, Reason.INVALID_VALUE, "routing rule '" + rule.id() + "' dispatches to "
          + rule.department() + "/" + rule.owner() + ", not to " + d.department() + "/" + d.assignee()
          + "; a dispatch chosen by a person names no rule");
    }
  }

  private String notAllowedMessage(Command command, NodeDefinition node) {
    String type = command.typeName();
    boolean anywhere = definition.nodes().stream().anyMatch(n -> n.commands().contains(type));
    return "node " + node.name() + " of workflow '" + definition.id() + "' does not accept " + type
        + (anywhere ? "" : "; no node of this workflow accepts it");
  }

  private void requirePending(Complaint c, Command command, List<String> allowed) {
    if (c.pendingExtension() == null) {
      throw reject(command, c, allowed, Reason.INVALID_VALUE, "no extension request is pending in " + c.node());
    }
  }

  private void checkBelongs(Complaint complaint, Command command) {
    if (!complaint.id().equals(command.complaintId())) {
      throw new IllegalArgumentException("command " + command.commandId() + " is for complaint "
          + command.complaintId() + ", not for complaint " + complaint.id());
    }
    if (!complaint.workflow().equals(definition.id())) {
      throw new IllegalArgumentException("complaint " + complaint.id() + " follows workflow '"
          + complaint.workflow() + "', this engine runs '" + definition.id() + "'");
    }
    if (complaint.node() == null) {
      throw new IllegalArgumentException("complaint " + complaint.id() + " has not entered a node yet");
    }
  }

  private static boolean hasRole(TransitionDefinition t, Command command) {
    return t.roles().isEmpty() || t.roles().stream().anyMatch(command.actor()::hasRole);
  }

  private static String roleMessage(Command command, NodeDefinition node, List<TransitionDefinition> ts) {
    Set<String> roles = new LinkedHashSet<>();
    ts.forEach(t -> roles.addAll(t.roles()));
    return "actor '" + command.actor().id() + "' with roles " + command.actor().roles() + " may not issue "
        + command.typeName() + " in node " + node.name() + "; required role: one of " + roles;
  }

  private String categoryMessage(String code) {
    return "unknown category code '" + code + "' in taxonomy '" + taxonomy.id() + "'; allowed: "
        + taxonomy.categories().stream().map(k -> k.code()).collect(Collectors.joining(", "));
  }

  private String gradeMessage(Grade grade) {
    return "grade " + grade + " is not in the grade scale; allowed: " + gradeScale.allowed();
  }

  private static CommandRejectedException reject(Command command, @Nullable Complaint complaint, List<String> allowed,
      Reason reason, String detail) {
    return new CommandRejectedException(command.complaintId(), complaint == null ? null : complaint.node(),
        command.typeName(), command.commandId(), allowed, reason, detail);
  }

  /** Creates one event from the command's metadata and the next version. */
  @FunctionalInterface
  private interface EventFactory {
    ComplaintEvent create(String complaintId, long version, String commandId, String actor, Instant at);
  }

  /** Collects the events of one command, applying each to a tentative state. */
  private static final class Emitter {
    private final Command command;
    private final List<ComplaintEvent> events = new ArrayList<>();
    private Complaint state;

    Emitter(Complaint state, Command command) {
      this.state = state;
      this.command = command;
    }

    void add(EventFactory factory) {
      ComplaintEvent e = factory.create(state.id(), state.version() + 1, command.commandId(),
          command.actor().id(), command.at());
      state = Folding.apply(state, e);
      events.add(e);
    }
  }
}
