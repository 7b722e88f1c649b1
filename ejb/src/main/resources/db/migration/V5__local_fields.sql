-- What a seller records that eBay does not know; sync never writes these columns.
ALTER TABLE inventory_item
    ADD COLUMN purchase_cost_amount   NUMERIC(19, 4),
    ADD COLUMN purchase_cost_currency VARCHAR(3),
    ADD COLUMN storage_location       VARCHAR(200),
    ADD COLUMN private_notes          TEXT;
-- Hand-made items waiting for their eBay listing are found by SKU.
CREATE INDEX inventory_item_unlinked_sku_idx ON inventory_item (seller_id, sku) WHERE ebay_item_id IS NULL;
