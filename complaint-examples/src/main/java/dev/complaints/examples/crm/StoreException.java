package dev.complaints.examples.crm;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * The database failed (unreachable, schema problem); distinct from a version conflict, which is expected. The
 * message never quotes the driver's message (which may hold the values of a statement).
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** SQL states of "cannot reach or use the database now": cannot connect, shutting down, cancelled. */
  private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300", "HYT00");
  /** H2 error codes of the same: connection broken, database closed, at shutdown, in use, timeout. */
  private static final Set<Integer> H2_UNAVAILABLE_CODES = Set.of(90067, 90098, 90121, 90020, 90028, 57014, 50200);

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the JDBC error
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the database is unreachable or unusable for now (a connection cannot be had, was broken, or a
   * statement timed out), as opposed to a statement that failed on a reachable database.
   *
   * @return true when trying again later may succeed
   */
  public boolean unavailable() {
    return unavailable(getCause());
  }

  /**
   * Whether an error means the database is unreachable or unusable for now.
   *
   * @param error an error, possibly wrapping a JDBC one
   * @return true for connection failures, broken connections and timeouts
   */
  public static boolean unavailable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
        return true;
      }
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
          return true;
        }
        if (s.getClass().getName().startsWith("org.h2") && H2_UNAVAILABLE_CODES.contains(s.getErrorCode())) {
          return true;
        }
      }
    }
    return false;
  }
}
