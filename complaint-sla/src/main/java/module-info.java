/** Business calendars, SLA policies, timers and the live tracker. */
module dev.complaints.sla {
  requires transitive org.jspecify;
  requires transitive dev.complaints.core;

  exports dev.complaints.sla;
  exports dev.complaints.sla.calendar;
  exports dev.complaints.sla.policy;
  exports dev.complaints.sla.timer;
  exports dev.complaints.sla.tracker;
}
