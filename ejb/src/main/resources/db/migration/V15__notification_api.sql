-- eBay's JSON Notification API next to the SOAP Platform Notifications: its messages share the
-- event log (topic = eBay's topic); account deletions erase an eBay user's personal data.
ALTER TABLE webhook_event
    ADD COLUMN channel   VARCHAR(20) NOT NULL DEFAULT 'PLATFORM'
        CHECK (channel IN ('PLATFORM', 'NOTIFICATION_API')),
    ADD COLUMN erased_at TIMESTAMP(6) WITH TIME ZONE;
-- Erasure finds an eBay user's events and sales without reading every payload.
CREATE INDEX webhook_event_recipient_idx ON webhook_event (recipient_user_id);
CREATE INDEX item_sale_buyer_idx ON item_sale (buyer_user_id);
CREATE INDEX webhook_rejection_recipient_idx ON webhook_rejection (recipient_user_id);

-- What an account deletion erased, naming no one: the proof that it was handled.
CREATE SEQUENCE ebay_user_erasure_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ebay_user_erasure (
    id                BIGINT PRIMARY KEY,
    webhook_event_id  BIGINT      NOT NULL REFERENCES webhook_event (id),
    erased_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    seller_id         BIGINT REFERENCES app_user (id),
    connection_ended  BOOLEAN     NOT NULL,
    events_erased     INTEGER     NOT NULL,
    sales_erased      INTEGER     NOT NULL,
    refusals_erased   INTEGER     NOT NULL,
    CONSTRAINT ebay_user_erasure_event_uk UNIQUE (webhook_event_id)
);

-- The seller revoked our access on eBay (AUTHORIZATION_REVOCATION): when, and eBay's reason.
ALTER TABLE ebay_account
    ADD COLUMN access_revoked_at TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN revoke_reason     VARCHAR(40);
