package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.NotificationChannel;
import java.time.Instant;
import java.util.UUID;

/**
 * Port: the durable queue between the webhook and processing. When {@link #enqueue} returns, the
 * notification survives a crash; it carries the raw text and a few properties, never objects.
 * Called in a transaction, the send joins it (it becomes durable when the transaction commits);
 * called outside one, it is durable when the call returns.
 */
public interface NotificationQueue {

  /**
   * @param confirmWithEbay processing asks eBay for the listing instead of believing the body
   * @param channel how eBay pushed it: which reader and processor it goes to
   */
  void enqueue(
      UUID notificationId,
      String rawPayload,
      String soapAction,
      Instant receivedAt,
      boolean confirmWithEbay,
      NotificationChannel channel);

  /** Puts a notification that will not be processed on the dead-letter queue, saying why. */
  void deadLetter(
      UUID notificationId,
      String rawPayload,
      String soapAction,
      Instant receivedAt,
      boolean confirmWithEbay,
      NotificationChannel channel,
      String failure);
}
