-- Every processing attempt of a notification: when the server took it off the queue, when the
-- attempt ended, what came of it (a settled status, FAILED or DEAD) and its error. Shown on the
-- event's page; deleted with its event.
CREATE SEQUENCE processing_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE processing_attempt (
    id          BIGINT PRIMARY KEY,
    event_id    BIGINT                      NOT NULL REFERENCES webhook_event (id) ON DELETE CASCADE,
    number      INTEGER                     NOT NULL,
    taken_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(20)                 NOT NULL,
    error       VARCHAR(2000),
    node        VARCHAR(100)                NOT NULL
);
CREATE INDEX processing_attempt_event_idx ON processing_attempt (event_id, number);
