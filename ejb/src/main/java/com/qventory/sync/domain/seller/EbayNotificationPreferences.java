package com.qventory.sync.domain.seller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where and what eBay pushes to us — the Trading API's notification preferences — and how its
 * deliveries went.
 */
public interface EbayNotificationPreferences {

  record ApplicationDelivery(Optional<String> applicationUrl, boolean enabled) {}

  /** eBay marking the application down (delivery stopped) or up again. */
  record MarkEvent(String type, Instant at, String reason) {}

  /**
   * eBay's delivery statistics for the application (GetNotificationsUsage, at most 72 hours back).
   */
  record NotificationUsage(
      long delivered,
      long queuedNew,
      long queuedPending,
      long expired,
      long errors,
      List<MarkEvent> markHistory) {

    /** Whether eBay's last word is that the application is marked down. */
    public boolean markedDown() {
      return !markHistory.isEmpty()
          && "MarkDown".equalsIgnoreCase(markHistory.get(markHistory.size() - 1).type());
    }
  }

  ApplicationDelivery applicationDelivery(String accessToken) throws EbayApiException;

  void setApplicationDelivery(String accessToken, String applicationUrl) throws EbayApiException;

  /**
   * Enables or disables {@code events} for the seller; {@code externalUserData}, when given, is
   * what eBay echoes in each of their notifications.
   */
  void setUserEvents(
      String accessToken, List<String> events, boolean enable, String externalUserData)
      throws EbayApiException;

  /** The seller's event subscriptions as eBay reports them. */
  Map<String, Boolean> userEvents(String accessToken) throws EbayApiException;

  NotificationUsage notificationsUsage(String accessToken, Instant from, Instant to)
      throws EbayApiException;
}
