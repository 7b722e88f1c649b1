-- A redelivery that keeps its original Timestamp can arrive past the tolerance window; if its body
-- was accepted before, it is acknowledged instead of refused. The event log finds it by digest.
ALTER TABLE webhook_event ADD COLUMN payload_sha256 VARCHAR(64);
UPDATE webhook_event SET payload_sha256 = encode(sha256(convert_to(raw_payload, 'UTF8')), 'hex');
CREATE INDEX webhook_event_payload_sha256_idx ON webhook_event (payload_sha256);
