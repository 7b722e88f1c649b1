package com.qventory.sync.application.webhook.eventlog;

import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.OptionalInt;

/** One batch of {@link Retention}, in a transaction of its own: a long prune never holds one. */
@Stateless
@PermitAll
public class EventLogPruning {

  @Inject private WebhookEventRepository events;

  /**
   * @return how many settled events were deleted; empty when another node is pruning now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OptionalInt prune(Instant before, int limit) {
    return events.pruneSettled(before, limit);
  }
}
