-- Retention deletes settled events in batches: what points at an event is found by index, not by
-- reading the tables that point at it.
CREATE INDEX item_sale_webhook_event_idx ON item_sale (webhook_event_id);
CREATE INDEX item_sync_entry_webhook_event_idx ON item_sync_entry (webhook_event_id);
CREATE INDEX applied_notification_webhook_event_idx ON applied_notification (webhook_event_id);
CREATE INDEX webhook_event_duplicate_of_idx ON webhook_event (duplicate_of);
