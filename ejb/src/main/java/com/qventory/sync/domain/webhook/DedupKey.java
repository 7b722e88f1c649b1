package com.qventory.sync.domain.webhook;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The idempotency key of a notification's effect: event name, eBay item id and eBay's Timestamp
 * text, plus the sorted TransactionIDs for sale events. eBay redelivers a notification with the
 * same Timestamp, so a redelivery has the same key; two different events on one item never do.
 */
public record DedupKey(String text) {

  public DedupKey {
    Objects.requireNonNull(text, "text");
  }

  public static DedupKey of(PlatformNotification notification) {
    StringBuilder key =
        new StringBuilder(notification.eventName())
            .append('|')
            .append(notification.ebayItemId().orElse("-"))
            .append('|')
            .append(notification.timestampText().orElse("-"));
    if (!notification.sales().isEmpty()) {
      key.append('|')
          .append(
              notification.sales().stream()
                  .map(sale -> sale.transactionId())
                  .sorted()
                  .collect(Collectors.joining(",")));
    }
    return new DedupKey(key.toString());
  }

  /** SHA-256 of the text, hex: the ledger's primary key, whatever the text's length. */
  public String hash() {
    return Sha256.hex(text);
  }
}
