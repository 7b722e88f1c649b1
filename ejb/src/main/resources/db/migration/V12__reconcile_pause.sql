-- eBay answered that a call limit is reached (518): the seller is not polled again before then.
ALTER TABLE ebay_account ADD COLUMN reconcile_paused_until TIMESTAMP(6) WITH TIME ZONE;
