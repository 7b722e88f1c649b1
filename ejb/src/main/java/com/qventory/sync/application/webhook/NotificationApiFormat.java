package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import com.qventory.sync.domain.webhook.NotificationApiSignature;
import java.util.Optional;

/** Port: the JSON of eBay's Notification API — its messages and its signature header. */
public interface NotificationApiFormat {

  /**
   * @throws MalformedNotificationException when the text is not such an envelope
   */
  NotificationApiMessage read(String json) throws MalformedNotificationException;

  /**
   * The {@code X-EBAY-SIGNATURE} header read.
   *
   * @return empty when the header is missing or is not eBay's signature header
   */
  Optional<NotificationApiSignature> signature(String header);

  /**
   * What an account deletion's own event keeps: that eBay's message with this id and dates was
   * received and handled — not whom it named.
   */
  String proofOfHandling(NotificationApiMessage deletion);
}
