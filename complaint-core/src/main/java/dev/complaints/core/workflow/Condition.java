package dev.complaints.core.workflow;

import dev.complaints.core.command.Command;
import dev.complaints.core.command.RecordCustomerResponse;
import dev.complaints.core.command.RecordInvestigation;
import dev.complaints.core.command.RecordReturnVisit;
import dev.complaints.core.model.Complaint;
import org.jspecify.annotations.Nullable;

/**
 * A named predicate used by workflow definitions, both to choose between transitions of the same command
 * ({@code when}) and as a guard that must hold ({@code guards}, node {@code entryGuards}). State conditions look
 * at the complaint as it would be after the command's own effects; command conditions look at the command and
 * only apply to one command type.
 */
public enum Condition {
  /** A written plan exists (draft or confirmed). */
  PLAN_DRAFTED(null, "a written plan exists"),
  /** A written plan exists and is confirmed. */
  PLAN_CONFIRMED(null, "a confirmed written plan exists"),
  /** The complaint has a grade. */
  GRADE_SET(null, "the complaint is graded"),
  /** The complaint can still be escalated: its grade is below the top of the grade scale. */
  GRADE_BELOW_TOP(null, "the grade is below the highest grade of the scale"),
  /** A resolution is recorded. */
  RESOLUTION_RECORDED(null, "a resolution is recorded"),
  /** An extension request is pending in the current node. */
  EXTENSION_PENDING(null, "an extension request is pending"),
  /** No extension request is pending in the current node. */
  NO_EXTENSION_PENDING(null, "no extension request is pending"),
  /** SLA timing is paused. */
  PAUSED(null, "the clock is paused"),
  /** SLA timing is running. */
  NOT_PAUSED(null, "the clock is not paused"),
  /** A request to waive the return visit is pending in the current node. */
  EXEMPTION_REQUESTED(null, "a request to waive the return visit is pending"),
  /** The complaint was escalated to the leadership group at classification. */
  ESCALATED_TO_LEADERSHIP(null, "the complaint was escalated to the leadership group"),
  /** The complaint was not escalated to the leadership group. */
  NOT_ESCALATED_TO_LEADERSHIP(null, "the complaint was not escalated to the leadership group"),
  /** The customer agreed to the current plan. */
  CUSTOMER_AGREED(null, "the customer agreed to the plan"),
  /** {@code RecordCustomerResponse}: the customer agrees. */
  AGREED("RecordCustomerResponse", "the customer agrees"),
  /** {@code RecordCustomerResponse}: the customer disagrees. */
  DISAGREED("RecordCustomerResponse", "the customer disagrees"),
  /** {@code RecordReturnVisit}: satisfied or very satisfied. */
  SATISFIED("RecordReturnVisit", "the customer is satisfied"),
  /** {@code RecordReturnVisit}: neutral, dissatisfied or very dissatisfied. */
  NOT_SATISFIED("RecordReturnVisit", "the customer is not satisfied"),
  /** {@code RecordReturnVisit}: escalation is asked for. */
  ESCALATE("RecordReturnVisit", "escalation is asked for"),
  /** {@code RecordReturnVisit}: no escalation is asked for. */
  NO_ESCALATE("RecordReturnVisit", "no escalation is asked for"),
  /** {@code RecordInvestigation}: the complaint is substantiated. */
  SUBSTANTIATED("RecordInvestigation", "the complaint is substantiated"),
  /** {@code RecordInvestigation}: the complaint is not substantiated. */
  NOT_SUBSTANTIATED("RecordInvestigation", "the complaint is not substantiated");

  private final @Nullable String commandType;
  private final String description;

  Condition(@Nullable String commandType, String description) {
    this.commandType = commandType;
    this.description = description;
  }

  /**
   * The only command type this condition applies to.
   *
   * @return the command type name, or null for a state condition that applies to any command
   */
  public @Nullable String commandType() {
    return commandType;
  }

  /**
   * What the condition means, for messages.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Evaluates the condition.
   *
   * @param complaint the complaint as it would be after the command's own effects
   * @param command the command
   * @param engine the engine (for the grade scale)
   * @return whether it holds
   */
  boolean test(Complaint complaint, Command command, WorkflowEngine engine) {
    switch (this) {
      case PLAN_DRAFTED:
        return complaint.plan() != null;
      case PLAN_CONFIRMED:
        return complaint.plan() != null && complaint.plan().confirmed();
      case GRADE_SET:
        return complaint.grade() != null;
      case GRADE_BELOW_TOP:
        return engine.gradeScale().next(complaint.grade()).isPresent();
      case RESOLUTION_RECORDED:
        return complaint.resolution() != null;
      case EXTENSION_PENDING:
        return complaint.pendingExtension() != null;
      case NO_EXTENSION_PENDING:
        return complaint.pendingExtension() == null;
      case PAUSED:
        return complaint.paused();
      case NOT_PAUSED:
        return !complaint.paused();
      case EXEMPTION_REQUESTED:
        return complaint.returnVisitExemptionRequested();
      case ESCALATED_TO_LEADERSHIP:
        return complaint.escalatedToLeadership();
      case NOT_ESCALATED_TO_LEADERSHIP:
        return !complaint.escalatedToLeadership();
      case CUSTOMER_AGREED:
        return complaint.customerAgreed();
      case AGREED:
        return command instanceof RecordCustomerResponse r && r.agreed();
      case DISAGREED:
        return command instanceof RecordCustomerResponse r && !r.agreed();
      case SATISFIED:
        return command instanceof RecordReturnVisit r && r.result().isSatisfied();
      case NOT_SATISFIED:
        return command instanceof RecordReturnVisit r && !r.result().isSatisfied();
      case ESCALATE:
        return command instanceof RecordReturnVisit r && r.escalate();
      case NO_ESCALATE:
        return command instanceof RecordReturnVisit r && !r.escalate();
      case SUBSTANTIATED:
        return command instanceof RecordInvestigation r && r.substantiated();
      case NOT_SUBSTANTIATED:
        return command instanceof RecordInvestigation r && !r.substantiated();
      default:
        throw new IllegalStateException("unhandled condition " + this);
    }
  }
}
