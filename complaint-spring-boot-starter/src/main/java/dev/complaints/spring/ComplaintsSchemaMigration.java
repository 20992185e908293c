package dev.complaints.spring;

import dev.complaints.jdbc.JdbcComplaintStore;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the complaint store's tables up to date with Flyway: the scripts of {@value JdbcComplaintStore#MIGRATIONS},
 * recorded in their own history table {@value JdbcComplaintStore#SCHEMA_HISTORY_TABLE} (so that the application's
 * own Flyway migrations and versions are never mixed with them), starting from an empty history even when the
 * schema already holds the application's tables.
 */
public final class ComplaintsSchemaMigration {
  private static final Logger LOG = LoggerFactory.getLogger(ComplaintsSchemaMigration.class);

  private final DataSource dataSource;

  /**
   * A migration over a data source.
   *
   * @param dataSource the application's data source
   */
  public ComplaintsSchemaMigration(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Applies the scripts not applied yet; safe to call more than once.
   *
   * @return how many scripts were applied now
   */
  public int migrate() {
    MigrateResult result = Flyway.configure()
        .dataSource(dataSource)
        .locations(JdbcComplaintStore.MIGRATIONS)
        .table(JdbcComplaintStore.SCHEMA_HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("complaint store schema: {} migration(s) applied, now at version {}", result.migrationsExecuted,
          result.targetSchemaVersion);
    }
    return result.migrationsExecuted;
  }
}
