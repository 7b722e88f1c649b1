package com.qventory.sync.domain.webhook;

/**
 * What happened to a notification. A status says exactly what was done, never what is hoped for: an
 * event is {@link #RECEIVED} until something has actually been applied.
 */
public enum WebhookEventStatus {
  /** Accepted, durable, and recorded; not (yet) applied to any inventory. */
  RECEIVED,
  PROCESSED,
  DUPLICATE,
  STALE,
  UNMATCHED,
  IGNORED,
  FAILED,
  DEAD
}
