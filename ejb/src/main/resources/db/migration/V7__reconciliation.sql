-- Reconciliation by polling (GetSellerEvents): how far each seller's listings have been checked.
ALTER TABLE ebay_account
    ADD COLUMN reconciled_to      TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN reconciled_at      TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN reconciled_changes INTEGER,
    ADD COLUMN reconcile_error    VARCHAR(1000);
ALTER TABLE item_sync_entry DROP CONSTRAINT item_sync_entry_source_check;
ALTER TABLE item_sync_entry ADD CONSTRAINT item_sync_entry_source_check
    CHECK (source IN ('NOTIFICATION', 'INITIAL_IMPORT', 'RECONCILIATION'));
