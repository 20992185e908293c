package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.model.Satisfaction;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of the return visit (回访): either a satisfaction result or an exemption (不便回访), never both.
 *
 * @param result the customer's answer; null exactly when exempt
 * @param exempt whether the return visit was exempted (left out of the satisfaction rate)
 */
public record ReturnVisitRecord(@Nullable Satisfaction result, boolean exempt) {

  /**
   * Validates that exactly one of result and exemption is given.
   *
   * @param result the answer
   * @param exempt the exemption
   */
  public ReturnVisitRecord {
    if ((result != null) == exempt) {
      throw new FieldException(
          "result", "must give either a result or \"exempt\": true (found " + (exempt ? "both" : "neither") + ")");
    }
  }

  /**
   * A visit with a result.
   *
   * @param result the answer
   * @return the record
   */
  public static ReturnVisitRecord of(Satisfaction result) {
    return new ReturnVisitRecord(Objects.requireNonNull(result, "result"), false);
  }

  /**
   * An exempted visit.
   *
   * @return the record
   */
  public static ReturnVisitRecord exempted() {
    return new ReturnVisitRecord(null, true);
  }

  @JsonCreator
  static ReturnVisitRecord json(
      @JsonProperty("result") String result, @JsonProperty("exempt") JsonNode exempt) {
    Satisfaction r = result == null ? null : Fields.enumValue(Satisfaction.class, result, "result");
    return new ReturnVisitRecord(r, Fields.flag(exempt, "exempt"));
  }
}
