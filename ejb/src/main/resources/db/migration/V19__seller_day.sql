-- The seller's dashboard, sales page and exports read a seller's sales and changes newest first:
-- each row carries its seller, so that those reads are index ranges rather than joins through
-- every item of a seller with 100,000 listings.
ALTER TABLE item_sale ADD COLUMN seller_id BIGINT;
UPDATE item_sale s SET seller_id = i.seller_id FROM inventory_item i WHERE i.id = s.item_id;
ALTER TABLE item_sale ALTER COLUMN seller_id SET NOT NULL;
-- When a sale happened: eBay's CreatedDate, else when we recorded it.
CREATE INDEX item_sale_seller_sold_idx
    ON item_sale (seller_id, (COALESCE(created_date, recorded_at)) DESC, id DESC);

ALTER TABLE item_sync_entry ADD COLUMN seller_id BIGINT;
UPDATE item_sync_entry e SET seller_id = i.seller_id FROM inventory_item i WHERE i.id = e.item_id;
ALTER TABLE item_sync_entry ALTER COLUMN seller_id SET NOT NULL;
CREATE INDEX item_sync_entry_seller_idx ON item_sync_entry (seller_id, applied_at DESC, id DESC);

-- What a seller chose for their own pages.
CREATE TABLE seller_preference (
    seller_id           BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    time_zone           VARCHAR(64),
    low_stock_threshold INTEGER NOT NULL DEFAULT 1 CHECK (low_stock_threshold BETWEEN 0 AND 100000)
);
