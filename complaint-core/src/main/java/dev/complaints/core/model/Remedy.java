package dev.complaints.core.model;

/** The remedy a complainant seeks or a plan offers. */
public enum Remedy {
  /** 退款. */
  REFUND,
  /** 退换货. */
  RETURN_EXCHANGE,
  /** 赔偿. */
  COMPENSATION,
  /** 道歉. */
  APOLOGY,
  /** 维修. */
  REPAIR,
  /** 解释说明. */
  EXPLANATION,
  /** 服务改进. */
  SERVICE_IMPROVEMENT
}
