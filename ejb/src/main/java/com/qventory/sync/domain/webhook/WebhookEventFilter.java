package com.qventory.sync.domain.webhook;

import java.util.Optional;

/** What an admin narrows the event log by; every part is optional. */
public record WebhookEventFilter(
    Optional<WebhookEventStatus> status,
    Optional<String> topic,
    Optional<String> ebayItemId,
    Optional<Long> sellerId) {

  public static WebhookEventFilter all() {
    return new WebhookEventFilter(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
