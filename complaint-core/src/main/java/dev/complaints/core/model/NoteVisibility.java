package dev.complaints.core.model;

/** Who may read a note on a complaint. */
public enum NoteVisibility {
  /** Internal handling opinion; never shown in the customer-facing view. */
  INTERNAL,
  /** Progress note meant for the customer; shown in the customer-facing view. */
  CUSTOMER
}
