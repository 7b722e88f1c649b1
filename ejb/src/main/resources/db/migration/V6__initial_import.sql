-- The one-time import of a seller's active listings when they connect eBay, and its progress;
-- and sync history lines that come from it rather than from a notification.
ALTER TABLE ebay_account
    ADD COLUMN import_status      VARCHAR(20) NOT NULL DEFAULT 'NONE'
        CHECK (import_status IN ('NONE', 'RUNNING', 'DONE', 'FAILED')),
    ADD COLUMN import_total       INTEGER,
    ADD COLUMN import_done        INTEGER,
    ADD COLUMN import_error       VARCHAR(1000),
    ADD COLUMN import_finished_at TIMESTAMP(6) WITH TIME ZONE;

ALTER TABLE item_sync_entry ALTER COLUMN webhook_event_id DROP NOT NULL;
ALTER TABLE item_sync_entry ADD COLUMN source VARCHAR(20) NOT NULL DEFAULT 'NOTIFICATION'
    CHECK (source IN ('NOTIFICATION', 'INITIAL_IMPORT'));
