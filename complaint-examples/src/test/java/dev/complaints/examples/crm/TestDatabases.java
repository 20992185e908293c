package dev.complaints.examples.crm;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import java.util.Locale;
import java.util.UUID;

/** The two databases the JDBC tests run on, and fresh table names so that runs do not interfere. */
public final class TestDatabases {
  /** Environment variable with the PostgreSQL JDBC URL. */
  static final String PG_URL_VARIABLE = "COMPLAINTS_PG_URL";

  private TestDatabases() {}

  /** An H2 file database in the given (temporary) folder. */
  static Database h2(Path folder) {
    return Database.h2File(folder);
  }

  /**
   * The PostgreSQL server named by {@code COMPLAINTS_PG_URL}. Without it the test is skipped, except on CI
   * ({@code CI=true}), where a missing server is a failure.
   */
  static Database postgres() {
    return Database.of(postgresUrl());
  }

  /**
   * The JDBC URL in {@code COMPLAINTS_PG_URL}. Without it the test is skipped, except on CI ({@code CI=true}),
   * where a missing server is a failure.
   *
   * @return the URL
   */
  public static String postgresUrl() {
    String url = System.getenv(PG_URL_VARIABLE);
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(PG_URL_VARIABLE + " is not set on CI: the PostgreSQL tests must run against a real server");
      }
      assumeTrue(false, PG_URL_VARIABLE + " is not set; skipping the PostgreSQL test");
    }
    return url;
  }

  /** A table name no other run uses. */
  static String freshTable() {
    return "ev_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toLowerCase(Locale.ROOT);
  }

  /** A fresh event table, created by the service's Flyway migrations (whose history table is dropped after). */
  static String freshTable(Database db) {
    String table = freshTable();
    Flyway.configure().dataSource(db.url(), null, null).locations("classpath:db/migration/crm")
        .placeholders(Map.of("table", table)).table("fh_" + table).load().migrate();
    try (Connection c = db.open(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE \"fh_" + table + "\"");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop the migration history of " + table, e);
    }
    return table;
  }
}
