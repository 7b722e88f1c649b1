package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pipe end to end: SOAP POST → durable JMS queue → MDB → PostgreSQL → the admin's Faces page;
 * and what "acknowledged" promises when the database is away.
 */
@BlackBoxTest
class NotificationPipelineIT {

  @Test
  void aNotificationIsAcknowledgedRecordedAndListedForAdmins() throws Exception {
    String itemId = Notifications.uniqueItemId();

    HttpResponse<String> ack =
        Notifications.push(
            Notifications.signed(
                "item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", "someone_else")),
            "ItemListed");

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(ack.body().contains("<Ack>Success</Ack>"), ack.body());
    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    assertEquals("PLATFORM_ItemListed", Notifications.eventColumn("topic", itemId).orElseThrow());
    assertEquals(
        "someone_else", Notifications.eventColumn("recipient_user_id", itemId).orElseThrow());
    String stored = Notifications.eventColumn("raw_payload", itemId).orElseThrow();
    assertTrue(stored.contains("<ItemID>" + itemId + "</ItemID>"));
    assertTrue(stored.contains("NotificationSignature>***</"), "the signature is masked");

    HttpResponse<String> page =
        new WebClient()
            .openAfterLogIn(
                "/admin/webhook-events.xhtml",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(itemId), "the admin page lists item " + itemId);
    assertTrue(page.body().contains("UNMATCHED"));
  }

  @Test
  void anAcknowledgedNotificationSurvivesADatabaseOutageAndIsAppliedAfterIt() throws Exception {
    assumeTrue(TestDatabase.isEmbedded(), "only the tests' own database may be taken away");
    Sellers.Seller seller = Sellers.connected();
    String itemId = Notifications.uniqueItemId();
    String notification =
        Notifications.signed(
            "item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", seller.ebayUserId()));

    TestDatabase.refuseConnections(true);
    HttpResponse<String> ack;
    try {
      ack = Notifications.push(notification, "ItemListed");
      // Its delivery fails while the database is away and waits for redelivery with back-off.
      assertTrue(
          TestDatabase.await(Duration.ofSeconds(30), NotificationPipelineIT::awaitingRedelivery)
              .isPresent(),
          "a delivery failed during the outage and was scheduled again");
    } finally {
      TestDatabase.refuseConnections(false);
    }

    assertEquals(
        200, ack.statusCode(), "durable in Artemis' journal, so acknowledged: " + ack.body());
    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    assertFalse(
        TestDatabase.strings("SELECT id FROM inventory_item WHERE ebay_item_id = ?", itemId)
            .isEmpty());
  }

  /** The notification queue's messages scheduled for redelivery, when there are any. */
  private static Optional<Long> awaitingRedelivery() throws Exception {
    String metrics = WebClient.plainGet(QventoryServer.MANAGEMENT.resolve("metrics")).body();
    return metrics
        .lines()
        .filter(line -> line.contains("scheduled_count"))
        .filter(line -> line.contains("name=\"PlatformNotifications\","))
        .filter(line -> line.contains("type=\"jms-queue\""))
        .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .filter(count -> count > 0)
        .findFirst();
  }
}
