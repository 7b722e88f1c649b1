package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.application.LogText;
import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.WebhookRefusal;
import com.qventory.sync.domain.webhook.WebhookRefusalRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Records refused requests: a bounded row each (never the body), and a log line per reason at most
 * every ten seconds, so that a misconfigured keyset is seen at once and a flood fills no disk.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefusalLog {

  private static final Logger LOG = Logger.getLogger(RefusalLog.class.getName());
  private static final long LOG_INTERVAL_MILLIS = 10_000;

  @Inject private WebhookRefusalRepository repository;

  private final Map<RefusalReason, Long> lastLogged = new EnumMap<>(RefusalReason.class);

  public void record(Refusal refusal) {
    logThrottled(refusal.reason(), refusal.detail(), refusal.remoteAddress());
    repository.add(
        new WebhookRefusal(
            refusal.receivedAt(),
            refusal.reason(),
            refusal.detail(),
            refusal.remoteAddress(),
            refusal.eventName(),
            refusal.recipientUserId(),
            refusal.ebayItemId(),
            refusal.bodyLength(),
            refusal.bodySha256()));
  }

  /**
   * Deletes at most {@code limit} refusals received before {@code before}, in a transaction of its
   * own (a long prune never holds one open).
   *
   * @return how many were deleted
   */
  public int pruneBatch(Instant before, int limit) {
    return repository.deleteReceivedBefore(before, limit);
  }

  private void logThrottled(RefusalReason reason, String detail, String remoteAddress) {
    long now = System.currentTimeMillis();
    synchronized (lastLogged) {
      Long last = lastLogged.get(reason);
      if (last != null && now - last < LOG_INTERVAL_MILLIS) {
        return;
      }
      lastLogged.put(reason, now);
    }
    LOG.warning(
        reason.logPrefix()
            + " Refused a request from "
            + remoteAddress
            + ": "
            + reason
            + " — "
            + LogText.safe(detail)
            + " ("
            + reason.hint()
            + "); further refusals for this reason are logged at most every 10 s");
  }
}
