package dev.complaints.examples.crm.web;

import dev.complaints.examples.crm.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web service's contract on the PostgreSQL server named by {@code COMPLAINTS_PG_URL}, in a schema of its
 * own that is dropped afterwards. Skipped without the variable, except on CI ({@code CI=true}), where that fails.
 */
@SpringBootTest(classes = CrmServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SwitchableDataSource.Wiring.class)
@DirtiesContext
class CrmServerPostgresTest extends CrmServerContract {
  private static final String SCHEMA =
      "crm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);

  /** The schema the service works in; the starter creates the store's tables in it. */
  @BeforeAll
  static void createSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestDatabases.postgresUrl()); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  private static String url() {
    String url = System.getenv("COMPLAINTS_PG_URL");
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) throws IOException {
    Path dir = Files.createTempDirectory("crm-pg-test");
    dir.toFile().deleteOnExit();
    Path tokens = TestTokens.write(dir);
    tokens.toFile().deleteOnExit();
    registry.add("complaints.security.tokens-file", tokens::toString);
    registry.add("spring.datasource.url", CrmServerPostgresTest::url);
    registry.add("complaints.sla.scheduler", () -> "false");
  }

  /** PostgreSQL's own message for a check constraint quotes the failing row. */
  @Override
  void refuseInsertsQuotingTheRow(Statement s) throws Exception {
    s.execute("ALTER TABLE complaint_event ADD CONSTRAINT refuse_rows CHECK (version < 0) NOT VALID");
  }

  @Override
  void allowInserts(Statement s) throws Exception {
    s.execute("ALTER TABLE complaint_event DROP CONSTRAINT refuse_rows");
  }

  @AfterAll
  static void dropSchema() {
    String url = System.getenv("COMPLAINTS_PG_URL");
    if (url == null || url.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("cannot drop schema " + SCHEMA, e));
    }
  }
}
