package com.qventory.sync.interfaces.webhook.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The public, unauthenticated resources next to the webhook: only the health contract. */
@ApplicationPath("/webhooks/platform")
public class WebhookHealthApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(PlatformHealthResource.class);
  }
}
