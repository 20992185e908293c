-- Every command whose events were appended: which complaint and which versions it produced. The primary key
-- makes a command id count once, across restarts and across racing writers.
CREATE TABLE complaint_command (
  command_id    VARCHAR(200) NOT NULL,
  complaint_id  VARCHAR(200) NOT NULL,
  first_version BIGINT       NOT NULL,
  last_version  BIGINT       NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT complaint_command_pk PRIMARY KEY (command_id),
  CONSTRAINT complaint_command_versions CHECK (first_version >= 1 AND last_version >= first_version)
);

CREATE INDEX complaint_command_complaint_idx ON complaint_command (complaint_id);
