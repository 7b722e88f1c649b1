-- One listing-sync path for every source, variation-level stock, and structured sync history.

-- Variations are known by SKU or, without one, by their specifics (eBay identifies them so);
-- state_at is eBay's time of the last state that set a variation's quantities, so that a sale is
-- counted against the variation only when that state did not already include it.
ALTER TABLE inventory_item_variation ALTER COLUMN sku DROP NOT NULL;
ALTER TABLE inventory_item_variation
    ADD COLUMN specifics VARCHAR(500),
    ADD COLUMN state_at  TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE inventory_item_variation
    ADD CONSTRAINT inventory_item_variation_identity_ck CHECK (sku IS NOT NULL OR specifics IS NOT NULL);
-- The inventory table finds a listing by any of its variations' SKUs.
CREATE INDEX inventory_item_variation_sku_trgm_idx
    ON inventory_item_variation USING gin (lower(sku) gin_trgm_ops);
CREATE INDEX inventory_item_variation_sku_idx ON inventory_item_variation (sku);

-- A sale names the variation bought and its buyer; sales may come from a source other than a
-- notification.
ALTER TABLE item_sale
    ADD COLUMN variation_specifics VARCHAR(500),
    ADD COLUMN variation_title     VARCHAR(300),
    ADD COLUMN buyer_user_id       VARCHAR(100);
ALTER TABLE item_sale ALTER COLUMN webhook_event_id DROP NOT NULL;

-- Sync history: what changed as (field, before, after) rows that pages put into words. Lines
-- written before keep their text as one 'note'.
CREATE TABLE item_sync_change (
    entry_id     BIGINT        NOT NULL REFERENCES item_sync_entry (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    field        VARCHAR(200)  NOT NULL,
    before_value VARCHAR(1000),
    after_value  VARCHAR(1000),
    PRIMARY KEY (entry_id, position)
);
INSERT INTO item_sync_change (entry_id, position, field, before_value, after_value)
    SELECT id, 0, 'note', NULL, summary FROM item_sync_entry;
ALTER TABLE item_sync_entry DROP COLUMN summary;
ALTER TABLE item_sync_entry ALTER COLUMN source DROP DEFAULT;
