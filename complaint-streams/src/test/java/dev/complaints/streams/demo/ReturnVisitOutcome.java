package dev.complaints.streams.demo;

/** How the simulated return visit (集团回访) of a complaint ends. */
public enum ReturnVisitOutcome {
  /** 非常满意: closed. */
  VERY_SATISFIED,
  /** 满意: closed. */
  SATISFIED,
  /** 一般: closed, counts against the satisfaction rate. */
  NEUTRAL,
  /** 不满意并关闭: dissatisfied, closed as such. */
  DISSATISFIED_CLOSE,
  /** 不满意并升级: dissatisfied, graded up and sent back to planning, then handled again. */
  DISSATISFIED_ESCALATE,
  /** 不便回访: the customer cannot be reached or asked not to be called; left out of the satisfaction rate. */
  EXEMPT
}
