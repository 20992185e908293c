package dev.complaints.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.complaints.core.event.ComplaintEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Outages, refused data, bad arguments and a missing schema: clear errors that carry no personal data. */
class FailureTest {
  private static final Instant AT = Histories.T0;

  /** A database that refuses every connection with a message quoting personal data. */
  private static final DataSource DOWN = new DataSource() {
    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("connection refused for " + Histories.NAME + " " + Histories.PHONE, "08001");
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) {
      return null;
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
      return false;
    }
  };

  @Test
  void everyOperationOnAnUnreachableDatabaseSaysWhatFailedAndTheSqlStateOnly() {
    JdbcComplaintStore store = JdbcComplaintStore.of(DOWN);
    List<ComplaintEvent> opened = Histories.opened("C-1", AT);
    List<ThrowingCallable> calls = List.of(
        () -> store.append("C-1", 0, opened),
        () -> store.load("C-1"),
        () -> store.streamAll(),
        () -> store.version("C-1"),
        () -> store.summary("C-1"),
        () -> store.page(0, 10),
        () -> store.count(),
        () -> store.command("rcv-C-1"),
        () -> store.nextChangeAt(),
        () -> store.changingBy(AT, 10),
        () -> store.refreshNextChange("C-1", AT),
        () -> JdbcSchema.check(DOWN));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOfSatisfying(ComplaintStoreUnavailableException.class, e -> {
        assertThat(e.sqlState()).isEqualTo("08001");
        assertThat(e).hasMessageContaining("SQLState 08001").hasNoCause();
        assertThat(e.getMessage()).doesNotContain(Histories.PHONE, Histories.NAME);
      });
    }
    assertThatThrownBy(() -> store.append("C-1", 0, opened)).hasMessageContaining("append to complaint C-1");
  }

  @Test
  void aPostgresqlServerThatIsNotListeningIsUnavailable() {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL("jdbc:postgresql://127.0.0.1:1/complaints?user=nobody&password=none&connectTimeout=2");
    JdbcComplaintStore store = JdbcComplaintStore.of(pg);
    assertThatThrownBy(() -> store.load("C-1"))
        .isInstanceOfSatisfying(ComplaintStoreUnavailableException.class,
            e -> assertThat(e.sqlState()).startsWith("08"))
        .hasMessageContaining("load complaint C-1");
  }

  @Test
  void anH2DatabaseThatIsGoneIsUnavailable() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:never-created;IFEXISTS=TRUE");
    assertThatThrownBy(() -> JdbcComplaintStore.of(h2).count())
        .isInstanceOfSatisfying(ComplaintStoreUnavailableException.class, e -> assertThat(e.sqlState()).isNotNull())
        .hasMessageStartingWith("complaint store: cannot count complaints (SQLState ");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void anInsertTheDatabaseRefusesNamesNeitherPhoneNorNameInTheErrorOrTheLog(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      db.execute("ALTER TABLE complaint_event ADD CONSTRAINT no_test_phone CHECK (payload NOT LIKE '%"
          + Histories.PHONE + "%')");
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = Histories.opened("C-1", AT);

      Throwable[] thrown = new Throwable[1];
      String log = capturingStandardError(() -> {
        try {
          store.append("C-1", 0, opened);
        } catch (RuntimeException e) {
          thrown[0] = e;
        }
      });

      assertThat(thrown[0]).isInstanceOfSatisfying(ComplaintStoreUnavailableException.class,
          e -> assertThat(e.sqlState()).startsWith("23"));
      assertThat(thrown[0]).hasNoCause().hasMessageContaining("append to complaint C-1");
      assertThat(thrown[0].getSuppressed()).isEmpty();
      // the failure was logged (so the capture works) ...
      assertThat(log).contains("append to complaint C-1 failed with SQLState 23");
      // ... and neither the log nor the error repeats what the database quoted
      for (String text : List.of(log, String.valueOf(thrown[0]))) {
        assertThat(text).doesNotContain(Histories.PHONE, Histories.NAME, Histories.EMAIL);
      }
      assertThat(store.load("C-1")).isEmpty();
      assertThat(store.count()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void badArgumentsAreRefusedBeforeTheDatabaseIsAsked(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcComplaintStore store = db.store();
      List<ComplaintEvent> opened = Histories.opened("C-1", AT);
      assertThatThrownBy(() -> store.append("C-2", 0, opened))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to complaint C-1, not C-2");
      assertThatThrownBy(() -> store.append("C-1", 1, opened))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has version 1, expected 2");
      assertThatThrownBy(() -> store.append("C-1", -1, opened))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative, was -1");
      assertThatThrownBy(() -> store.append(" ", 0, opened))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("complaintId must not be blank");
      List<ComplaintEvent> withoutIntake = Histories.renumberedFrom(opened.subList(1, opened.size()), 1);
      assertThatThrownBy(() -> store.append("C-1", 0, withoutIntake))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be ComplaintReceived");
      assertThatThrownBy(() -> store.page(-1, 10))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page must be 0 or more");
      assertThatThrownBy(() -> store.page(0, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("size must be between 1 and 500, was 0");
      assertThatThrownBy(() -> store.page(0, 501))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("size must be between 1 and 500, was 501");
      assertThatThrownBy(() -> store.changingBy(AT, 0))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("limit must be between 1 and 500, was 0");
      assertThatThrownBy(() -> store.command(""))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("commandId must not be blank");
      assertThat(store.count()).isZero();
      assertThat(store.page(0, 500)).isEmpty();
    }
  }

  @Test
  void aDatabaseWithoutTheTablesIsReportedWithWhatToRun() {
    JdbcDataSource empty = new JdbcDataSource();
    empty.setURL("jdbc:h2:mem:schema-check-empty;DB_CLOSE_DELAY=-1");
    assertThatThrownBy(() -> JdbcSchema.check(empty))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("table complaint_event is missing")
        .hasMessageContaining("run the migrations in classpath:dev/complaints/jdbc/migration, e.g. with Flyway");
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aMigratedDatabasePassesTheSchemaCheckAndOneMissingTableFailsIt(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.create(kind)) {
      JdbcSchema.check(db.dataSource());
      db.execute("DROP TABLE complaint_command");
      assertThatThrownBy(() -> JdbcSchema.check(db.dataSource()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("table complaint_command is missing");
    }
  }

  /** Runs the action with standard error (where the test logger writes) captured. */
  static String capturingStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

}
