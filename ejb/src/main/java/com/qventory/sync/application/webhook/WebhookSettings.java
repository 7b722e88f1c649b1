package com.qventory.sync.application.webhook;

import com.qventory.sync.application.webhook.processing.NotificationBatches;
import com.qventory.sync.domain.webhook.EbayKeyset;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Port: how the webhook is configured (MicroProfile Config in the adapter). */
public interface WebhookSettings {

  /** The keyset eBay signs notifications with; empty while push sync is off. */
  Optional<EbayKeyset> keyset();

  /** The settings push sync still needs; empty when it is on. */
  List<String> missingSettings();

  /** How far eBay's Timestamp may be from our clock. */
  Duration timestampTolerance();

  /** Larger bodies are refused before they are read. */
  int maxBodyBytes();

  /** Refusals of one source address in a minute after which it is answered 429 unread. */
  int refusalsPerMinute();

  /** Failed processing attempts before a notification is DEAD. */
  int maxAttempts();

  /**
   * At most this many notifications are applied in one transaction ({@link NotificationBatches}).
   */
  int batchSize();

  /** Batches applied at the same time, each in its own transaction. */
  int appliers();

  /** Where eBay is told to push: our public base URL + the webhook's path. */
  String notificationUrl();
}
