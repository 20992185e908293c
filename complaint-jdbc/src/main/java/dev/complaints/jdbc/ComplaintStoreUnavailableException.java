package dev.complaints.jdbc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The database could not be reached or failed an operation. The message names the operation and the SQLState
 * only: it never repeats the driver's message (which may quote stored values) nor any event content, and no
 * driver exception is attached as cause. Whether retrying helps depends on the SQLState: class {@code 08}
 * (connection) usually passes, class {@code 23} (a constraint refused the data) does not.
 */
public final class ComplaintStoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final @Nullable String sqlState;

  /**
   * Creates the exception.
   *
   * @param operation what was being done, for example {@code "append to complaint C-1"}; must not hold personal
   *     data
   * @param sqlState the SQLState reported, or null when the driver gave none
   */
  public ComplaintStoreUnavailableException(String operation, @Nullable String sqlState) {
    super("complaint store: cannot " + Objects.requireNonNull(operation, "operation") + " (SQLState "
        + (sqlState == null ? "unknown" : sqlState) + "); nothing was changed by this call");
    this.operation = operation;
    this.sqlState = sqlState;
  }

  /**
   * What was being done.
   *
   * @return the operation
   */
  public String operation() {
    return operation;
  }

  /**
   * The SQLState the driver reported.
   *
   * @return the five-character state, null when the driver gave none
   */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
