-- What was done to people's accounts, by whom: an admin's own password, admins added and removed,
-- passwords reset, a password set by the server command, the first admin made at start. Shown to
-- admins; never pruned.
CREATE SEQUENCE account_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account_change (
    id      BIGINT PRIMARY KEY,
    at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor   VARCHAR(60)                 NOT NULL,
    action  VARCHAR(30)                 NOT NULL,
    subject VARCHAR(40)                 NOT NULL,
    detail  VARCHAR(300)
);
CREATE INDEX account_change_recent_idx ON account_change (at DESC, id DESC);
