package dev.complaints.examples.crm;

/** The database failed (unreachable, schema problem); distinct from a version conflict, which is expected. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the JDBC error
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
