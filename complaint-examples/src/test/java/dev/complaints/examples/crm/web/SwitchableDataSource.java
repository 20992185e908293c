package dev.complaints.examples.crm.web;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** The service's pool behind a switch: switched off, no connection can be had, as when the database is down. */
final class SwitchableDataSource extends DelegatingDataSource implements Closeable {
  private volatile boolean off;

  SwitchableDataSource(DataSource target) {
    super(target);
  }

  void off(boolean value) {
    off = value;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (off) {
      throw new SQLTransientConnectionException("the test switched the database off");
    }
    return super.getConnection();
  }

  /** Closes the pool behind the switch when the test context closes. */
  @Override
  public void close() throws IOException {
    if (getTargetDataSource() instanceof Closeable c) {
      c.close();
    }
  }

  /** Wraps the service's DataSource bean. */
  @TestConfiguration
  static class Wiring {
    @Bean
    static BeanPostProcessor switchableDataSource() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds && !(bean instanceof SwitchableDataSource)
              ? new SwitchableDataSource(ds) : bean;
        }
      };
    }
  }
}
