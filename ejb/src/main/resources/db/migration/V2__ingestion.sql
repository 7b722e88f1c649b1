-- Ingestion: notifications become inventory. Every notification keeps one webhook_event row;
-- its effect is applied at most once per idempotency key (applied_notification).

ALTER TABLE webhook_event
    ADD COLUMN notification_id UUID NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN seller_id       BIGINT REFERENCES app_user (id),
    ADD COLUMN soap_action     VARCHAR(200),
    ADD COLUMN dedup_key       TEXT,
    ADD COLUMN duplicate_of    BIGINT REFERENCES webhook_event (id);
ALTER TABLE webhook_event ALTER COLUMN notification_id DROP DEFAULT;
ALTER TABLE webhook_event ADD CONSTRAINT webhook_event_notification_uk UNIQUE (notification_id);
CREATE INDEX webhook_event_status_idx ON webhook_event (status, received_at DESC);
CREATE INDEX webhook_event_item_idx ON webhook_event (ebay_item_id);
CREATE INDEX webhook_event_seller_idx ON webhook_event (seller_id, received_at DESC);

-- Refused requests: bounded audit, never the body.
CREATE SEQUENCE webhook_rejection_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE webhook_rejection (
    id                BIGINT PRIMARY KEY,
    received_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason            VARCHAR(40)  NOT NULL,
    detail            VARCHAR(500) NOT NULL,
    remote_address    VARCHAR(64),
    event_name        VARCHAR(100),
    recipient_user_id VARCHAR(100),
    ebay_item_id      VARCHAR(40),
    body_bytes        INTEGER      NOT NULL,
    body_sha256       VARCHAR(64)   NOT NULL
);
CREATE INDEX webhook_rejection_received_idx ON webhook_rejection (received_at DESC);

-- A seller's connected eBay account: how notifications find their tenant.
CREATE SEQUENCE ebay_account_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ebay_account (
    id                 BIGINT PRIMARY KEY,
    seller_id          BIGINT       NOT NULL REFERENCES app_user (id),
    ebay_user_id       VARCHAR(100) NOT NULL,
    eias_token         VARCHAR(200),
    external_user_data VARCHAR(256),
    status             VARCHAR(20)  NOT NULL CHECK (status IN ('CONNECTED', 'DISCONNECTED')),
    connected_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ebay_account_seller_uk UNIQUE (seller_id),
    CONSTRAINT ebay_account_user_uk UNIQUE (ebay_user_id),
    CONSTRAINT ebay_account_eias_uk UNIQUE (eias_token),
    CONSTRAINT ebay_account_external_uk UNIQUE (external_user_data)
);

CREATE SEQUENCE inventory_item_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE inventory_item (
    id                  BIGINT PRIMARY KEY,
    seller_id           BIGINT       NOT NULL REFERENCES app_user (id),
    ebay_item_id        VARCHAR(40),
    title               VARCHAR(255),
    sku                 VARCHAR(100),
    price_amount        NUMERIC(19, 4),
    price_currency      VARCHAR(3),
    quantity_total      INTEGER,
    quantity_sold       INTEGER,
    quantity_available  INTEGER,
    listing_status      VARCHAR(30),
    listing_type        VARCHAR(40),
    view_item_url       VARCHAR(1000),
    condition_id        VARCHAR(20),
    condition_name      VARCHAR(100),
    category_id         VARCHAR(20),
    category_name       VARCHAR(300),
    start_time          TIMESTAMP(6) WITH TIME ZONE,
    end_time            TIMESTAMP(6) WITH TIME ZONE,
    relisted_from_id    BIGINT REFERENCES inventory_item (id),
    synced_from_ebay    BOOLEAN      NOT NULL,
    notes               TEXT,
    last_ebay_timestamp TIMESTAMP(6) WITH TIME ZONE,
    created_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version             INTEGER      NOT NULL,
    CONSTRAINT inventory_item_ebay_uk UNIQUE (ebay_item_id)
);
CREATE INDEX inventory_item_seller_updated_idx ON inventory_item (seller_id, updated_at DESC, id DESC);
CREATE INDEX inventory_item_seller_sku_idx ON inventory_item (seller_id, sku);
CREATE INDEX inventory_item_seller_status_idx ON inventory_item (seller_id, listing_status);
CREATE INDEX inventory_item_relisted_from_idx ON inventory_item (relisted_from_id);

CREATE TABLE inventory_item_picture (
    item_id  BIGINT        NOT NULL REFERENCES inventory_item (id) ON DELETE CASCADE,
    position INTEGER       NOT NULL,
    url      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE inventory_item_variation (
    item_id        BIGINT       NOT NULL REFERENCES inventory_item (id) ON DELETE CASCADE,
    position       INTEGER      NOT NULL,
    sku            VARCHAR(100) NOT NULL,
    quantity_total INTEGER,
    quantity_sold  INTEGER,
    price_amount   NUMERIC(19, 4),
    price_currency VARCHAR(3),
    PRIMARY KEY (item_id, position)
);

CREATE SEQUENCE item_sale_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE item_sale (
    id                 BIGINT PRIMARY KEY,
    item_id            BIGINT      NOT NULL REFERENCES inventory_item (id) ON DELETE CASCADE,
    transaction_id     VARCHAR(40) NOT NULL,
    quantity           INTEGER     NOT NULL,
    price_amount       NUMERIC(19, 4),
    price_currency     VARCHAR(3),
    created_date       TIMESTAMP(6) WITH TIME ZONE,
    order_line_item_id VARCHAR(100),
    variation_sku      VARCHAR(100),
    webhook_event_id   BIGINT      NOT NULL REFERENCES webhook_event (id),
    recorded_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT item_sale_transaction_uk UNIQUE (item_id, transaction_id)
);

CREATE SEQUENCE item_sync_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE item_sync_entry (
    id               BIGINT PRIMARY KEY,
    item_id          BIGINT       NOT NULL REFERENCES inventory_item (id) ON DELETE CASCADE,
    webhook_event_id BIGINT       NOT NULL REFERENCES webhook_event (id),
    event_name       VARCHAR(100) NOT NULL,
    ebay_timestamp   TIMESTAMP(6) WITH TIME ZONE,
    applied_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    summary          VARCHAR(1000) NOT NULL
);
CREATE INDEX item_sync_entry_item_idx ON item_sync_entry (item_id, applied_at DESC, id DESC);

-- The idempotency ledger: one row per effect applied. The primary key, not a prior SELECT,
-- decides that a notification delivered twice has one effect.
CREATE TABLE applied_notification (
    dedup_hash       CHAR(64) PRIMARY KEY,
    dedup_key        TEXT     NOT NULL,
    webhook_event_id BIGINT   NOT NULL REFERENCES webhook_event (id),
    applied_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE seller_notification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE seller_notification (
    id         BIGINT PRIMARY KEY,
    seller_id  BIGINT       NOT NULL REFERENCES app_user (id),
    message    VARCHAR(300) NOT NULL,
    item_id    BIGINT REFERENCES inventory_item (id) ON DELETE SET NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    read_at    TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX seller_notification_seller_idx ON seller_notification (seller_id, created_at DESC);
