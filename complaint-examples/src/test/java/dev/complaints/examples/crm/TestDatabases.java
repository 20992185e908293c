package dev.complaints.examples.crm;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PostgreSQL server the database tests run on, when there is one. */
public final class TestDatabases {
  /** Environment variable with the PostgreSQL JDBC URL. */
  static final String PG_URL_VARIABLE = "COMPLAINTS_PG_URL";

  private TestDatabases() {}

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
}
