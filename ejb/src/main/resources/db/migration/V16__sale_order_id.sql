-- The eBay order a sale belongs to (a multi-line order has one OrderID for several sales): what an
-- ORDER_CONFIRMATION names, and what the Platform Notification's ContainingOrder says.
ALTER TABLE item_sale ADD COLUMN order_id VARCHAR(100);
