package com.qventory.sync.domain.webhook;

import java.util.Map;

public interface WebhookRejectionRepository {

  void add(WebhookRejection rejection);

  /** How many requests were refused, by reason. */
  Map<RejectionReason, Long> countByReason();
}
