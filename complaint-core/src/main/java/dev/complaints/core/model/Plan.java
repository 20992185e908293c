package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * A written handling plan (处理方案): remedy, owner and due instant. A draft plan is internal; only a
 * confirmed plan may be communicated to the customer.
 *
 * @param remedy the remedy offered
 * @param owner who carries it out, not blank
 * @param due when it is due
 * @param description the plan's text, not blank
 * @param confirmed whether the plan has been confirmed in writing
 */
public record Plan(Remedy remedy, String owner, Instant due, String description, boolean confirmed) {

  /**
   * Creates a plan.
   *
   * @param remedy the remedy, not null
   * @param owner the owner, not blank
   * @param due the due instant, not null
   * @param description the text, not blank
   * @param confirmed whether it is confirmed
   */
  public Plan {
    Checks.notNull(remedy, "plan remedy");
    Checks.notBlank(owner, "plan owner");
    Checks.notNull(due, "plan due");
    Checks.notBlank(description, "plan description");
  }

  /**
   * This plan marked confirmed or draft.
   *
   * @param value whether it is confirmed
   * @return the plan with that state
   */
  public Plan withConfirmed(boolean value) {
    return new Plan(remedy, owner, due, description, value);
  }
}
