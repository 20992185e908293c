package dev.complaints.scoring.penalty;

/** The commendation rules of a {@link RewardLadder} (奖励机制, docs/domain.md), each with a stable id used in JSON. */
public enum CommendationRule {
  /** A unit whose quarterly score reaches the threshold (95) with no more red lights than allowed (none). */
  UNIT_QUARTER("unit-quarter-commendation"),
  /** A region ranked first (or within the top ranks allowed) whose quarterly score reaches the threshold (95). */
  REGION_RANK("region-rank-commendation");

  private final String id;

  CommendationRule(String id) {
    this.id = id;
  }

  /**
   * The stable id.
   *
   * @return for example {@code "unit-quarter-commendation"}
   */
  public String id() {
    return id;
  }
}
