/**
 * Spring Boot auto-configuration for the complaint SDK: engine, store, SLA tracker, alert scheduler, health and
 * metrics. JDBC, Flyway, Actuator and Micrometer are optional: each part configures itself when they are present.
 */
module dev.complaints.spring {
  requires transitive org.jspecify;
  requires transitive dev.complaints.core;
  requires transitive dev.complaints.sla;
  requires static transitive dev.complaints.jdbc;
  requires transitive java.sql;
  requires org.slf4j;
  requires transitive spring.beans;
  requires transitive spring.boot;
  requires transitive spring.boot.autoconfigure;
  requires transitive spring.context;
  requires transitive spring.core;
  requires static transitive spring.boot.actuator;
  requires static spring.boot.actuator.autoconfigure;
  requires static transitive micrometer.core;
  // Flyway's jar names no module: on a module path its name is the one derived from the file, flyway.core. The
  // directive is static, so a host without Flyway is not affected.
  requires static flyway.core;

  exports dev.complaints.spring;

  // Spring creates the configuration classes and binds the properties reflectively
  opens dev.complaints.spring to spring.core, spring.beans, spring.context, spring.boot;
}
