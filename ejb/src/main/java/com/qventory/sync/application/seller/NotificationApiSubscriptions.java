package com.qventory.sync.application.seller;

import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes eBay's Notification API push to us: our destination (eBay validates it with a challenge),
 * the application-level topics once per application, and the user-level ones per seller. Every call
 * first asks eBay what exists, so connecting again changes nothing that is in place.
 */
@ApplicationScoped
public class NotificationApiSubscriptions {

  private static final Logger LOG = Logger.getLogger(NotificationApiSubscriptions.class.getName());

  /** Topics every application holding eBay data subscribes to, as the application. */
  public static final List<String> APPLICATION_TOPICS =
      List.of(
          NotificationApiMessage.MARKETPLACE_ACCOUNT_DELETION,
          NotificationApiMessage.AUTHORIZATION_REVOCATION);

  /** Topics subscribed per seller, with the seller's token. */
  public static final List<String> USER_TOPICS = List.of(NotificationApiMessage.ORDER_CONFIRMATION);

  @Inject private EbayNotificationApi api;

  @Inject private NotificationApiSettings settings;

  /**
   * @return the topics eBay reports subscribed (the application's and the seller's)
   * @throws EbayApiException when eBay refused or could not be reached
   * @throws IllegalStateException when no verification token is configured
   */
  public List<String> subscribe(String sellerAccessToken) throws EbayApiException {
    String token =
        settings
            .verificationToken()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "EBAY_VERIFICATION_TOKEN is not set, so eBay cannot validate "
                            + settings.endpoint()
                            + ": account deletions and access revocations are not delivered"));
    String destination = api.destination(settings.endpoint(), token);
    List<String> subscribed = new ArrayList<>();
    for (String topic : APPLICATION_TOPICS) {
      subscribed.add(api.subscribe(topic, destination, Optional.empty()).topicId());
    }
    for (String topic : USER_TOPICS) {
      subscribed.add(api.subscribe(topic, destination, Optional.of(sellerAccessToken)).topicId());
    }
    LOG.info(
        "[NOTIFICATION-API] Destination "
            + destination
            + " ("
            + settings.endpoint()
            + ") subscribed to "
            + String.join(", ", subscribed));
    return subscribed;
  }
}
