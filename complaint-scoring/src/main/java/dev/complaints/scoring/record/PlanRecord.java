package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The handling plan of a ticket (处理方案), for plan effectiveness: when the last confirmed plan was due, when it
 * was carried out, and how many plans were drafted (more than one is a reworked plan, 返工).
 *
 * @param due when the last confirmed plan was due
 * @param doneAt when the handling was recorded as carried out after that confirmation; null while it is not
 * @param drafts how many plans were drafted for the ticket, at least 1
 */
public record PlanRecord(Instant due, @Nullable Instant doneAt, int drafts) {

  /**
   * Validates the plan.
   *
   * @param due not null
   * @param doneAt the instant it was carried out, or null
   * @param drafts at least 1
   */
  public PlanRecord {
    Fields.required(due, "due");
    if (drafts < 1) {
      throw new FieldException("drafts", "must be at least 1 (found " + drafts + ")");
    }
  }

  /**
   * A plan drafted once.
   *
   * @param due when it was due
   * @param doneAt when it was carried out, or null
   * @return the record
   */
  public static PlanRecord of(Instant due, @Nullable Instant doneAt) {
    return new PlanRecord(Objects.requireNonNull(due, "due"), doneAt, 1);
  }

  /**
   * Whether more than one plan was drafted (the first one was reworked).
   *
   * @return true when {@code drafts > 1}
   */
  public boolean reworked() {
    return drafts > 1;
  }

  @JsonCreator
  static PlanRecord json(
      @JsonProperty("due") String due,
      @JsonProperty("doneAt") String doneAt,
      @JsonProperty("drafts") JsonNode drafts) {
    int n = drafts == null || drafts.isNull() ? 1 : Fields.count(drafts, "drafts");
    return new PlanRecord(Fields.instant(due, "due"), Fields.optionalInstant(doneAt, "doneAt"), n);
  }
}
