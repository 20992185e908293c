package dev.complaints.core.workflow;

import dev.complaints.core.model.Complaint;

/** A complaint field that a transition may require to be set (a "required fields" guard). */
public enum ComplaintField {
  /** {@link Complaint#grade()}. */
  GRADE,
  /** {@link Complaint#orgUnit()}. */
  ORG_UNIT,
  /** {@link Complaint#department()}. */
  DEPARTMENT,
  /** {@link Complaint#assignee()}. */
  ASSIGNEE,
  /** {@link Complaint#plan()}. */
  PLAN,
  /** {@link Complaint#resolution()}. */
  RESOLUTION;

  /**
   * Whether the field is set on the complaint.
   *
   * @param c the complaint
   * @return true when set
   */
  public boolean isSet(Complaint c) {
    switch (this) {
      case GRADE:
        return c.grade() != null;
      case ORG_UNIT:
        return c.orgUnit() != null;
      case DEPARTMENT:
        return c.department() != null;
      case ASSIGNEE:
        return c.assignee() != null;
      case PLAN:
        return c.plan() != null;
      case RESOLUTION:
        return c.resolution() != null;
      default:
        throw new IllegalStateException("unhandled field " + this);
    }
  }
}
