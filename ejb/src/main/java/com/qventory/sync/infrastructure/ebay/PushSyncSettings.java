package com.qventory.sync.infrastructure.ebay;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of the Platform Notification webhook, read once at start-up. A keyset whose CertID and
 * client secret disagree stops the deployment; a missing keyset only disables push sync.
 */
@ApplicationScoped
public class PushSyncSettings implements WebhookSettings, CheckedSettings {

  private static final Logger LOG = Logger.getLogger(PushSyncSettings.class.getName());

  @Inject private Config config;

  @Inject private EbayEndpoints endpoints;

  @Inject
  @ConfigProperty(name = "qventory.webhook.timestamp-tolerance", defaultValue = "PT10M")
  private Duration timestampTolerance;

  @Inject
  @ConfigProperty(name = "qventory.webhook.max-body-bytes", defaultValue = "1048576")
  private int maxBodyBytes;

  @Inject
  @ConfigProperty(name = "qventory.webhook.refusals-per-minute", defaultValue = "30")
  private int refusalsPerMinute;

  @Inject
  @ConfigProperty(name = "qventory.webhook.max-depth", defaultValue = "48")
  private int maxDepth;

  @Inject
  @ConfigProperty(name = "qventory.webhook.max-elements", defaultValue = "20000")
  private int maxElements;

  @Inject
  @ConfigProperty(name = "qventory.processing.max-attempts", defaultValue = "5")
  private int maxAttempts;

  @Inject
  @ConfigProperty(name = "qventory.processing.batch-size", defaultValue = "32")
  private int batchSize;

  @Inject
  @ConfigProperty(name = "qventory.processing.appliers", defaultValue = "2")
  private int appliers;

  private EbayKeysetConfig.Result keyset;

  /** Says at start whether push sync is on (a contradictory keyset stopped the start before). */
  void atStartup(@Observes Startup startup) {
    keyset = EbayKeysetConfig.from(config);
    if (keyset instanceof EbayKeysetConfig.Incomplete incomplete) {
      LOG.warning(
          "[PLATFORM] Push sync is disabled: "
              + String.join(", ", incomplete.missing())
              + " not set; /webhooks/ebay-platform refuses notifications until they are");
    } else {
      LOG.info("[PLATFORM] Push sync enabled; timestamp tolerance " + timestampTolerance);
    }
  }

  /**
   * A keyset whose CertID and client secret disagree, processing figures below 1; in production
   * also a keyset that is incomplete (push sync would be off) or published with the project.
   */
  @Override
  public List<String> problems(boolean production) {
    List<String> problems = new ArrayList<>();
    try {
      EbayKeysetConfig.Result read = EbayKeysetConfig.from(config);
      if (production && read instanceof EbayKeysetConfig.Incomplete i) {
        problems.add(
            String.join(", ", i.missing())
                + " not set: the application's eBay keyset (eBay's developer portal); without it"
                + " no notification is accepted");
      }
    } catch (IllegalStateException e) {
      problems.add(e.getMessage());
    }
    if (production) {
      for (String name :
          List.of(
              EbayKeysetConfig.DEV_ID,
              EbayKeysetConfig.CLIENT_ID,
              EbayKeysetConfig.CERT_ID,
              EbayKeysetConfig.CLIENT_SECRET)) {
        EbayKeysetConfig.value(config, name)
            .filter(PublishedValues.KEYSET_VALUES::contains)
            .ifPresent(value -> problems.add(name + " is a published demo value"));
      }
    }
    atLeastOne("QVENTORY_PROCESSING_MAX_ATTEMPTS", maxAttempts, problems);
    atLeastOne("QVENTORY_PROCESSING_BATCH_SIZE", batchSize, problems);
    atLeastOne("QVENTORY_PROCESSING_APPLIERS", appliers, problems);
    return problems;
  }

  private static void atLeastOne(String name, int value, List<String> problems) {
    if (value < 1) {
      problems.add(name + " must be at least 1, not " + value);
    }
  }

  private EbayKeysetConfig.Result keysetResult() {
    if (keyset == null) {
      keyset = EbayKeysetConfig.from(config);
    }
    return keyset;
  }

  @Override
  public Optional<EbayKeyset> keyset() {
    return keysetResult() instanceof EbayKeysetConfig.Complete complete
        ? Optional.of(complete.keyset())
        : Optional.empty();
  }

  /** The settings that must be set for push sync; empty when it is enabled. */
  @Override
  public List<String> missingSettings() {
    return keysetResult() instanceof EbayKeysetConfig.Incomplete incomplete
        ? incomplete.missing()
        : List.of();
  }

  @Override
  public Duration timestampTolerance() {
    return timestampTolerance;
  }

  @Override
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  @Override
  public int refusalsPerMinute() {
    return refusalsPerMinute;
  }

  public PlatformNotificationReader.Limits readerLimits() {
    return new PlatformNotificationReader.Limits(
        maxDepth, maxElements, PlatformNotificationReader.Limits.DEFAULT.maxTextLength());
  }

  /** Processing attempts of one notification before it is declared DEAD. */
  @Override
  public int maxAttempts() {
    return maxAttempts;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public int appliers() {
    return appliers;
  }

  @Override
  public String notificationUrl() {
    return endpoints.notificationUrl();
  }
}
