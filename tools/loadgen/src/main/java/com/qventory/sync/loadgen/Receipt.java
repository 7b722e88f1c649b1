package com.qventory.sync.loadgen;

import java.time.Instant;

/**
 * One notification the generator sent, without its body: what eBay asked for, enough to find its
 * effect in the application's database afterwards.
 *
 * @param transactionId the sale's TransactionID for a FixedPriceTransaction, null otherwise
 */
public record Receipt(String eventName, String itemId, Instant timestamp, String transactionId) {

  /** The notification's identity as the event log records it: item, eBay Timestamp, event. */
  String eventKey() {
    return itemId + "|" + timestamp.toEpochMilli() + "|" + eventName;
  }
}
