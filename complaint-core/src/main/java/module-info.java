/**
 * Complaints, grades, the data-driven workflow and its engine, the event store contract.
 *
 * <p>Exported: the API packages. Not exported: {@code internal} packages, except to the SDK's own modules that
 * share them.
 */
module dev.complaints.core {
  requires transitive org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires static org.immutables.value;

  exports dev.complaints.core.command;
  exports dev.complaints.core.event;
  exports dev.complaints.core.json;
  exports dev.complaints.core.model;
  exports dev.complaints.core.store;
  exports dev.complaints.core.validation;
  exports dev.complaints.core.workflow;

  exports dev.complaints.core.internal to dev.complaints.sla, dev.complaints.scoring, dev.complaints.jdbc;
  exports dev.complaints.core.json.internal to dev.complaints.sla, dev.complaints.scoring;

  // the preset definitions, which a host may load by resource name (classpath:dev/complaints/core/workflow/presets/…)
  opens dev.complaints.core.workflow.presets;

  // events, commands and definitions are read and written by Jackson through their annotations
  opens dev.complaints.core.command to com.fasterxml.jackson.databind;
  opens dev.complaints.core.event to com.fasterxml.jackson.databind;
  opens dev.complaints.core.model to com.fasterxml.jackson.databind;
  opens dev.complaints.core.workflow to com.fasterxml.jackson.databind;
  opens dev.complaints.core.workflow.internal to com.fasterxml.jackson.databind;
}
