package dev.complaints.scoring.metrics;

/** Where the 24 hours of the 24-hour resolution rate are counted from. */
public enum ResolutionBasis {
  /** From the first entry into HANDLING (the default). */
  FIRST_HANDLING,
  /** From acceptance of the ticket (the policy option). */
  ACCEPTANCE
}
