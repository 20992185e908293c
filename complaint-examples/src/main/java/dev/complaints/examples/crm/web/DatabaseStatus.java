package dev.complaints.examples.crm.web;

import dev.complaints.jdbc.ComplaintStoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
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
  /** SQL states of "cannot reach or use the database now": shutting down, cancelled, out of resources, timeout. */
  private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300", "HYT00",
      "HYT01");
  /** H2's SQL states of the same: connection broken, database closed, closed at shutdown, in use, I/O, lock timeout. */
  private static final Set<String> H2_UNREACHABLE_STATES = Set.of("90067", "90098", "90121", "90020", "90028", "50200");

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
   * @throws ComplaintStoreUnavailableException as the work throws it
   */
  <T> T track(Supplier<T> work) {
    T result;
    try {
      result = work.get();
    } catch (ComplaintStoreUnavailableException e) {
      if (unreachable(e)) {
        wentDown(e.sqlState());
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
      wentDown(e.getSQLState());
    }
    return Health.down().build();
  }

  /**
   * Whether a store failure means the database cannot be reached or used for now (no connection could be had,
   * it broke, the database is shutting down, a statement timed out or was cancelled), so that trying again later
   * may succeed; as opposed to a statement the database refused (a constraint, the schema), which is a 500.
   *
   * @param e the store's error
   * @return true when the answer is 503 with Retry-After
   */
  static boolean unreachable(ComplaintStoreUnavailableException e) {
    String state = e.sqlState();
    return state == null || state.startsWith("08") || UNREACHABLE_STATES.contains(state)
        || H2_UNREACHABLE_STATES.contains(state);
  }

  boolean isDown() {
    return down.get();
  }

  private void wentDown(String sqlState) {
    if (down.compareAndSet(false, true)) {
      LOG.warn("database unavailable ({}); requests are answered 503 until it is back",
          sqlState == null ? "no connection" : "SQL state " + sqlState);
    }
  }

  private void cameBack() {
    if (down.compareAndSet(true, false)) {
      LOG.info("database available again");
    }
  }
}
