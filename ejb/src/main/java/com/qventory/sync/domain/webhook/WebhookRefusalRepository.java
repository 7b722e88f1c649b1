package com.qventory.sync.domain.webhook;

import java.time.Instant;
import java.util.Map;

public interface WebhookRefusalRepository {

  void add(WebhookRefusal refusal);

  /**
   * Deletes at most {@code limit} rows received before {@code before}.
   *
   * @return how many were deleted
   */
  int deleteReceivedBefore(Instant before, int limit);

  /** How many requests were refused, by reason. */
  Map<RefusalReason, Long> countByReason();
}
