package dev.complaints.core.model;

/**
 * The close reasons the shipped workflow presets use ({@link Complaint#closureReason()}). A definition may use
 * other codes; these are the ones statistics can rely on.
 */
public final class ClosureReason {
  /** The customer was satisfied (or very satisfied) at the return visit. */
  public static final String RESOLVED = "RESOLVED";
  /** Closed with a customer who stayed dissatisfied at the return visit. */
  public static final String DISSATISFIED = "DISSATISFIED";
  /** The investigation found the complaint not substantiated. */
  public static final String NOT_SUBSTANTIATED = "NOT_SUBSTANTIATED";
  /** The return visit was waived (不便回访); left out of the satisfaction rate. */
  public static final String EXEMPT = "EXEMPT";
  /** The customer withdrew the complaint. */
  public static final String WITHDRAWN = "WITHDRAWN";
  /**
   * Closed without a satisfied customer by an explicit decision with a written reason ({@code CloseUnresolved});
   * counted as closed unresolved, never as resolved.
   */
  public static final String UNRESOLVED = "UNRESOLVED";

  private ClosureReason() {}
}
