package dev.complaints.sla.timer;

/** State of an SLA timer at an instant. */
public enum TimerState {
  /** Counting; see the level for its light. */
  RUNNING,
  /** Started and not stopped, but not counting (clock paused or a pause node). */
  PAUSED,
  /** Stopped with elapsed &le; limit. */
  MET,
  /** Stopped with elapsed &gt; limit; the level is the highest reached. */
  BREACHED,
  /** Ended without a result (for example the complaint was withdrawn). */
  CANCELLED;

  /**
   * Whether the timer is still open (running or paused).
   *
   * @return true for RUNNING and PAUSED
   */
  public boolean isOpen() {
    return this == RUNNING || this == PAUSED;
  }
}
