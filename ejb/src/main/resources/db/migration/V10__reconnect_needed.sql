-- eBay refused a seller's refresh token (revoked on eBay, or expired): polling stops and the seller
-- is asked to connect again. Cleared when new tokens are stored.
ALTER TABLE ebay_account
    ADD COLUMN reconnect_needed_since TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN reconnect_reason       VARCHAR(1000);
