package com.qventory.sync.application.webhook;

import com.qventory.sync.application.Failures;
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
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The event log keeps settled events {@code qventory.retention.settled-events} (30 days): every
 * {@code qventory.retention.interval} older ones are deleted in batches, a transaction each, so the
 * log stays fast however long the service runs. FAILED and DEAD events stay until an admin resolves
 * them, and the proof of an account deletion stays. One node of a cluster prunes at a time (a
 * PostgreSQL advisory lock per batch); the others skip that round.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRetention {

  private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

  static final int BATCH = 5_000;

  @Resource private TimerService timers;

  @Inject private EventLogPruning batches;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "qventory.retention.settled-events", defaultValue = "P30D")
  private Duration retention;

  @Inject
  @ConfigProperty(name = "qventory.retention.interval", defaultValue = "PT1H")
  private Duration interval;

  @PostConstruct
  void schedule() {
    if (retention.isNegative()
        || retention.isZero()
        || interval.isNegative()
        || interval.isZero()) {
      throw new IllegalStateException(
          "qventory.retention.settled-events and qventory.retention.interval must be positive");
    }
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
  }

  @Timeout
  void prune() {
    Instant before = clock.instant().minus(retention);
    long deleted = 0;
    try {
      for (OptionalInt batch = batches.prune(before, BATCH);
          batch.isPresent();
          batch = batches.prune(before, BATCH)) {
        deleted += batch.getAsInt();
        if (batch.getAsInt() < BATCH) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.warning(
          "[RETENTION] Pruning settled events stopped: "
              + Failures.rootCauseMessage(e)
              + "; the next round continues");
    }
    if (deleted > 0) {
      long total = deleted;
      LOG.info(
          () -> "[RETENTION] Deleted " + total + " settled event(s) received before " + before);
    }
  }
}
