package dev.complaints.scoring.penalty;

/** The penalty rules of the mall rules (docs/domain.md), each with a stable id used in JSON output. */
public enum PenaltyRule {
  /** A unit's quarterly score below the unit threshold (80): ladder 0.5 % / 1 % / 5 % of base salary. */
  UNIT_QUARTER_BELOW_THRESHOLD("unit-quarter-below-80"),
  /** A unit's quarterly score below 80: 0.5 % of the base salary of its region's general manager. */
  REGION_GM_FOR_UNIT_BELOW_THRESHOLD("region-gm-unit-below-80"),
  /** The last-ranked region with a quarterly score below 90: 0.25 %, or 1 % from the second time. */
  REGION_LAST_BELOW_THRESHOLD("region-last-below-90"),
  /** Monthly fine per node red light (节点红灯). */
  FINE_RED_LIGHT("fine-red-light"),
  /** Monthly fine per concealed or unreported complaint finding (瞒报漏报). */
  FINE_CONCEALED("fine-concealed"),
  /** Monthly fine per channel publicity non-compliance finding (渠道公示不合规). */
  FINE_PUBLICITY("fine-publicity");

  private final String id;

  PenaltyRule(String id) {
    this.id = id;
  }

  /**
   * The stable id.
   *
   * @return for example {@code "unit-quarter-below-80"}
   */
  public String id() {
    return id;
  }
}
