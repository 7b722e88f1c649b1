package com.qventory.sync.infrastructure;

import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.infrastructure.ebay.EbayKeysetConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * In production mode ({@code qventory.mode}, the default) the deployment stops when a setting is
 * one anybody can read in this repository ({@link PublishedValues}: the run command's and the
 * tests' keysets, admin passwords, verification tokens, token key, the cluster broker's old default
 * password) or when a URL the product trusts is not https (our public URL, eBay's consent and API
 * URLs: the simulator's defaults are http). The run command and the tests set {@code
 * QVENTORY_MODE=development}, where all of them are allowed.
 */
@ApplicationScoped
public class ProductionGuard {

  private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());

  /** Settings whose URL must be https in production, with the default each has. */
  static final List<String[]> HTTPS_URLS =
      List.of(
          new String[] {"webhook.base.url", "WEBHOOK_BASE_URL", EbayEndpoints.LOCAL_SERVER},
          new String[] {"ebay.auth.base-url", "EBAY_AUTH_BASE_URL", EbayEndpoints.SIMULATOR},
          new String[] {"ebay.api.base-url", "EBAY_API_BASE_URL", EbayEndpoints.SIMULATOR});

  @Inject private Config config;

  void atStartup(@Observes Startup startup) {
    String mode = config.getOptionalValue("qventory.mode", String.class).orElse("production");
    if ("development".equals(mode)) {
      LOG.warning(
          "[SECURITY] Development mode: demo keys, demo passwords and http URLs are accepted;"
              + " never expose this server");
      return;
    }
    List<String> problems = problems(name -> config.getOptionalValue(name, String.class));
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Production mode (qventory.mode) refuses to start: "
              + String.join("; ", problems)
              + ". Set real values, or QVENTORY_MODE=development on a machine no one else reaches");
    }
  }

  /**
   * What production mode refuses in these settings (looked up by MicroProfile Config name, or by
   * environment variable name); empty when nothing.
   */
  static List<String> problems(Function<String, Optional<String>> settings) {
    List<String> problems = new ArrayList<>();
    for (String[] key : KEYS) {
      value(settings, key[0], key[1])
          .map(String::strip)
          .filter(PublishedValues.KEYSET_VALUES::contains)
          .ifPresent(value -> problems.add(key[1] + " is a published demo value"));
    }
    value(settings, "qventory.admin.initial-password", "QVENTORY_ADMIN_INITIAL_PASSWORD")
        .filter(PublishedValues.PASSWORDS::contains)
        .ifPresent(
            value -> problems.add("QVENTORY_ADMIN_INITIAL_PASSWORD is a published password"));
    value(settings, "qventory.security.token-key", "QVENTORY_SECURITY_TOKEN_KEY")
        .map(String::strip)
        .filter(PublishedValues.TOKEN_KEYS::contains)
        .ifPresent(value -> problems.add("QVENTORY_SECURITY_TOKEN_KEY is a published key"));
    value(settings, "qventory.broker.password", "QVENTORY_BROKER_PASSWORD")
        .filter(PublishedValues.BROKER_PASSWORDS::contains)
        .ifPresent(
            value ->
                problems.add(
                    "QVENTORY_BROKER_PASSWORD is a published password: whoever reaches the broker"
                        + " could put notifications on the queue"));
    Optional<String> verificationToken =
        value(settings, "ebay.verification.token", "EBAY_VERIFICATION_TOKEN").map(String::strip);
    if (verificationToken.isEmpty()) {
      problems.add(
          "EBAY_VERIFICATION_TOKEN is not set: eBay cannot deliver account deletions, which every"
              + " application holding eBay data must handle");
    } else if (PublishedValues.VERIFICATION_TOKENS.contains(verificationToken.get())) {
      problems.add("EBAY_VERIFICATION_TOKEN is a published demo value");
    }
    for (String[] url : HTTPS_URLS) {
      String value = value(settings, url[0], url[1]).orElse(url[2]).strip();
      if (!value.toLowerCase(Locale.ROOT).startsWith("https://")) {
        problems.add(url[1] + " must be an https URL (is " + value + ")");
      }
    }
    return problems;
  }

  private static Optional<String> value(
      Function<String, Optional<String>> settings, String dotted, String environment) {
    return settings.apply(dotted).or(() -> settings.apply(environment));
  }

  /** The eBay keyset's settings: MicroProfile Config name, environment variable. */
  private static final List<String[]> KEYS =
      List.of(
          new String[] {"ebay.dev.id", EbayKeysetConfig.DEV_ID},
          new String[] {"ebay.client.id", EbayKeysetConfig.CLIENT_ID},
          new String[] {"ebay.cert.id", EbayKeysetConfig.CERT_ID},
          new String[] {"ebay.client.secret", EbayKeysetConfig.CLIENT_SECRET});
}
