package dev.complaints.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.complaints.core.store.ComplaintStore;
import dev.complaints.core.store.InMemoryComplaintStore;
import dev.complaints.jdbc.JdbcComplaintStore;
import java.util.OptionalLong;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The JDBC store on the application's data source. */
class ComplaintsJdbcAutoConfigurationTest {

  private static DataSource migratedH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations(JdbcComplaintStore.MIGRATIONS)
        .table(JdbcComplaintStore.SCHEMA_HISTORY_TABLE).load().migrate();
    return ds;
  }

  private static ApplicationContextRunner runner() {
    return Fixtures.runner().withConfiguration(AutoConfigurations.of(ComplaintsJdbcAutoConfiguration.class));
  }

  @Test
  void aDataSourceGivesTheJdbcStoreAndCommandsAreStoredInIt() {
    DataSource ds = migratedH2();
    runner().withBean(DataSource.class, () -> ds).run(context -> {
      assertThat(context).hasSingleBean(ComplaintStore.class);
      assertThat(context.getBean(ComplaintStore.class)).isInstanceOf(JdbcComplaintStore.class);
      ComplaintCommands commands = context.getBean(ComplaintCommands.class);
      commands.receive(Fixtures.receive("cmd-1", "C-1", Fixtures.T0));
      commands.handle(Fixtures.accept("cmd-2", "C-1", Fixtures.T0.plusSeconds(60)), OptionalLong.empty());
      // a retry of the same command after the store was written is answered, not appended again
      commands.handle(Fixtures.accept("cmd-2", "C-1", Fixtures.T0.plusSeconds(90)), OptionalLong.empty());
    });
    // what the context wrote is in the database: a new store over it (a restart) sees it
    JdbcComplaintStore again = JdbcComplaintStore.of(ds);
    assertThat(again.version("C-1")).isEqualTo(again.load("C-1").size()).isGreaterThan(1);
    assertThat(again.command("cmd-2")).isPresent();
  }

  @Test
  void theApplicationsOwnStoreWinsAndNoDataSourceMeansTheInMemoryStore() {
    InMemoryComplaintStore own = new InMemoryComplaintStore();
    runner().withBean(DataSource.class, ComplaintsJdbcAutoConfigurationTest::migratedH2)
        .withBean(ComplaintStore.class, () -> own)
        .run(context -> assertThat(context.getBean(ComplaintStore.class)).isSameAs(own));
    runner().run(context -> assertThat(context.getBean(ComplaintStore.class))
        .isInstanceOf(InMemoryComplaintStore.class));
  }

  @Test
  void theStoresTablesAreMigratedBesideTheApplicationsOwn() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    try (var c = ds.getConnection(); var st = c.createStatement()) {
      st.execute("CREATE TABLE customer (id INT PRIMARY KEY)"); // the application's table, already there
      st.execute("CREATE TABLE flyway_schema_history (installed_rank INT)"); // and its own Flyway history
    }
    runner().withBean(DataSource.class, () -> ds).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(ComplaintStore.class)).isInstanceOf(JdbcComplaintStore.class);
      assertThat(context.getBean(ComplaintsSchemaMigration.class).migrate()).isZero(); // already applied
    });
    try (var c = ds.getConnection(); var st = c.createStatement();
        var rs = st.executeQuery("SELECT COUNT(*) FROM \"" + JdbcComplaintStore.SCHEMA_HISTORY_TABLE
            + "\" WHERE \"success\" AND \"version\" IS NOT NULL AND \"version\" <> '0'")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
    }
  }

  @Test
  void withoutMigrationsTheMissingSchemaStopsTheStart() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    runner().withBean(DataSource.class, () -> ds).withPropertyValues("complaints.jdbc.migrate=false")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("run the migrations in " + JdbcComplaintStore.MIGRATIONS));
  }
}
