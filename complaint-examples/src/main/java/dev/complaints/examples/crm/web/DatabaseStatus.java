package dev.complaints.examples.crm.web;

import dev.complaints.examples.crm.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Whether the database answers, as the requests and the health check find it. The change is logged once each
 * way, one WARN line when it goes down and one INFO line when it is back, however many requests fail in
 * between; the lines carry the SQL state, never a stack trace or the driver's message.
 */
final class DatabaseStatus implements HealthIndicator {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseStatus.class);
  private static final int VALID_TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;
  private final AtomicBoolean down = new AtomicBoolean();

  DatabaseStatus(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs a unit of work against the database and notes whether the database answered.
   *
   * @param work the work
   * @param <T> its result
   * @return the result
   * @throws StoreException as the work throws it
   */
  <T> T track(Supplier<T> work) {
    T result;
    try {
      result = work.get();
    } catch (StoreException e) {
      if (e.unavailable()) {
        wentDown(e);
      }
      throw e;
    }
    cameBack();
    return result;
  }

  @Override
  public Health health() {
    try (Connection c = dataSource.getConnection()) {
      if (c.isValid(VALID_TIMEOUT_SECONDS)) {
        cameBack();
        return Health.up().build();
      }
      wentDown(null);
    } catch (SQLException e) {
      wentDown(e);
    }
    return Health.down().build();
  }

  boolean isDown() {
    return down.get();
  }

  private void wentDown(Exception cause) {
    if (down.compareAndSet(false, true)) {
      LOG.warn("database unavailable ({}); requests are answered 503 until it is back", reason(cause));
    }
  }

  private void cameBack() {
    if (down.compareAndSet(true, false)) {
      LOG.info("database available again");
    }
  }

  private static String reason(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException s) {
        return "SQL state " + s.getSQLState() + ", error code " + s.getErrorCode();
      }
    }
    return "connection not valid";
  }
}
