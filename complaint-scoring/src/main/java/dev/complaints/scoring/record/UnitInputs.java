package dev.complaints.scoring.record;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.complaints.core.json.internal.Wording;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Monthly figures of a unit that come from outside the complaint data: inspection findings and telephony.
 * Missing publicity and on-site counts are 0. The concealment and unreported-incident figures may be left out:
 * the scorecard then counts them from the tickets (MAJOR and CRITICAL tickets not reported upward in time,
 * docs/domain.md "Reporting upward"); when given, the given figure is used as it is.
 *
 * @param unit the unit
 * @param period the month they apply to
 * @param region the unit's region; null when not given
 * @param publicityFindings channel publicity findings (公示规范性)
 * @param onSiteFindings on-site acceptance findings (现场受理)
 * @param concealedFindings concealed / unreported complaint findings (瞒报漏报); null when not given (counted from the
 *     tickets)
 * @param unreportedIncidents major complaints or incidents not reported as the rules require; null when not given
 *     (counted from the tickets)
 * @param calls telephony figures; null when unknown (the answer rate is then not applicable)
 */
public record UnitInputs(
    String unit,
    YearMonth period,
    @Nullable String region,
    int publicityFindings,
    int onSiteFindings,
    @Nullable Integer concealedFindings,
    @Nullable Integer unreportedIncidents,
    @Nullable CallStats calls) {

  /**
   * Validates the inputs.
   *
   * @param unit not blank
   * @param period not null
   * @param region null, or not blank
   * @param publicityFindings non-negative
   * @param onSiteFindings non-negative
   * @param concealedFindings null, or non-negative
   * @param unreportedIncidents null, or non-negative
   * @param calls the telephony figures, or null
   */
  public UnitInputs {
    unit = Fields.text(unit, "unit");
    Fields.required(period, "period");
    if (region != null) {
      Fields.text(region, "region");
    }
    Fields.count(publicityFindings, "publicityFindings");
    Fields.count(onSiteFindings, "onSiteFindings");
    if (concealedFindings != null) {
      Fields.count(concealedFindings, "concealedFindings");
    }
    if (unreportedIncidents != null) {
      Fields.count(unreportedIncidents, "unreportedIncidents");
    }
  }

  /**
   * Inputs with the publicity and on-site counts 0, the concealment and unreported-incident figures not given
   * (counted from the tickets) and no telephony figures: what a unit without an inputs entry is scored with.
   *
   * @param unit the unit
   * @param period the month
   * @return empty inputs
   */
  public static UnitInputs none(String unit, YearMonth period) {
    return new UnitInputs(unit, period, null, 0, 0, null, null, null);
  }

  @JsonCreator
  static UnitInputs json(
      @JsonProperty("unit") String unit,
      @JsonProperty("period") String period,
      @JsonProperty("region") String region,
      @JsonProperty("publicityFindings") JsonNode publicityFindings,
      @JsonProperty("onSiteFindings") JsonNode onSiteFindings,
      @JsonProperty("concealedFindings") JsonNode concealedFindings,
      @JsonProperty("unreportedIncidents") JsonNode unreportedIncidents,
      @JsonProperty("calls") CallStats calls) {
    YearMonth p;
    try {
      p = YearMonth.parse(Fields.required(period, "period"));
    } catch (DateTimeParseException e) {
      throw new FieldException("period", Wording.mustBe(Wording.MONTH, Wording.found(period)));
    }
    return new UnitInputs(
        Fields.text(unit, "unit"),
        p,
        Fields.optionalText(region, "region"),
        Fields.count(publicityFindings, "publicityFindings"),
        Fields.count(onSiteFindings, "onSiteFindings"),
        Fields.optionalCount(concealedFindings, "concealedFindings"),
        Fields.optionalCount(unreportedIncidents, "unreportedIncidents"),
        calls);
  }
}
