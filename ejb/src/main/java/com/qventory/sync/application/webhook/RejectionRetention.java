package com.qventory.sync.application.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refused requests are kept {@code qventory.webhook.rejection-retention} (7 days): every {@code
 * qventory.webhook.rejection-prune-interval} older rows are deleted, a batch per transaction. Each
 * node of a cluster may prune; deleting what another deleted costs nothing.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RejectionRetention {

  private static final Logger LOG = Logger.getLogger(RejectionRetention.class.getName());

  static final int BATCH = 10_000;

  @Resource private TimerService timers;

  @Inject private RejectionLog rejections;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "qventory.webhook.rejection-retention", defaultValue = "P7D")
  private Duration retention;

  @Inject
  @ConfigProperty(name = "qventory.webhook.rejection-prune-interval", defaultValue = "PT1H")
  private Duration interval;

  @PostConstruct
  void schedule() {
    if (retention.isNegative()
        || retention.isZero()
        || interval.isNegative()
        || interval.isZero()) {
      throw new IllegalStateException(
          "qventory.webhook.rejection-retention and rejection-prune-interval must be positive");
    }
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void prune() {
    Instant before = clock.instant().minus(retention);
    long deleted = 0;
    for (int batch = BATCH; batch == BATCH; deleted += batch) {
      batch = rejections.pruneBatch(before, BATCH);
    }
    if (deleted > 0) {
      LOG.info("[PLATFORM] Deleted " + deleted + " refused request(s) received before " + before);
    }
  }
}
