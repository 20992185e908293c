package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.internal.Wording;

/**
 * Telephony figures of a unit for a month (电话接通率 input).
 *
 * @param offered calls offered
 * @param answered calls answered, at most {@code offered}
 */
public record CallStats(long offered, long answered) {

  /**
   * Validates the figures.
   *
   * @param offered non-negative
   * @param answered non-negative, at most offered
   */
  public CallStats {
    if (offered < 0) {
      throw new FieldException("offered", Wording.mustBe(Wording.integer(0, Long.MAX_VALUE), "" + offered));
    }
    if (answered < 0) {
      throw new FieldException("answered", Wording.mustBe(Wording.integer(0, Long.MAX_VALUE), "" + answered));
    }
    if (answered > offered) {
      throw new FieldException("answered", Wording.mustBe("at most offered, " + offered, "" + answered));
    }
  }

  @JsonCreator
  static CallStats json(@JsonProperty("offered") JsonNode offered, @JsonProperty("answered") JsonNode answered) {
    return new CallStats(Fields.longCount(offered, "offered"), Fields.longCount(answered, "answered"));
  }
}
