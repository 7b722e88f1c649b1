package com.qventory.sync.application.webhook.admin;

import java.util.Optional;

/** Port: what the broker says of the notification queues right now. */
public interface QueueStatistics {

  /**
   * One queue as the broker reports it.
   *
   * @param oldestWaitingMillis the age of the oldest message waiting, when one waits
   */
  record QueueState(
      String name,
      long waiting,
      long delivering,
      long consumers,
      long added,
      long acknowledged,
      Optional<Long> oldestWaitingMillis) {}

  /** The notification queue; empty when the broker cannot be asked. */
  Optional<QueueState> notifications();

  /** Its dead-letter queue; empty when the broker cannot be asked. */
  Optional<QueueState> deadLetters();
}
