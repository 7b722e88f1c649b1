package com.qventory.sync.domain.webhook;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What we read from one eBay Platform Notification before applying it: who it is for, which listing
 * it is about, and eBay's own time for it. The raw text is kept so that every notification can be
 * explained and replayed later.
 */
public record PlatformNotification(
    String eventName,
    Optional<String> ebayItemId,
    Optional<String> recipientUserId,
    Optional<Instant> ebayTimestamp,
    String rawPayload) {

  public PlatformNotification {
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(ebayItemId, "ebayItemId");
    Objects.requireNonNull(recipientUserId, "recipientUserId");
    Objects.requireNonNull(ebayTimestamp, "ebayTimestamp");
    Objects.requireNonNull(rawPayload, "rawPayload");
    if (eventName.isBlank()) {
      throw new IllegalArgumentException("eventName is blank");
    }
  }
}
