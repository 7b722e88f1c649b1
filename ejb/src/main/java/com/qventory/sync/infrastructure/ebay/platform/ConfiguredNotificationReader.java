package com.qventory.sync.infrastructure.ebay.platform;

import com.qventory.sync.application.webhook.NotificationReader;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.infrastructure.ebay.PushSyncSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The streaming reader within the bounds the webhook is configured with. */
@ApplicationScoped
public class ConfiguredNotificationReader implements NotificationReader {

  @Inject private PushSyncSettings settings;

  @Override
  public PlatformNotification read(String rawPayload, String soapAction)
      throws MalformedNotificationException {
    return new PlatformNotificationReader(settings.readerLimits()).read(rawPayload, soapAction);
  }
}
