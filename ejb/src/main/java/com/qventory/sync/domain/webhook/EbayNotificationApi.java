package com.qventory.sync.domain.webhook;

import com.qventory.sync.domain.seller.EbayApiException;
import java.util.List;
import java.util.Optional;

/**
 * eBay's Notification API (REST, JSON), called with the application's own token (client
 * credentials) unless a seller's is given: the public keys that sign JSON notifications, and the
 * destination and subscriptions that make eBay send them. One adapter talks HTTP to eBay or the
 * simulator.
 */
public interface EbayNotificationApi {

  /** A topic's subscription as eBay reports it. */
  record Subscription(String subscriptionId, String topicId, String status) {}

  /**
   * @return the key, or empty when eBay knows no key by that id
   * @throws EbayApiException when eBay cannot be asked (the caller answers 500 so eBay retries)
   */
  Optional<NotificationApiSignature.PublicKeyAnswer> publicKey(String keyId)
      throws EbayApiException;

  /**
   * Our destination (the endpoint eBay pushes to), created when eBay has none for {@code endpoint}
   * — eBay then validates it with a challenge before answering.
   *
   * @return eBay's destination id
   */
  String destination(String endpoint, String verificationToken) throws EbayApiException;

  /**
   * Subscribes the destination to {@code topicId} unless already subscribed; user-level topics are
   * subscribed with that user's access token, application-level ones with the application's.
   */
  Subscription subscribe(String topicId, String destinationId, Optional<String> userAccessToken)
      throws EbayApiException;

  /** The subscriptions eBay holds, the application's or (given a user token) that user's. */
  List<Subscription> subscriptions(Optional<String> userAccessToken) throws EbayApiException;
}
