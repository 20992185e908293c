/** A JDBC event store for complaints (PostgreSQL, H2). */
module dev.complaints.jdbc {
  requires transitive org.jspecify;
  requires transitive dev.complaints.core;
  requires transitive dev.complaints.sla;
  requires transitive java.sql;
  requires org.slf4j;

  exports dev.complaints.jdbc;

  // the schema migrations: resources a host's Flyway (or any other reader) must be able to load
  opens dev.complaints.jdbc.migration;
}
