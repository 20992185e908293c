package dev.complaints.scoring.rubric;

import dev.complaints.scoring.record.UnitInputs;
import java.util.Arrays;
import java.util.Optional;

/** A count from the monthly unit inputs that a per-finding rule deducts for. */
public enum Finding {
  /** Channel publicity findings (公示规范性). */
  PUBLICITY("publicityFindings", "finding", "项问题"),
  /** On-site acceptance findings (现场受理). */
  ON_SITE("onSiteFindings", "finding", "项问题"),
  /** Concealed / unreported complaint findings (瞒报漏报). */
  CONCEALED("concealedFindings", "finding", "项问题"),
  /** Major complaints or incidents not reported as required. */
  UNREPORTED_INCIDENTS("unreportedIncidents", "unreported incident", "起未按规定上报的重大投诉或事件");

  private final String code;
  private final String nounEn;
  private final String nounZh;

  Finding(String code, String nounEn, String nounZh) {
    this.code = code;
    this.nounEn = nounEn;
    this.nounZh = nounZh;
  }

  /**
   * The field name in the unit inputs and rubric JSON.
   *
   * @return the code, for example {@code publicityFindings}
   */
  public String code() {
    return code;
  }

  /**
   * Reads the count off a unit's inputs.
   *
   * @param in the inputs
   * @return the count
   */
  public int count(UnitInputs in) {
    return switch (this) {
      case PUBLICITY -> in.publicityFindings();
      case ON_SITE -> in.onSiteFindings();
      case CONCEALED -> in.concealedFindings();
      case UNREPORTED_INCIDENTS -> in.unreportedIncidents();
    };
  }

  String countEn(long n) {
    return n + " " + nounEn + (n == 1 ? "" : "s");
  }

  String countZh(long n) {
    return n + " " + nounZh;
  }

  /**
   * Looks a code up.
   *
   * @param code the JSON code
   * @return the finding, if known
   */
  public static Optional<Finding> ofCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }
}
