package dev.complaints.core.model;

/**
 * Result of a return visit (回访), from most to least satisfied. {@link #VERY_SATISFIED} and
 * {@link #SATISFIED} count as satisfied in the satisfaction rate.
 */
public enum Satisfaction {
  /** 非常满意. */
  VERY_SATISFIED,
  /** 满意. */
  SATISFIED,
  /** 一般. */
  NEUTRAL,
  /** 不满意. */
  DISSATISFIED,
  /** 非常不满意. */
  VERY_DISSATISFIED;

  /**
   * Whether this result counts as satisfied for the satisfaction rate.
   *
   * @return true for {@link #VERY_SATISFIED} and {@link #SATISFIED}
   */
  public boolean isSatisfied() {
    return this == VERY_SATISFIED || this == SATISFIED;
  }
}
