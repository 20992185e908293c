package dev.complaints.scoring.penalty;

/** Who a penalty decision applies to (责任人). */
public enum Role {
  /** 广场管理责任人: the person responsible for the unit (plaza). */
  UNIT_MANAGER("unit manager", "广场管理责任人"),
  /** 城市公司总经理: the general manager of the region (city company). */
  REGION_GENERAL_MANAGER("region general manager", "城市公司总经理"),
  /** 地方商管公司运营经理: the operations manager of the unit's local management company. */
  OPERATIONS_MANAGER("operations manager", "运营经理"),
  /** 分管副总: the deputy general manager in charge. */
  DEPUTY_GENERAL_MANAGER("deputy general manager", "分管副总"),
  /** 总经理: the general manager of the unit's local management company. */
  GENERAL_MANAGER("general manager", "总经理");

  private final String english;
  private final String chinese;

  Role(String english, String chinese) {
    this.english = english;
    this.chinese = chinese;
  }

  /**
   * The English name.
   *
   * @return for example "operations manager"
   */
  public String english() {
    return english;
  }

  /**
   * The Chinese name used by the source rules.
   *
   * @return for example "运营经理"
   */
  public String chinese() {
    return chinese;
  }
}
