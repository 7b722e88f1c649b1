-- The first body accepted under each signed Timestamp (what eBay's NotificationSignature proves),
-- shared by every node and kept across restarts, for as long as the Timestamp is in the window: a
-- captured signature that comes with another body is then never believed, on any node, after any
-- restart. body_digest is SHA-256 hex of the notification as stored (its signature masked).
CREATE TABLE accepted_signature (
    signed_timestamp TEXT PRIMARY KEY,
    body_digest      CHAR(64)                    NOT NULL,
    forget_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX accepted_signature_forget_idx ON accepted_signature (forget_at);
