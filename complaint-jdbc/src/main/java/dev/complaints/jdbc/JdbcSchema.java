package dev.complaints.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The tables {@link JdbcComplaintStore} needs, and a start-up check that they are there. The tables are created
 * by the SQL migrations in {@value JdbcComplaintStore#MIGRATIONS} (run them with Flyway or any tool that
 * applies {@code V<n>__<name>.sql} files in order); the store itself never creates or alters tables.
 */
public final class JdbcSchema {
  /** Each table with the columns the store reads and writes. */
  static final Map<String, String> TABLES = tables();

  private JdbcSchema() {}

  private static Map<String, String> tables() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("complaint_event", "complaint_id, version, command_id, event_type, occurred_at, stored_at, payload");
    t.put("complaint_command", "command_id, complaint_id, first_version, last_version, recorded_at");
    t.put("complaint_summary", "complaint_id, first_seq, workflow, node, grade, org_unit, version, closed,"
        + " received_at, next_change_at, updated_at");
    return Map.copyOf(t);
  }

  /**
   * Checks that every table and column the store uses exists, so that a host fails at start-up rather than at
   * the first append. Reads no rows.
   *
   * @param dataSource the database
   * @throws NullPointerException when {@code dataSource} is null
   * @throws IllegalStateException when a table or column is missing, naming the table and saying to run the
   *     migrations in {@value JdbcComplaintStore#MIGRATIONS}
   * @throws ComplaintStoreUnavailableException when the database cannot be reached
   */
  public static void check(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = Sql.open(dataSource, "check the schema")) {
      for (String table : new String[] {"complaint_event", "complaint_command", "complaint_summary"}) {
        try (Statement s = c.createStatement()) {
          s.executeQuery("SELECT " + TABLES.get(table) + " FROM " + table + " WHERE 1 = 0").close();
        } catch (SQLException e) {
          String state = Sql.state(e);
          if (state != null && state.startsWith("42")) {
            throw new IllegalStateException("table " + table + " is missing or lacks columns (" + TABLES.get(table)
                + "): run the migrations in " + JdbcComplaintStore.MIGRATIONS + ", e.g. with Flyway, before"
                + " using the complaint store");
          }
          throw Sql.unavailable("check table " + table, e);
        }
      }
    } catch (SQLException e) {
      throw Sql.unavailable("check the schema", e);
    }
  }
}
