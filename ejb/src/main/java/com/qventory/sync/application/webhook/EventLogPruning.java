package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.OptionalInt;

/** One batch of {@link Retention}, in a transaction of its own: a long prune never holds one. */
@ApplicationScoped
public class EventLogPruning {

  @Inject private WebhookEventRepository events;

  /**
   * @return how many settled events were deleted; empty when another node is pruning now
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public OptionalInt prune(Instant before, int limit) {
    return events.pruneSettled(before, limit);
  }
}
