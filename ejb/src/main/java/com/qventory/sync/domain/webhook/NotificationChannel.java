package com.qventory.sync.domain.webhook;

/** How eBay pushed a notification to us. */
public enum NotificationChannel {
  /** SOAP Platform Notifications ({@code /webhooks/ebay-platform}): listings and sales. */
  PLATFORM,
  /**
   * The JSON Notification API ({@code /webhooks/ebay}): account deletion, authorization revocation,
   * order confirmations.
   */
  NOTIFICATION_API
}
