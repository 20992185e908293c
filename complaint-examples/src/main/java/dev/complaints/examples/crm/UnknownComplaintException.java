package dev.complaints.examples.crm;

/** No complaint with that id is stored. */
public final class UnknownComplaintException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param complaintId the id asked for
   */
  public UnknownComplaintException(String complaintId) {
    super("no complaint with id '" + complaintId + "'");
  }
}
