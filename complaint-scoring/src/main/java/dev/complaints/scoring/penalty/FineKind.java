package dev.complaints.scoring.penalty;

/** What a monthly fine is for (处罚 3 of the mall rules, docs/domain.md). */
public enum FineKind {
  /** 节点红灯: a node visit that turned red. */
  RED_LIGHT(PenaltyRule.FINE_RED_LIGHT, "node red light", "节点红灯"),
  /** 瞒报漏报: a concealed or unreported complaint found by inspection. */
  CONCEALED(PenaltyRule.FINE_CONCEALED, "concealed or unreported complaint", "瞒报漏报"),
  /** 渠道公示不合规: a channel publicity non-compliance finding. */
  PUBLICITY(PenaltyRule.FINE_PUBLICITY, "channel publicity non-compliance", "渠道公示不合规");

  private final PenaltyRule rule;
  private final String english;
  private final String chinese;

  FineKind(PenaltyRule rule, String english, String chinese) {
    this.rule = rule;
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * The rule this kind of fine applies.
   *
   * @return the rule
   */
  public PenaltyRule rule() {
    return rule;
  }

  /**
   * English description.
   *
   * @return for example "node red light"
   */
  public String english() {
    return english;
  }

  /**
   * Chinese description.
   *
   * @return for example "节点红灯"
   */
  public String chinese() {
    return chinese;
  }
}
