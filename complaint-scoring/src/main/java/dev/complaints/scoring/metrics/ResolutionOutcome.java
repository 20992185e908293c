package dev.complaints.scoring.metrics;

/** How one ticket counts in the 24-hour resolution rate at the report instant. */
public enum ResolutionOutcome {
  /** Not GENERAL, or in an excluded category. */
  NOT_ELIGIBLE,
  /** Eligible, but closed without ever entering HANDLING: left out of eligible, resolved and pending. */
  LEFT_OUT,
  /** Not decided yet: counted in eligible and pending, left out of the rate. */
  PENDING,
  /** Handling finished within the window. */
  RESOLVED,
  /** Handling finished after the window, or the window passed while still in HANDLING. */
  UNRESOLVED
}
