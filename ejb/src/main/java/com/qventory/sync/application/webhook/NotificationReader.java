package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.PlatformNotification;

/** Port: reads the text of an eBay Platform Notification, within the configured bounds. */
public interface NotificationReader {

  /**
   * @param soapAction the request's SOAPAction header, or null
   * @throws MalformedNotificationException when it is not a readable notification, or a hostile one
   */
  PlatformNotification read(String rawPayload, String soapAction)
      throws MalformedNotificationException;
}
