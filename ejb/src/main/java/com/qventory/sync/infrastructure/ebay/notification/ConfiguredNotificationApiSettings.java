package com.qventory.sync.infrastructure.ebay.notification;

import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the JSON Notification API endpoint, checked at start-up: a verification token eBay
 * would refuse stops the deployment instead of failing eBay's challenge later.
 */
@ApplicationScoped
public class ConfiguredNotificationApiSettings implements NotificationApiSettings {

  private static final Logger LOG =
      Logger.getLogger(ConfiguredNotificationApiSettings.class.getName());

  /** eBay's rule for a verification token. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,80}");

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]*");

  @Inject
  @ConfigProperty(name = "ebay.verification.token")
  Optional<String> verificationToken;

  @Inject
  @ConfigProperty(name = "ebay.notification.endpoint")
  Optional<String> endpoint;

  @Inject
  @ConfigProperty(name = "qventory.notification-api.key-cache-time", defaultValue = "PT1H")
  Duration keyCacheTime;

  @Inject EbayEndpoints endpoints;

  void atStartup(@Observes Startup startup) {
    verificationToken.ifPresentOrElse(
        token -> {
          if (!TOKEN.matcher(token).matches()) {
            throw new IllegalStateException(
                "EBAY_VERIFICATION_TOKEN must be 32 to 80 characters of A-Z, a-z, 0-9, _ and -"
                    + " (eBay's rule); it has "
                    + token.length()
                    + " characters"
                    + (ALLOWED.matcher(token).matches() ? "" : ", some of them not allowed"));
          }
          LOG.info("[NOTIFICATION-API] Endpoint " + endpoint() + " answers eBay's challenge");
        },
        () ->
            LOG.warning(
                "[NOTIFICATION-API] EBAY_VERIFICATION_TOKEN is not set: "
                    + endpoint()
                    + " cannot answer eBay's endpoint validation, so eBay cannot deliver account"
                    + " deletions (which every application holding eBay data must handle)"));
  }

  @Override
  public Optional<String> verificationToken() {
    return verificationToken;
  }

  @Override
  public String endpoint() {
    return endpoint.map(String::strip).orElseGet(endpoints::apiNotificationUrl);
  }

  @Override
  public Duration keyCacheTime() {
    return keyCacheTime;
  }
}
