package com.qventory.sync.domain.webhook;

import java.util.List;

public interface WebhookEventRepository {

  void add(WebhookEvent event);

  /** The newest events first, {@code limit} of them starting at {@code offset}. */
  List<WebhookEvent> latest(int offset, int limit);

  long count();
}
