-- Which admin last sent an event through processing again, and when: its outcome is the event's
-- status after that.
ALTER TABLE webhook_event
    ADD COLUMN replayed_at TIMESTAMP(6) WITH TIME ZONE,
    ADD COLUMN replayed_by VARCHAR(40);
