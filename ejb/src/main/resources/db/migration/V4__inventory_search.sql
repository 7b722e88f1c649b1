-- The seller's inventory table searches titles and SKUs by substring and sorts by several columns,
-- for up to hundreds of thousands of items per seller. pg_trgm is a trusted extension: the
-- database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX inventory_item_title_trgm_idx ON inventory_item USING gin (lower(title) gin_trgm_ops);
CREATE INDEX inventory_item_sku_trgm_idx ON inventory_item USING gin (lower(sku) gin_trgm_ops);
CREATE INDEX inventory_item_seller_title_idx ON inventory_item (seller_id, title, id);
CREATE INDEX inventory_item_seller_price_idx ON inventory_item (seller_id, price_amount, id);
CREATE INDEX inventory_item_seller_available_idx ON inventory_item (seller_id, quantity_available, id);
CREATE INDEX inventory_item_seller_ebay_time_idx ON inventory_item (seller_id, last_ebay_timestamp, id);
CREATE INDEX seller_notification_unread_idx ON seller_notification (seller_id) WHERE read_at IS NULL;
