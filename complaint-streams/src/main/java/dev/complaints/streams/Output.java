package dev.complaints.streams;

/**
 * What the complaint processor hands on: an alert change or a ticket record, as JSON, with the key the record is
 * routed by further on (the unit of a ticket, for the scorecards).
 */
record Output(Kind kind, String json, String routeKey) {
  enum Kind {
    ALERT,
    TICKET
  }
}
