package dev.complaints.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Small JDBC helpers shared by the store and the schema check: instants, SQLStates, connections. */
final class Sql {
  /**
   * SQLStates meaning "another transaction wrote the same key first or the transactions collided": unique
   * violation, serialization failure, deadlock, and H2's concurrent-update state.
   */
  private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "90131");

  private Sql() {}

  /** Opens a connection, turning a failure into {@link ComplaintStoreUnavailableException}. */
  static Connection open(DataSource dataSource, String operation) {
    try {
      Connection c = dataSource.getConnection();
      if (c == null) {
        throw new ComplaintStoreUnavailableException(operation, null);
      }
      return c;
    } catch (SQLException e) {
      throw unavailable(operation, e);
    }
  }

  /** The store's error for a failed operation: the operation and the SQLState, never the driver's message. */
  static ComplaintStoreUnavailableException unavailable(String operation, SQLException e) {
    return new ComplaintStoreUnavailableException(operation, state(e));
  }

  /** The first SQLState in the exception, its causes or its chained exceptions; null when none is given. */
  static @Nullable String state(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException() == s ? null : s.getNextException()) {
      for (Throwable t = s; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof SQLException q && q.getSQLState() != null) {
          return q.getSQLState();
        }
      }
    }
    return null;
  }

  /** Whether the failure means that a concurrent writer got there first. */
  static boolean isRace(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException() == s ? null : s.getNextException()) {
      for (Throwable t = s; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof SQLException q && q.getSQLState() != null && RACE_STATES.contains(q.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rolls back, ignoring a failure (the connection is being given up anyway). */
  static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the original failure is what the caller reports
    }
  }

  /** Sets a timestamp parameter to an instant in UTC; null stays null. */
  static void setInstant(PreparedStatement ps, int index, @Nullable Instant instant) throws SQLException {
    ps.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  /** Reads a timestamp column as an instant; null stays null. */
  static @Nullable Instant getInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** The instant as a column keeps it: cut to the microsecond. */
  static Instant floorMicros(Instant t) {
    return t.truncatedTo(ChronoUnit.MICROS);
  }

  /** The instant rounded up to the microsecond, so that a stored alert instant is never before the real one. */
  static Instant ceilMicros(Instant t) {
    Instant floor = floorMicros(t);
    return floor.equals(t) ? t : floor.plus(1, ChronoUnit.MICROS);
  }
}
