package dev.complaints.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.complaints.core.event.ComplaintEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A complaint (投诉): intake data, the current state of its workflow instance (工单) and its full event
 * history. A complaint is the fold of its events ({@code WorkflowEngine.replay}); it is never edited directly, and
 * there is no builder: the implementation is package-private, so a host gets complaint states only from the
 * engine's fold of events (or from the JSON of one, {@code Json.mapper()}).
 *
 * <p>{@link #toString()} masks the complainant's personal data; {@link #customerView()} gives what the customer
 * may see (no internal notes, no draft plans, no history).
 */
@Value.Immutable
// the string forms: enum constants in the class file would make javac warn in every build without Immutables
@Value.Style(visibilityString = "PACKAGE", builderVisibilityString = "PACKAGE")
@JsonSerialize(as = ImmutableComplaint.class)
@JsonDeserialize(as = ImmutableComplaint.class)
public abstract class Complaint {

  /** Only the generated implementation extends this class. */
  Complaint() {}

  /**
   * Unique id of the complaint.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Id of the workflow definition the complaint follows.
   *
   * @return the workflow id, for example {@code mall-ticket}
   */
  public abstract String workflow();

  /**
   * Intake channel.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * The complainant (personal data).
   *
   * @return the complainant
   */
  public abstract Complainant complainant();

  /**
   * When the customer complained.
   *
   * @return the instant
   */
  public abstract Instant receivedAt();

  /**
   * Merchant, store or service involved.
   *
   * @return the subject
   */
  public abstract Subject subject();

  /**
   * Category code in the workflow's taxonomy.
   *
   * @return the code
   */
  public abstract String category();

  /**
   * What the customer says.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Remedies the customer asks for.
   *
   * @return the remedies, may be empty
   */
  public abstract List<Remedy> remediesSought();

  /**
   * Needs behind the complaint (the five customer needs of docs/domain.md).
   *
   * @return the needs, may be empty
   */
  public abstract List<CustomerNeed> needs();

  /**
   * Current grade.
   *
   * @return the grade, null before grading
   */
  public abstract @Nullable Grade grade();

  /**
   * Responsible org unit (plaza, store).
   *
   * @return the org unit or null
   */
  public abstract @Nullable String orgUnit();

  /**
   * Responsible department.
   *
   * @return the department, null before dispatch
   */
  public abstract @Nullable String department();

  /**
   * Owner within the department.
   *
   * @return the assignee or null
   */
  public abstract @Nullable String assignee();

  /**
   * Current workflow node.
   *
   * @return the node name; null only between {@code ComplaintReceived} and the first {@code NodeEntered}, never
   *     after a whole command has been applied
   */
  public abstract @Nullable String node();

  /**
   * Version: the number of events folded so far.
   *
   * @return the version, at least 1
   */
  public abstract long version();

  /**
   * Whether the complaint is closed (in a terminal node).
   *
   * @return true when closed
   */
  @Value.Default
  public boolean closed() {
    return false;
  }

  /**
   * Reason of the last closure.
   *
   * @return the reason, null while open
   */
  public abstract @Nullable String closureReason();

  /**
   * Whether the customer withdrew the complaint (and it has not been reopened since).
   *
   * @return true when withdrawn
   */
  @Value.Default
  public boolean withdrawn() {
    return false;
  }

  /**
   * Whether the investigation found the complaint substantiated.
   *
   * @return true, false, or null before investigation
   */
  public abstract @Nullable Boolean substantiated();

  /**
   * The investigation opinion (internal).
   *
   * @return the opinion or null
   */
  public abstract @Nullable String investigationOpinion();

  /**
   * Whether the complaint was escalated to the leadership group.
   *
   * @return true when escalated
   */
  @Value.Default
  public boolean escalatedToLeadership() {
    return false;
  }

  /**
   * The current written plan, draft or confirmed.
   *
   * @return the plan or null
   */
  public abstract @Nullable Plan plan();

  /**
   * Whether the customer agreed to the current confirmed plan.
   *
   * @return true when agreed
   */
  @Value.Default
  public boolean customerAgreed() {
    return false;
  }

  /**
   * The recorded resolution.
   *
   * @return what was done, or null
   */
  public abstract @Nullable String resolution();

  /**
   * The last return-visit result.
   *
   * @return the result or null
   */
  public abstract @Nullable Satisfaction returnVisit();

  /**
   * Whether the return visit was exempted (不便回访).
   *
   * @return true when exempted
   */
  @Value.Default
  public boolean returnVisitExempted() {
    return false;
  }

  /**
   * Whether a request to waive the return visit (不便回访申请) is pending in the current node.
   *
   * @return true from {@code ReturnVisitExemptionRequested} until it is refused or the node is left
   */
  @Value.Default
  public boolean returnVisitExemptionRequested() {
    return false;
  }

  /**
   * The written reason of the last decision to close the complaint unresolved.
   *
   * @return the reason, null unless the complaint is closed as {@link ClosureReason#UNRESOLVED}
   */
  public abstract @Nullable String unresolvedReason();

  /**
   * Whether the complaint is closed unresolved: closed by an explicit decision without a satisfied customer.
   *
   * @return true when closed with the reason {@link ClosureReason#UNRESOLVED}
   */
  public boolean closedUnresolved() {
    return closed() && ClosureReason.UNRESOLVED.equals(closureReason());
  }

  /**
   * Whether SLA timing is paused.
   *
   * @return true when paused
   */
  @Value.Default
  public boolean paused() {
    return false;
  }

  /**
   * The amount of a pending extension request for the current node.
   *
   * @return the amount, or null when none is pending
   */
  public abstract @Nullable Duration pendingExtension();

  /**
   * Notes, internal and customer-visible, in order.
   *
   * @return the notes
   */
  public abstract List<Note> notes();

  /**
   * What the customer was told, in order ({@code NotifyCustomer}).
   *
   * @return the notifications
   */
  public abstract List<Notification> notifications();

  /**
   * The next step the customer was last promised: the one given with the latest notification.
   *
   * @return the next step and its due instant, or null when the latest notification promised none (or there is
   *     none)
   */
  public abstract @Nullable NextStep nextStep();

  /**
   * The evidence recorded on the investigation, in order ({@code RecordEvidence}). Internal: never in the
   * customer-facing view.
   *
   * @return the evidence records
   */
  public abstract List<Evidence> evidence();

  /**
   * The requests for instructions and the instructions given, in order ({@code RequestInstruction},
   * {@code GiveInstruction}). Internal: never in the customer-facing view.
   *
   * @return the requests, the last one possibly pending
   */
  public abstract List<Instruction> instructions();

  /**
   * The request for instructions that waits for an answer.
   *
   * @return the pending request, or null when none is pending
   */
  public @Nullable Instruction pendingInstruction() {
    List<Instruction> all = instructions();
    Instruction last = all.isEmpty() ? null : all.get(all.size() - 1);
    return last != null && last.pending() ? last : null;
  }

  /**
   * The reports of the complaint upward, in order ({@code ReportIncident}; docs/domain.md "Reporting upward").
   * Internal: never in the customer-facing view.
   *
   * @return the reports
   */
  public abstract List<IncidentReport> reports();

  /**
   * When the complaint was first reported upward.
   *
   * @return the earliest {@link IncidentReport#reportedAt()}, or null when it was never reported
   */
  public @Nullable Instant reportedAt() {
    Instant first = null;
    for (IncidentReport r : reports()) {
      if (first == null || r.reportedAt().isBefore(first)) {
        first = r.reportedAt();
      }
    }
    return first;
  }

  /**
   * How many times the complaint was reopened.
   *
   * @return the count
   */
  @Value.Default
  public int reopenCount() {
    return 0;
  }

  /**
   * Every event of the complaint, in version order.
   *
   * @return the history
   */
  public abstract List<ComplaintEvent> history();

  /**
   * Whether an event in the history was caused by that command.
   *
   * @param commandId the command id
   * @return true when the command was already applied
   */
  public boolean hasApplied(String commandId) {
    for (ComplaintEvent e : history()) {
      if (e.commandId().equals(commandId)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The view the customer may see: personal data masked, no internal notes, a plan only once confirmed, the
   * investigation opinion only when it is the final answer (closed as not substantiated), what the customer was
   * told and the next step promised, no history.
   *
   * @return the customer-facing view
   */
  public CustomerView customerView() {
    Plan p = plan();
    boolean opinionIsFinal = closed() && Boolean.FALSE.equals(substantiated());
    return new CustomerView(id(), channel(), complainant().masked(), receivedAt(), subject(), category(),
        description(), remediesSought(), grade(), node(), closed(), closureReason(),
        p != null && p.confirmed() ? p : null, resolution(), returnVisit(),
        opinionIsFinal ? investigationOpinion() : null,
        notes().stream().filter(n -> n.visibility() == NoteVisibility.CUSTOMER).collect(Collectors.toList()),
        notifications(), nextStep());
  }

  /** Checks the invariants of a complaint. */
  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new IllegalStateException("complaint version must be at least 1, was " + version());
    }
    String node = node();
    if (id().isBlank() || workflow().isBlank() || (node != null && node.isBlank())) {
      throw new IllegalStateException("complaint id, workflow and node must not be blank");
    }
  }
}
