package dev.complaints.core.store;

/**
 * There is no complaint with that id: nothing is stored for it, or the events given for it do not start with its
 * {@code ComplaintReceived}. Thrown by the engine for a command or an event that needs an existing complaint
 * ({@code WorkflowEngine.decide}, {@code apply}, {@code replay}), and by stores for a load or an append that needs one
 * ({@link ComplaintStore#loadExisting}, {@link ComplaintStore#append}). Nothing was changed.
 *
 * <p>It is an {@link IllegalArgumentException}, as the engine's and the stores' refusals of events that do not fit
 * are; a host that tells an unknown complaint apart (a 404, say) catches this type first.
 */
public class UnknownComplaintException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String complaintId;

  /**
   * Creates the exception.
   *
   * @param complaintId the id asked for
   */
  public UnknownComplaintException(String complaintId) {
    super("no complaint with id '" + complaintId + "'");
    this.complaintId = complaintId;
  }

  /**
   * Creates the exception with what needed the complaint.
   *
   * @param complaintId the id asked for
   * @param detail what needed the complaint, without personal data
   */
  public UnknownComplaintException(String complaintId, String detail) {
    super("no complaint with id '" + complaintId + "': " + detail);
    this.complaintId = complaintId;
  }

  /**
   * The id asked for.
   *
   * @return the complaint id
   */
  public String complaintId() {
    return complaintId;
  }
}
