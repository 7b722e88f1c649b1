package com.qventory.sync.application.webhook;

/**
 * Port: the durable queue between the webhook and processing. When {@link #enqueue} returns, the
 * notification survives a crash; it carries the raw text and a few properties, never objects.
 * Called in a transaction, the send joins it (it becomes durable when the transaction commits);
 * called outside one, it is durable when the call returns.
 */
public interface NotificationQueue {

  void enqueue(QueuedNotification notification);

  /** Puts a notification that will not be processed on the dead-letter queue, saying why. */
  void deadLetter(QueuedNotification notification, String failure);
}
