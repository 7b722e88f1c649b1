-- A notification whose signature came before with another body is applied from eBay's own answer
-- (GetItem), not from its body: the event log says which ones were.
ALTER TABLE webhook_event ADD COLUMN confirm_with_ebay BOOLEAN NOT NULL DEFAULT FALSE;
