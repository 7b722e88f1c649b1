package com.qventory.sync.infrastructure.ebay;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.domain.inventory.ListingLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where eBay is: the simulator by default, eBay's sandbox or production by configuration
 * (https://auth.ebay.com and https://api.ebay.com). Also where eBay reaches us.
 */
@ApplicationScoped
public class EbayEndpoints implements CheckedSettings {

  /** eBay's consent and API base URLs when none is configured: the run command's simulator. */
  public static final String SIMULATOR = "http://localhost:8089";

  /** Our public base URL when none is configured: this machine's server. */
  public static final String LOCAL_SERVER = "http://localhost:8080";

  @Inject
  @ConfigProperty(name = "ebay.auth.base-url", defaultValue = SIMULATOR)
  String authBaseUrl;

  @Inject
  @ConfigProperty(name = "ebay.api.base-url", defaultValue = SIMULATOR)
  String apiBaseUrl;

  @Inject
  @ConfigProperty(name = "ebay.ru.name", defaultValue = "Qventory_Demo-RuName")
  String ruName;

  @Inject
  @ConfigProperty(
      name = "ebay.oauth.scopes",
      defaultValue =
          "https://api.ebay.com/oauth/api_scope https://api.ebay.com/oauth/api_scope/sell.inventory")
  String scopes;

  @Inject
  @ConfigProperty(name = "webhook.base.url", defaultValue = LOCAL_SERVER)
  String webhookBaseUrl;

  /**
   * In production: our public URL and eBay's are https (the simulator's defaults are not), and the
   * RuName is one eBay issued, not the run command's or the tests'.
   */
  @Override
  public List<String> problems(boolean production) {
    if (!production) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    httpsOnly("WEBHOOK_BASE_URL", webhookBaseUrl, problems);
    httpsOnly("EBAY_AUTH_BASE_URL", authBaseUrl, problems);
    httpsOnly("EBAY_API_BASE_URL", apiBaseUrl, problems);
    if (PublishedValues.RU_NAMES.contains(ruName.strip())) {
      problems.add(
          "EBAY_RU_NAME is not set (or is a demo value): the RuName eBay's developer portal gave"
              + " the accept URL "
              + strip(webhookBaseUrl)
              + "/seller/ebay/callback");
    }
    return problems;
  }

  private static void httpsOnly(String name, String url, List<String> problems) {
    if (!url.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
      problems.add(name + " must be an https URL (is " + url.strip() + ")");
    }
  }

  /** The links a listing may carry: eBay's hosts, and the configured eBay's (the simulator's). */
  @Produces
  ListingLinks listingLinks() {
    // Both are the simulator's unless configured apart.
    return new ListingLinks(new HashSet<>(List.of(authBaseUrl, apiBaseUrl)));
  }

  public String authorizeUrl() {
    return strip(authBaseUrl) + "/oauth2/authorize";
  }

  public String tokenUrl() {
    return strip(apiBaseUrl) + "/identity/v1/oauth2/token";
  }

  public String tradingUrl() {
    return strip(apiBaseUrl) + "/ws/api.dll";
  }

  public String ruName() {
    return ruName;
  }

  public String scopes() {
    return scopes;
  }

  /**
   * Whether the public base URL is https: then browsers are told to use https only (HSTS) and the
   * session cookie is sent over https only (Secure).
   */
  public boolean servesHttps() {
    return webhookBaseUrl.strip().toLowerCase(Locale.ROOT).startsWith("https://");
  }

  /** Our public base URL, without a trailing slash. */
  public String publicBaseUrl() {
    return strip(webhookBaseUrl.strip());
  }

  /** The ApplicationURL we ask eBay to push to. */
  public String notificationUrl() {
    return strip(webhookBaseUrl) + "/webhooks/ebay-platform";
  }

  /**
   * Where eBay's JSON Notification API pushes, unless EBAY_NOTIFICATION_ENDPOINT says otherwise.
   */
  public String apiNotificationUrl() {
    return strip(webhookBaseUrl) + "/webhooks/ebay";
  }

  /** eBay's Notification API (REST). */
  public String notificationApiUrl() {
    return strip(apiBaseUrl) + "/commerce/notification/v1";
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
