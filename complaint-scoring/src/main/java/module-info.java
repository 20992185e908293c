/** Ticket records, metrics, rubrics, scorecards, quarterly penalties and manager statistics. */
module dev.complaints.scoring {
  requires transitive org.jspecify;
  requires transitive dev.complaints.core;
  requires transitive dev.complaints.sla;

  exports dev.complaints.scoring.metrics;
  exports dev.complaints.scoring.penalty;
  exports dev.complaints.scoring.period;
  exports dev.complaints.scoring.record;
  exports dev.complaints.scoring.rubric;
  exports dev.complaints.scoring.scorecard;
  exports dev.complaints.scoring.stats;

  // ticket records and unit inputs are read by Jackson through their annotations
  opens dev.complaints.scoring.record to com.fasterxml.jackson.databind;
}
