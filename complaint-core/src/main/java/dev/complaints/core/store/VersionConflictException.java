package dev.complaints.core.store;

/**
 * An append whose expected version is not the complaint's current version: another writer appended first.
 * Nothing was written; reload the complaint, decide again and retry.
 */
public class VersionConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String complaintId;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param complaintId the complaint
   * @param expectedVersion the version the writer expected
   * @param actualVersion the complaint's current version
   */
  public VersionConflictException(String complaintId, long expectedVersion, long actualVersion) {
    super("version conflict on complaint " + complaintId + ": expected version " + expectedVersion
        + " but it is at version " + actualVersion + "; nothing was appended");
    this.complaintId = complaintId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * A conflict with its own wording, for stores that know more about why the append was refused.
   *
   * @param message what happened, without any event content
   * @param complaintId the complaint
   * @param expectedVersion the version the append expected
   * @param actualVersion the stored version
   */
  protected VersionConflictException(String message, String complaintId, long expectedVersion, long actualVersion) {
    super(message);
    this.complaintId = complaintId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The complaint.
   *
   * @return the complaint id
   */
  public String complaintId() {
    return complaintId;
  }

  /**
   * The version the writer expected.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The complaint's version when the append was tried.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
