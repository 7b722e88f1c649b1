package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The event log keeps settled events 30 days: older ones are deleted in batches (the suite prunes
 * every two seconds), and what pointed at them lets go; FAILED, DEAD and the proof of an account
 * deletion stay.
 */
@BlackBoxTest
class RetentionIT {

  @Test
  void settledEventsOlderThanThirtyDaysGoAndWhatPointedAtThemLetsGo() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    long old = event("PROCESSED", 40, null);
    long oldDuplicate = event("DUPLICATE", 40, old);
    long recentDuplicate = event("DUPLICATE", 1, old);
    long oldFailed = event("FAILED", 40, null);
    long oldDead = event("DEAD", 40, null);
    long oldProof = event("PROCESSED", 40, null);
    long recent = event("PROCESSED", 1, null);
    long item = negativeId();
    TestDatabase.update(
        "INSERT INTO inventory_item (id, seller_id, title, synced_from_ebay, created_at,"
            + " updated_at, version) VALUES (?, ?, 'Kept lamp', false, now(), now(), 0)",
        item,
        seller.id());
    TestDatabase.update(
        "INSERT INTO item_sale (id, item_id, seller_id, transaction_id, quantity,"
            + " webhook_event_id, recorded_at) VALUES (?, ?, ?, 'T1', 1, ?, now())",
        negativeId(),
        item,
        seller.id(),
        old);
    TestDatabase.update(
        "INSERT INTO item_sync_entry (id, item_id, seller_id, webhook_event_id, event_name,"
            + " applied_at, source) VALUES (?, ?, ?, ?, 'ItemListed', now(), 'NOTIFICATION')",
        negativeId(),
        item,
        seller.id(),
        old);
    TestDatabase.update(
        "INSERT INTO applied_notification (dedup_hash, dedup_key, webhook_event_id, applied_at)"
            + " VALUES (md5(?::text) || md5(?::text), ?, ?, now())",
        old,
        old,
        "retention-" + old,
        old);
    TestDatabase.update(
        "INSERT INTO ebay_user_erasure (id, webhook_event_id, erased_at, connection_ended,"
            + " events_erased, sales_erased, refusals_erased) VALUES (?, ?, now(), false, 0, 0, 0)",
        negativeId(),
        oldProof);

    Optional<String> pruned =
        TestDatabase.await(
            Duration.ofSeconds(30),
            () -> exists(old) || exists(oldDuplicate) ? Optional.empty() : Optional.of("pruned"));

    assertEquals(Optional.of("pruned"), pruned, "the 40-day-old settled events are gone");
    for (long kept : List.of(recentDuplicate, oldFailed, oldDead, oldProof, recent)) {
      assertTrue(exists(kept), "event " + kept + " is kept");
    }
    assertEquals(
        List.of("null"),
        TestDatabase.strings(
            "SELECT coalesce(webhook_event_id::text, 'null') FROM item_sale WHERE item_id = ?",
            item),
        "the sale stays without its event");
    assertEquals(
        List.of("null"),
        TestDatabase.strings(
            "SELECT coalesce(webhook_event_id::text, 'null') FROM item_sync_entry"
                + " WHERE item_id = ?",
            item),
        "the sync history stays without its event");
    assertEquals(
        List.of("0"),
        TestDatabase.strings(
            "SELECT count(*) FROM applied_notification WHERE dedup_key = ?", "retention-" + old));
    assertEquals(
        List.of("null"),
        TestDatabase.strings(
            "SELECT coalesce(duplicate_of::text, 'null') FROM webhook_event WHERE id = ?",
            recentDuplicate));
  }

  /** A settled or failed event received {@code daysAgo} days ago; its id. */
  private static long event(String status, int daysAgo, Long duplicateOf) throws Exception {
    long id = negativeId();
    TestDatabase.update(
        "INSERT INTO webhook_event (id, notification_id, topic, received_at, recorded_at, status,"
            + " attempts, raw_payload, duplicate_of) VALUES (?, gen_random_uuid(),"
            + " 'PLATFORM_ItemListed', now() - make_interval(days => ?), now() - make_interval("
            + "days => ?), ?, 1, '<retention/>', CAST(? AS BIGINT))",
        id,
        daysAgo,
        daysAgo,
        status,
        duplicateOf);
    return id;
  }

  private static boolean exists(long eventId) throws Exception {
    return TestDatabase.strings("SELECT id FROM webhook_event WHERE id = ?", eventId).size() == 1;
  }

  private static long negativeId() {
    return -ThreadLocalRandom.current().nextLong(1, 1L << 50);
  }
}
