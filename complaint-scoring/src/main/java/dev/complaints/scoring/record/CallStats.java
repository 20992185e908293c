package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

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
      throw new FieldException("offered", "must not be negative, was " + offered);
    }
    if (answered < 0) {
      throw new FieldException("answered", "must not be negative, was " + answered);
    }
    if (answered > offered) {
      throw new FieldException("answered", answered + " is more than offered " + offered);
    }
  }

  @JsonCreator
  static CallStats json(@JsonProperty("offered") Long offered, @JsonProperty("answered") Long answered) {
    return new CallStats(Fields.required(offered, "offered"), Fields.required(answered, "answered"));
  }
}
