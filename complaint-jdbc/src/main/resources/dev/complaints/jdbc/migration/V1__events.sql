-- One row per complaint event. The event itself is the JSON text in payload (with its "type" name); the other
-- columns repeat what is needed to find and order events. Instants are stored in UTC to the microsecond.
CREATE TABLE complaint_event (
  complaint_id VARCHAR(200) NOT NULL,
  version      BIGINT       NOT NULL,
  command_id   VARCHAR(200) NOT NULL,
  event_type   VARCHAR(100) NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  stored_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  payload      VARCHAR      NOT NULL,
  CONSTRAINT complaint_event_pk PRIMARY KEY (complaint_id, version),
  CONSTRAINT complaint_event_version_positive CHECK (version >= 1)
);

CREATE INDEX complaint_event_command_idx ON complaint_event (command_id);
CREATE INDEX complaint_event_type_idx ON complaint_event (event_type, occurred_at);
CREATE INDEX complaint_event_occurred_idx ON complaint_event (occurred_at);
