package com.qventory.sync.application.webhook.eventlog;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.webhook.intake.RefusalLog;
import com.qventory.sync.application.webhook.processing.SignatureClaims;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
 * What the webhooks keep, and for how long, so the event log stays fast however long the service
 * runs. Each on its own timer, in batches of a transaction each (a long prune never holds one
 * open):
 *
 * <ul>
 *   <li>settled events, {@code qventory.retention.settled-events} (30 days), every {@code
 *       qventory.retention.interval}: FAILED and DEAD stay until an admin resolves them, and so
 *       does the proof of an account deletion; one node of a cluster prunes at a time (a PostgreSQL
 *       advisory lock per batch) and the others skip that round;
 *   <li>refused requests, {@code qventory.webhook.rejection-retention} (7 days), every {@code
 *       qventory.webhook.rejection-prune-interval}; deleting what another node deleted costs
 *       nothing;
 *   <li>accepted signatures, once their Timestamp has left the window, at the same interval.
 * </ul>
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

  private static final Logger LOG = Logger.getLogger(Retention.class.getName());

  static final int EVENT_BATCH = 5_000;
  static final int REFUSAL_BATCH = 10_000;

  private static final String EVENTS = "settled events";
  private static final String REFUSALS = "refused requests";
  private static final String SIGNATURES = "accepted signatures past their window";

  @Resource private TimerService timers;

  @Inject private EventLogPruning events;

  @Inject private RefusalLog refusalLog;

  @Inject private SignatureClaims signatures;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "qventory.retention.settled-events", defaultValue = "P30D")
  private Duration eventRetention;

  @Inject
  @ConfigProperty(name = "qventory.retention.interval", defaultValue = "PT1H")
  private Duration eventInterval;

  @Inject
  @ConfigProperty(name = "qventory.webhook.rejection-retention", defaultValue = "P7D")
  private Duration refusalRetention;

  @Inject
  @ConfigProperty(name = "qventory.webhook.rejection-prune-interval", defaultValue = "PT1H")
  private Duration refusalInterval;

  @PostConstruct
  void schedule() {
    for (Duration setting :
        new Duration[] {eventRetention, eventInterval, refusalRetention, refusalInterval}) {
      if (setting.isNegative() || setting.isZero()) {
        throw new IllegalStateException(
            "qventory.retention.* and qventory.webhook.rejection-* durations must be positive");
      }
    }
    timers.createIntervalTimer(
        eventInterval.toMillis(), eventInterval.toMillis(), new TimerConfig(EVENTS, false));
    timers.createIntervalTimer(
        refusalInterval.toMillis(), refusalInterval.toMillis(), new TimerConfig(REFUSALS, false));
    timers.createIntervalTimer(
        refusalInterval.toMillis(), refusalInterval.toMillis(), new TimerConfig(SIGNATURES, false));
  }

  @Timeout
  void prune(Timer timer) {
    Object kind = timer.getInfo();
    Instant before =
        clock
            .instant()
            .minus(
                EVENTS.equals(kind)
                    ? eventRetention
                    : REFUSALS.equals(kind) ? refusalRetention : Duration.ZERO);
    int size = EVENTS.equals(kind) ? EVENT_BATCH : REFUSAL_BATCH;
    long deleted = 0;
    try {
      for (OptionalInt batch = batch(kind, before, size);
          batch.isPresent();
          batch = batch(kind, before, size)) {
        deleted += batch.getAsInt();
        if (batch.getAsInt() < size) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.warning(
          "[RETENTION] Pruning "
              + timer.getInfo()
              + " stopped: "
              + Failures.rootCauseMessage(e)
              + "; the next round continues");
    }
    if (deleted > 0) {
      long total = deleted;
      LOG.info(
          () ->
              "[RETENTION] Deleted " + total + " " + timer.getInfo() + " (before " + before + ")");
    }
  }

  /** One batch; empty when another node is pruning settled events now. */
  private OptionalInt batch(Object kind, Instant before, int size) {
    if (EVENTS.equals(kind)) {
      return events.prune(before, size);
    }
    return OptionalInt.of(
        REFUSALS.equals(kind)
            ? refusalLog.pruneBatch(before, size)
            : signatures.forgetBatch(before, size));
  }
}
