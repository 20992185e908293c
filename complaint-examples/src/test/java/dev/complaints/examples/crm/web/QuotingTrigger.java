package dev.complaints.examples.crm.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses every inserted row with a message quoting the row, as PostgreSQL does for a check
 * constraint ("Failing row contains (...)"): it lets the tests see whether a driver's message reaches a log.
 */
public final class QuotingTrigger implements Trigger {
  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("row refused, failing row contains " + Arrays.toString(newRow), "23514");
  }
}
