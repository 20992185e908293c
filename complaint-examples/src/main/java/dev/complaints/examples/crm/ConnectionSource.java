package dev.complaints.examples.crm;

import java.sql.Connection;
import java.sql.SQLException;

/** Hands out JDBC connections; a host application would pass its pool ({@code DataSource::getConnection}). */
@FunctionalInterface
public interface ConnectionSource {
  /**
   * Opens (or borrows) a connection; the caller closes it.
   *
   * @return an open connection
   * @throws SQLException when the database cannot be reached
   */
  Connection open() throws SQLException;
}
