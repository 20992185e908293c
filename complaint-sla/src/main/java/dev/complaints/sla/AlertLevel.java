package dev.complaints.sla;

/**
 * Alert light of a running SLA timer (黄灯 / 红灯), ordered by severity.
 *
 * <p>With <em>elapsed</em> the working time spent in the timer (pauses removed) and <em>limit</em> the
 * target plus approved extensions: {@link #YELLOW} when elapsed &ge; 60 % of limit, {@link #RED_1} when
 * elapsed &gt; limit, {@link #RED_2} when elapsed &ge; 150 %, {@link #RED_3} when elapsed &ge; 200 % (the
 * RED_2 and RED_3 points are configurable).
 */
public enum AlertLevel {
  /** Within time, below the warning point. */
  NONE,
  /** 黄灯: 40 % or less of the limit remains. */
  YELLOW,
  /** 红灯 level 1: past the deadline. */
  RED_1,
  /** 红灯 level 2: by default 150 % of the limit used (an assumption; the source does not define it). */
  RED_2,
  /** 红灯 level 3: by default 200 % of the limit used (an assumption; the source does not define it). */
  RED_3;

  /**
   * Whether this level is a red light ({@code RED_1}, {@code RED_2} or {@code RED_3}).
   *
   * @return true for the red levels
   */
  public boolean isRed() {
    return compareTo(RED_1) >= 0;
  }
}
