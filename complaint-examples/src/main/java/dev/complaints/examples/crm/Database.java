package dev.complaints.examples.crm;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the CRM example keeps its events: a JDBC URL. The default is an embedded H2 file database that needs
 * no set-up; any PostgreSQL URL works as well ({@code jdbc:postgresql://host:port/db?user=..&password=..}).
 *
 * <p>This opens a plain connection per unit of work through {@link DriverManager}, for tests and small tools;
 * the web service hands the store its connection pool instead, which is why the store only needs a
 * {@link ConnectionSource}.
 */
public final class Database implements ConnectionSource, AutoCloseable {

  /** Kind of database, for the few places where the dialects differ. */
  public enum Kind {
    /** H2 (embedded file or in-memory). */
    H2,
    /** PostgreSQL. */
    POSTGRESQL,
    /** Anything else that speaks standard SQL; used as is. */
    OTHER
  }

  private final String url;
  private final Kind kind;
  /** For H2: one connection held open so the embedded database is not closed and reopened per call. */
  private Connection keeper;

  private Database(String url) {
    this.url = Objects.requireNonNull(url, "url");
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:")) {
      throw new IllegalArgumentException("not a JDBC URL: '" + url + "' (expected jdbc:h2:... or jdbc:postgresql:...)");
    }
    this.kind = lower.startsWith("jdbc:h2:") ? Kind.H2
        : lower.startsWith("jdbc:postgresql:") ? Kind.POSTGRESQL : Kind.OTHER;
  }

  /**
   * A database given by its JDBC URL.
   *
   * @param jdbcUrl for example {@code jdbc:postgresql://127.0.0.1:5432/complaints?user=u&password=p}
   * @return the database
   * @throws IllegalArgumentException when the text is not a JDBC URL
   */
  public static Database of(String jdbcUrl) {
    return new Database(jdbcUrl);
  }

  /**
   * An embedded H2 database in the given folder (created on first use).
   *
   * @param folder folder that holds the database files
   * @return the database
   */
  public static Database h2File(Path folder) {
    String path = folder.toAbsolutePath().resolve("complaints").toString().replace('\\', '/');
    return new Database("jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000");
  }

  /**
   * The default: an H2 file database in {@code ./complaints-db}.
   *
   * @return the default database
   */
  public static Database defaultH2() {
    return h2File(Path.of("complaints-db"));
  }

  /**
   * The JDBC URL with any password hidden, for logs.
   *
   * @return the URL, safe to print
   */
  public String describe() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
  }

  /**
   * The JDBC URL, password included (for tools such as a migration run; never for logs).
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  /**
   * The kind of database behind the URL.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  @Override
  public Connection open() throws SQLException {
    if (kind == Kind.H2) {
      synchronized (this) {
        if (keeper == null || keeper.isClosed()) {
          keeper = DriverManager.getConnection(url);
        }
      }
    }
    return DriverManager.getConnection(url);
  }

  /** Releases the connection that keeps an embedded database open; the files stay. */
  @Override
  public synchronized void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        // closing an embedded database that is already gone: nothing to do
      }
      keeper = null;
    }
  }

  @Override
  public String toString() {
    return "Database[" + describe() + "]";
  }
}
