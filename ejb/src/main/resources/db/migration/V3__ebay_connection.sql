-- A seller's eBay connection: OAuth tokens (AES-GCM encrypted by the application, never plain)
-- and the state of their Platform Notification subscription as eBay reported it.
ALTER TABLE ebay_account
    ADD COLUMN access_token_enc          TEXT,
    ADD COLUMN access_token_expires_at   TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN refresh_token_enc         TEXT,
    ADD COLUMN refresh_token_expires_at  TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN subscription_status       VARCHAR(20) NOT NULL DEFAULT 'NONE'
        CHECK (subscription_status IN ('NONE', 'ACTIVE', 'PARTIAL', 'DISABLED')),
    ADD COLUMN subscription_detail       VARCHAR(1000),
    ADD COLUMN subscribed_events         VARCHAR(1000),
    ADD COLUMN setup_at                  TIMESTAMP(6) WITH TIME ZONE;
