-- Identity: sellers and admins. Passwords only as bcrypt in modular-crypt form ($2a$...),
-- verified by the Elytron JDBC realm (wildfly-config/security.cli).
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE app_user (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(40)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_username_uk UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL CHECK (role IN ('seller', 'admin')),
    PRIMARY KEY (user_id, role)
);

-- The event log: one row per notification that eBay pushed to us.
CREATE SEQUENCE webhook_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE webhook_event (
    id                BIGINT PRIMARY KEY,
    topic             VARCHAR(100) NOT NULL,
    ebay_item_id      VARCHAR(40),
    recipient_user_id VARCHAR(100),
    ebay_timestamp    TIMESTAMP(6) WITH TIME ZONE,
    received_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    processed_at      TIMESTAMP(6) WITH TIME ZONE,
    status            VARCHAR(20)  NOT NULL
        CHECK (status IN ('RECEIVED', 'PROCESSED', 'DUPLICATE', 'STALE', 'UNMATCHED',
                          'IGNORED', 'FAILED', 'DEAD')),
    attempts          INTEGER      NOT NULL,
    last_error        TEXT,
    raw_payload       TEXT         NOT NULL
);

CREATE INDEX webhook_event_received_at_idx ON webhook_event (received_at DESC, id DESC);
