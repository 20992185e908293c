-- Event table of the CRM integration example (Flyway migration). Runs unchanged on H2 and PostgreSQL.
-- The placeholder table is the event table name (complaint_events in the service; tests use fresh names).
--
-- The primary key (complaint_id, version) is what makes optimistic concurrency safe: two writers that both
-- expect version n both try to insert version n + 1, and the database lets exactly one of them commit.
CREATE TABLE IF NOT EXISTS ${table} (
  complaint_id VARCHAR(200)     NOT NULL,
  version      BIGINT           NOT NULL,
  event_type   VARCHAR(100)     NOT NULL,
  payload      VARCHAR(1000000) NOT NULL,
  occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  seq          BIGINT GENERATED ALWAYS AS IDENTITY,
  CONSTRAINT ${table}_pk PRIMARY KEY (complaint_id, version),
  CONSTRAINT ${table}_version_positive CHECK (version >= 1)
);

CREATE INDEX IF NOT EXISTS ${table}_seq ON ${table} (seq);
