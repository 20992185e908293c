package dev.complaints.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test: H2 in memory, H2 in a file in a temporary folder, or a schema of its
 * own in the PostgreSQL named by {@code COMPLAINTS_PG_URL} (the test is skipped when the variable is unset).
 */
final class TestDatabase implements AutoCloseable {
  static final String PG_URL_VARIABLE = "COMPLAINTS_PG_URL";

  enum Kind {
    H2_MEMORY,
    H2_FILE,
    POSTGRESQL
  }

  final Kind kind;
  private final Path folder;
  private final String schema;
  private DataSource dataSource;

  private TestDatabase(Kind kind, Path folder, String schema) {
    this.kind = kind;
    this.folder = folder;
    this.schema = schema;
    this.dataSource = connect();
  }

  /** Creates the database and applies the migrations with Flyway. */
  static TestDatabase create(Kind kind) {
    String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    TestDatabase db;
    try {
      switch (kind) {
        case H2_MEMORY -> db = new TestDatabase(kind, null, name);
        case H2_FILE -> db = new TestDatabase(kind, Files.createTempDirectory("complaints-h2-"), name);
        default -> {
          String url = System.getenv(PG_URL_VARIABLE);
          Assumptions.assumeTrue(url != null && !url.isBlank(),
              PG_URL_VARIABLE + " is not set: the PostgreSQL run is skipped");
          db = new TestDatabase(kind, null, name);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    db.migrate();
    return db;
  }

  private DataSource connect() {
    if (kind == Kind.POSTGRESQL) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(System.getenv(PG_URL_VARIABLE));
      if (!schemaExists(pg)) {
        execute(pg, "CREATE SCHEMA " + schema);
      }
      pg.setCurrentSchema(schema);
      return pg;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(kind == Kind.H2_MEMORY
        ? "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000"
        : "jdbc:h2:file:" + folder.resolve(schema).toAbsolutePath() + ";LOCK_TIMEOUT=20000");
    return h2;
  }

  private boolean schemaExists(PGSimpleDataSource pg) {
    try (Connection c = pg.getConnection();
        var rs = c.getMetaData().getSchemas(null, schema)) {
      return rs.next();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void migrate() {
    var config = Flyway.configure().dataSource(dataSource).locations(JdbcComplaintStore.MIGRATIONS);
    if (kind == Kind.POSTGRESQL) {
      config.schemas(schema);
    }
    config.load().migrate();
  }

  DataSource dataSource() {
    return dataSource;
  }

  JdbcComplaintStore store() {
    return JdbcComplaintStore.of(dataSource);
  }

  /** Runs SQL on the test database (for constraints that make inserts fail). */
  void execute(String sql) {
    execute(dataSource, sql);
  }

  /**
   * Closes the database as a process exit would and opens it again: H2 files are shut down and reopened, an
   * in-memory H2 database (which would be lost) and PostgreSQL just get a new data source.
   */
  void restart() {
    if (kind == Kind.H2_FILE) {
      execute("SHUTDOWN");
    }
    dataSource = connect();
  }

  private static void execute(DataSource ds, String sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("test set-up failed: " + sql, e);
    }
  }

  @Override
  public void close() {
    switch (kind) {
      case H2_MEMORY -> execute("SHUTDOWN");
      case H2_FILE -> {
        execute("SHUTDOWN");
        try (Stream<Path> files = Files.walk(folder)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }
      default -> {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(System.getenv(PG_URL_VARIABLE));
        execute(pg, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Override
  public String toString() {
    return kind.toString();
  }
}
