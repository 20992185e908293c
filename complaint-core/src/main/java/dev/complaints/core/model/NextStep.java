package dev.complaints.core.model;

import dev.complaints.core.internal.Checks;
import java.time.Instant;

/**
 * The next step promised to the customer and when it is due (告知顾客处理流程和时间).
 *
 * @param description what happens next, not blank
 * @param due when it is due
 */
public record NextStep(String description, Instant due) {

  /**
   * Creates a next step.
   *
   * @param description what happens next, not blank
   * @param due when it is due, not null
   */
  public NextStep {
    Checks.notBlank(description, "next step description");
    Checks.notNull(due, "next step due");
  }
}
