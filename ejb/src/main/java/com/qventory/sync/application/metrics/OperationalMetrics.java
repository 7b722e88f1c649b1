package com.qventory.sync.application.metrics;

import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.RefusalReason;
import java.time.Duration;

/**
 * Port: what operators measure, on WildFly's metrics endpoint (docs/operations.md). Counts happen
 * where the thing happened; settled notifications are counted once their transaction committed
 * ({@link NotificationSettled}).
 */
public interface OperationalMetrics {

  /** A webhook answered eBay that it has the notification, {@code took} after it arrived. */
  void acknowledged(NotificationChannel channel, Duration took);

  /** A request was refused (and eBay, if it was eBay, will deliver again or give up). */
  void refused(RefusalReason reason);

  /**
   * A reconciliation pass of one seller ended: {@code done} (having corrected {@code corrected}
   * items), {@code paused} (eBay's call limit) or {@code failed}.
   */
  void reconciled(String outcome, int corrected);

  /** eBay did not renew a seller's access token. */
  void tokenRefreshFailed();
}
