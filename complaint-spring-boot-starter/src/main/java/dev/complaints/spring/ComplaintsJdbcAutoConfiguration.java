package dev.complaints.spring;

import dev.complaints.core.store.ComplaintStore;
import dev.complaints.jdbc.JdbcComplaintStore;
import dev.complaints.jdbc.JdbcSchema;
import dev.complaints.sla.policy.SlaPolicy;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The complaint store on the application's {@link DataSource} when {@code complaint-jdbc} is on the class path:
 * a {@link JdbcComplaintStore} replaces the in-memory fallback of {@link ComplaintsAutoConfiguration}, unless the
 * application defines its own {@link ComplaintStore}. With Flyway on the class path the store's own migrations
 * ({@value JdbcComplaintStore#MIGRATIONS}) run first, recorded in their own history table
 * ({@value JdbcComplaintStore#SCHEMA_HISTORY_TABLE}) so they never mix with the application's migrations
 * ({@code complaints.jdbc.migrate=false} leaves the schema to the application); the schema is checked before the
 * tracker reads the stored events.
 */
@AutoConfiguration(
    before = ComplaintsAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration"
    })
@ConditionalOnClass({JdbcComplaintStore.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
public class ComplaintsJdbcAutoConfiguration {

  /** Created by Spring. */
  public ComplaintsJdbcAutoConfiguration() {}

  /**
   * The JDBC complaint store, whose summary rows keep each complaint's next SLA light change by the policy. The
   * store's tables are migrated first when Flyway is on the class path (see {@link ComplaintsSchemaMigration});
   * without it they must exist, which is checked here.
   *
   * @param dataSource the application's data source
   * @param policy the SLA policy
   * @param clock the clock, when the application has one (else the UTC system clock)
   * @param migration the schema migration, when Flyway is on the class path and it is not switched off
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean(ComplaintStore.class)
  @DependsOnDatabaseInitialization
  public JdbcComplaintStore complaintStore(DataSource dataSource, SlaPolicy policy, ObjectProvider<Clock> clock,
      ObjectProvider<ComplaintsSchemaMigration> migration) {
    migration.ifAvailable(ComplaintsSchemaMigration::migrate);
    JdbcSchema.check(dataSource);
    return JdbcComplaintStore.of(dataSource, policy, clock.getIfAvailable(Clock::systemUTC));
  }

  /** Runs the store's migrations with Flyway, in their own history table. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.flywaydb.core.Flyway")
  @ConditionalOnProperty(prefix = "complaints.jdbc", name = "migrate", havingValue = "true", matchIfMissing = true)
  static class FlywayMigration {

    /**
     * The migration step.
     *
     * @param dataSource the application's data source
     * @return the migration
     */
    @Bean
    ComplaintsSchemaMigration complaintsSchemaMigration(DataSource dataSource) {
      return new ComplaintsSchemaMigration(dataSource);
    }
  }
}
