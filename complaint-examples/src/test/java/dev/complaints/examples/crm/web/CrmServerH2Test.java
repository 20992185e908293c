package dev.complaints.examples.crm.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/** The web service's contract on an H2 file database, with the shipped settings otherwise. */
@SpringBootTest(classes = CrmServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SwitchableDataSource.Wiring.class)
class CrmServerH2Test extends CrmServerContract {
  private static final Path DIR = folder();

  private static Path folder() {
    try {
      return Files.createTempDirectory("crm-h2-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("complaints.security.tokens-file", () -> TestTokens.write(DIR).toString());
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:file:" + DIR.resolve("db/complaints") + ";WRITE_DELAY=0;LOCK_TIMEOUT=5000");
    registry.add("complaints.sla.scheduler", () -> "false");
  }

  /** The files go; the database itself closes with the test context. */
  @AfterAll
  static void removeFiles() throws IOException {
    FileSystemUtils.deleteRecursively(DIR);
  }

  @Override
  void refuseInsertsQuotingTheRow(Statement s) throws Exception {
    s.execute("CREATE TRIGGER quote_rows BEFORE INSERT ON complaint_event FOR EACH ROW CALL \""
        + QuotingTrigger.class.getName() + "\"");
  }

  @Override
  void allowInserts(Statement s) throws Exception {
    s.execute("DROP TRIGGER quote_rows");
  }
}
