package com.qventory.sync.infrastructure.ebay;

import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.infrastructure.ebay.platform.PlatformNotificationReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
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
public class PushSyncSettings implements WebhookSettings {

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

  /** Read eagerly, so that a contradictory keyset fails the deployment instead of a request. */
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
    if (maxAttempts < 1) {
      throw new IllegalStateException("qventory.processing.max-attempts must be at least 1");
    }
    if (batchSize < 1 || appliers < 1) {
      throw new IllegalStateException(
          "qventory.processing.batch-size and qventory.processing.appliers must be at least 1");
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
