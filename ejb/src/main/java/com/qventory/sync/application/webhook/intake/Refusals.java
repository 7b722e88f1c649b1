package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.metrics.OperationalMetrics;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.webhook.RefusalReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What both webhooks do when they refuse a request: count it (metrics and the per-address limit)
 * and record it — the refusal stands even when it cannot be recorded (the database may be down).
 */
@ApplicationScoped
public class Refusals {

  private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

  @Inject private RefusalLog log;

  @Inject private RefusalLimiter limiter;

  @Inject private OperationalMetrics metrics;

  @Inject private WebhookSettings settings;

  /**
   * When requests from this address are heard again, if it was refused too often this minute
   * ({@code qventory.webhook.refusals-per-minute}); they are answered 429 until then, unread.
   */
  public Optional<Instant> refusingUntil(String remoteAddress, Instant now) {
    return limiter.refusingUntil(remoteAddress, settings.refusalsPerMinute(), now);
  }

  /** Counts the refusal and records it. */
  public void refused(Refusal refusal) {
    RefusalReason reason = refusal.reason();
    String remoteAddress = refusal.remoteAddress();
    Instant receivedAt = refusal.receivedAt();
    String prefix = reason.logPrefix();
    metrics.refused(reason);
    int thisMinute = limiter.refused(remoteAddress, receivedAt);
    if (thisMinute == RefusalLimiter.NOT_COUNTED) {
      return; // more addresses refused this minute than are counted: not recorded either
    }
    if (thisMinute == settings.refusalsPerMinute()) {
      LOG.warning(
          prefix
              + " "
              + remoteAddress
              + " was refused "
              + thisMinute
              + " times this minute: its requests are answered 429 unread until "
              + limiter.retryAfter(receivedAt));
    }
    try {
      log.record(refusal);
    } catch (RuntimeException e) {
      LOG.warning(
          prefix
              + " Could not record a refused notification ("
              + reason
              + "): "
              + Failures.rootCauseMessage(e));
    }
  }
}
