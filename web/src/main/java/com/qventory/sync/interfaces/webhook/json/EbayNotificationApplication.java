package com.qventory.sync.interfaces.webhook.json;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Where eBay's JSON Notification API pushes: public, authenticated by eBay's signature. */
@ApplicationPath("/webhooks/ebay")
public class EbayNotificationApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(EbayNotificationResource.class);
  }
}
