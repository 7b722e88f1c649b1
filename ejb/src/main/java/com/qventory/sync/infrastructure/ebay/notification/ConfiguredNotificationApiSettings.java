package com.qventory.sync.infrastructure.ebay.notification;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the JSON Notification API endpoint, checked at start-up: a verification token eBay
 * would refuse stops the start instead of failing eBay's challenge later; production requires one.
 */
@ApplicationScoped
public class ConfiguredNotificationApiSettings implements NotificationApiSettings, CheckedSettings {

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

  @Override
  public List<String> problems(boolean production) {
    List<String> problems = new ArrayList<>();
    Optional<String> token = verificationToken.map(String::strip);
    if (token.isEmpty() && production) {
      problems.add(
          "EBAY_VERIFICATION_TOKEN is not set: eBay cannot deliver account deletions, which every"
              + " application holding eBay data must handle (`openssl rand -hex 24`, and the same"
              + " in eBay's developer portal)");
    } else if (token.isPresent() && !TOKEN.matcher(token.get()).matches()) {
      problems.add(
          "EBAY_VERIFICATION_TOKEN must be 32 to 80 characters of A-Z, a-z, 0-9, _ and -"
              + " (eBay's rule); it has "
              + token.get().length()
              + " characters"
              + (ALLOWED.matcher(token.get()).matches() ? "" : ", some of them not allowed"));
    } else if (production
        && token.isPresent()
        && PublishedValues.VERIFICATION_TOKENS.contains(token.get())) {
      problems.add("EBAY_VERIFICATION_TOKEN is a published demo value");
    }
    if (production
        && endpoint.isPresent()
        && !endpoint.get().strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
      problems.add("EBAY_NOTIFICATION_ENDPOINT must be an https URL (is " + endpoint.get() + ")");
    }
    return problems;
  }

  void atStartup(@Observes Startup startup) {
    verificationToken.ifPresentOrElse(
        token ->
            LOG.info("[NOTIFICATION-API] Endpoint " + endpoint() + " answers eBay's challenge"),
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
