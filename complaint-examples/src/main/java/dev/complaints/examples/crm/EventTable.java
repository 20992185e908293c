package dev.complaints.examples.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL side of the JDBC event store: one row per event, keyed by {@code (complaint_id, version)}.
 *
 * <p>This class knows nothing about event types; it moves rows. {@link JdbcComplaintStore} turns events into
 * rows (JSON through the core Jackson mapping) and back.
 *
 * <p>Each {@link #append} is one transaction: it checks that the stored version is the expected one and inserts
 * the new rows with the following versions. The primary key turns a lost race into a unique-key violation, so
 * even two writers that both passed the check cannot both commit; the loser's transaction is rolled back whole.
 */
final class EventTable {

  /** One stored event. */
  record Row(String complaintId, long version, String type, String payload, Instant occurredAt) {
    Row {
      Objects.requireNonNull(complaintId, "complaintId");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(payload, "payload");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The stored version was not the expected one (or another writer got there first). */
  static final class Conflict extends Exception {
    private static final long serialVersionUID = 1L;
    final long actualVersion;

    Conflict(long actualVersion, Throwable cause) {
      super("stored version is " + actualVersion, cause);
      this.actualVersion = actualVersion;
    }
  }

  /** Longest time one statement may take before the driver cancels it. */
  static final int QUERY_TIMEOUT_SECONDS = 10;
  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,50}");
  /** SQL states meaning "another transaction wrote the same key first". */
  private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01");
  /** H2 error codes for the same (duplicate key, concurrent update, deadlock). */
  private static final Set<Integer> H2_RACE_CODES = Set.of(23505, 90131, 40001);

  private final ConnectionSource connections;
  private final String table;

  private EventTable(ConnectionSource connections, String table) {
    this.connections = connections;
    this.table = table;
  }

  /**
   * Opens the table, which the Flyway migrations in {@code db/migration/crm} create.
   *
   * @param connections where to connect
   * @param table table name: a letter, then letters, digits or underscores (at most 51 characters)
   */
  static EventTable open(ConnectionSource connections, String table) {
    Objects.requireNonNull(connections, "connections");
    if (table == null || !TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException(
          "event table name '" + table + "' is not allowed: use a letter, then letters, digits or '_'");
    }
    return new EventTable(connections, table);
  }

  String table() {
    return table;
  }

  /**
   * Appends rows in one transaction.
   *
   * @param complaintId the complaint
   * @param expectedVersion the version the caller last saw (0 for a new complaint)
   * @param rows rows with versions expectedVersion + 1, + 2, ...
   * @throws Conflict when the stored version differs or another writer committed the same version first
   */
  void append(String complaintId, long expectedVersion, List<Row> rows) throws Conflict {
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (!r.complaintId().equals(complaintId) || r.version() != expectedVersion + 1 + i) {
        throw new IllegalArgumentException("event " + i + " of the append has complaint " + r.complaintId()
            + " version " + r.version() + "; expected " + complaintId + " version " + (expectedVersion + 1 + i));
      }
    }
    try (Connection c = connections.open()) {
      c.setAutoCommit(false);
      try {
        long actual = currentVersion(c, complaintId);
        if (actual != expectedVersion) {
          c.rollback();
          throw new Conflict(actual, null);
        }
        if (rows.isEmpty()) {
          c.rollback();
          return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
            + " (complaint_id, version, event_type, payload, occurred_at) VALUES (?, ?, ?, ?, ?)")) {
          ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
          for (Row r : rows) {
            ps.setString(1, r.complaintId());
            ps.setLong(2, r.version());
            ps.setString(3, r.type());
            ps.setString(4, r.payload());
            ps.setObject(5, OffsetDateTime.ofInstant(r.occurredAt(), ZoneOffset.UTC));
            ps.addBatch();
          }
          ps.executeBatch();
        }
        c.commit();
      } catch (SQLException e) {
        rollbackQuietly(c, e);
        if (isRace(e)) {
          throw new Conflict(readVersionAfterRace(complaintId, expectedVersion), e);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot append to complaint " + complaintId + ": " + describe(e), e);
    }
  }

  private long readVersionAfterRace(String complaintId, long expectedVersion) {
    try (Connection c = connections.open()) {
      return currentVersion(c, complaintId);
    } catch (SQLException e) {
      return expectedVersion + 1;
    }
  }

  private static void rollbackQuietly(Connection c, SQLException cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static boolean isRace(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        if (s.getSQLState() != null && RACE_STATES.contains(s.getSQLState())) {
          return true;
        }
        if (H2_RACE_CODES.contains(s.getErrorCode()) && s.getClass().getName().startsWith("org.h2")) {
          return true;
        }
        SQLException next = s.getNextException();
        if (next != null && next != t && isRace(next)) {
          return true;
        }
      }
    }
    return false;
  }

  private long currentVersion(Connection c, String complaintId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM " + table + " WHERE complaint_id = ?")) {
      ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      ps.setString(1, complaintId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * The stored version of a complaint, 0 when it has no events.
   *
   * @param complaintId the complaint
   * @return its version
   */
  long currentVersion(String complaintId) {
    try (Connection c = connections.open()) {
      return currentVersion(c, complaintId);
    } catch (SQLException e) {
      throw new StoreException("cannot read complaint " + complaintId + ": " + describe(e), e);
    }
  }

  /**
   * The rows of one complaint in version order.
   *
   * @param complaintId the complaint
   * @return its rows, empty when unknown
   */
  List<Row> load(String complaintId) {
    try (Connection c = connections.open();
        PreparedStatement ps = c.prepareStatement("SELECT complaint_id, version, event_type, payload, occurred_at"
            + " FROM " + table + " WHERE complaint_id = ? ORDER BY version")) {
      ps.setString(1, complaintId);
      return readRows(ps);
    } catch (SQLException e) {
      throw new StoreException("cannot load complaint " + complaintId + ": " + describe(e), e);
    }
  }

  /**
   * Every row, grouped by complaint (complaints in order of their first event), versions ascending.
   *
   * @return all rows
   */
  List<Row> loadAll() {
    try (Connection c = connections.open();
        PreparedStatement ps = c.prepareStatement("SELECT e.complaint_id, e.version, e.event_type, e.payload,"
            + " e.occurred_at FROM " + table + " e JOIN (SELECT complaint_id, MIN(seq) AS first_seq FROM " + table
            + " GROUP BY complaint_id) f ON f.complaint_id = e.complaint_id"
            + " ORDER BY f.first_seq, e.version")) {
      return readRows(ps);
    } catch (SQLException e) {
      throw new StoreException("cannot read the event table: " + describe(e), e);
    }
  }

  /**
   * Ids of stored complaints, in order of their first event: one page of them.
   *
   * @param offset how many to skip
   * @param limit how many at most
   * @return the ids
   */
  List<String> complaintIds(long offset, int limit) {
    try (Connection c = connections.open();
        PreparedStatement ps = c.prepareStatement(
            "SELECT complaint_id FROM " + table + " GROUP BY complaint_id ORDER BY MIN(seq) LIMIT ? OFFSET ?")) {
      ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      ps.setInt(1, limit);
      ps.setLong(2, offset);
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new StoreException("cannot read the event table: " + describe(e), e);
    }
  }

  /**
   * How many complaints are stored.
   *
   * @return the number of distinct complaint ids
   */
  long complaintCount() {
    try (Connection c = connections.open();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT complaint_id) FROM " + table)) {
      ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the event table: " + describe(e), e);
    }
  }

  /**
   * What went wrong, without the driver's message: that may quote the statement's values, which hold personal
   * data of the complainant.
   */
  static String describe(SQLException e) {
    return "SQL state " + e.getSQLState() + ", error code " + e.getErrorCode();
  }

  /** Drops the table (tests use a fresh table per run and clean up after themselves). */
  void drop() {
    try (Connection c = connections.open(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + table);
    } catch (SQLException e) {
      throw new StoreException("cannot drop " + table + ": " + describe(e), e);
    }
  }

  private static List<Row> readRows(PreparedStatement ps) throws SQLException {
    ps.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
    List<Row> rows = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rows.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, OffsetDateTime.class).toInstant()));
      }
    }
    return rows;
  }
}
