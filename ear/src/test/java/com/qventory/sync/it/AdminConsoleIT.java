package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's webhook console: find a notification, see why it ended as it did, replay it. */
@ExtendWith(ArquillianExtension.class)
class AdminConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @Test
  void anAdminFindsAnUnmatchedNotificationSeesWhyAndReplaysItOnceTheSellerIsLinked()
      throws Exception {
    String itemId = Notifications.uniqueItemId();
    String ebayUser = "later_" + itemId;
    Notifications.pushAccepted(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", ebayUser)),
        "ItemListed");
    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    WebClient admin = new WebClient();
    HttpResponse<String> list =
        admin.openAfterLogIn(
            "/admin/webhook-events.xhtml",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);

    HttpResponse<String> filtered =
        admin.submitFacesForm(
            list, "events", "apply", Map.of("status", "UNMATCHED", "topic", "", "item", itemId));
    assertTrue(filtered.body().contains("1 event(s)"), filtered.body());
    String id = Notifications.eventColumn("id", itemId).orElseThrow();
    HttpResponse<String> detail = admin.get("/admin/webhook-event.xhtml?id=" + id);
    assertTrue(detail.body().contains("UNMATCHED"));
    assertTrue(
        detail.body().contains("NotificationSignature&gt;***&lt;"),
        "payload shown, signature masked");
    assertTrue(detail.body().contains("id=\"replay:replay\""), "UNMATCHED can be replayed");

    Sellers.Seller seller = Sellers.signedUp();
    Sellers.linkEbayUser(seller, ebayUser);
    HttpResponse<String> replayed = admin.submitFacesForm(detail, "replay", "replay", Map.of());

    assertTrue(replayed.body().contains("Sent through processing again."), replayed.body());
    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    HttpResponse<String> after = admin.get("/admin/webhook-event.xhtml?id=" + id);
    assertTrue(
        after.body().contains("PROCESSED") && after.body().contains(" ms)"),
        "settled, with its latency");
    assertFalse(after.body().contains("id=\"replay:replay\""), "a processed event is not replayed");
  }

  @Test
  void anAdminReplaysEveryUnmatchedEventOfAFilterAfterConfirmingHowMany() throws Exception {
    String itemId = Notifications.uniqueItemId();
    String ebayUser = "bulk_" + itemId;
    Instant listedAt = Instant.now().minusSeconds(2);
    for (String[] event :
        List.of(
            new String[] {"item-listed.xml", "ItemListed"},
            new String[] {"item-revised.xml", "ItemRevised"})) {
      Notifications.pushAccepted(
          Notifications.signed(
              event[0],
              Map.of(
                  "ITEM_ID", itemId,
                  "RECIPIENT", ebayUser,
                  "TIMESTAMP",
                      Notifications.ebayTime(
                          event[1].equals("ItemListed") ? listedAt : listedAt.plusSeconds(1)))),
          event[1]);
    }
    assertEquals(List.of("UNMATCHED", "UNMATCHED"), Notifications.awaitSettled(itemId, 2));
    String query = "?status=UNMATCHED&ebayItemId=" + itemId;

    assertEquals(
        2,
        Json.parse(
                WebClient.getWithBasic(
                        "/api/v1/admin/webhook-events/replayable" + query,
                        QventoryServer.ADMIN_USERNAME,
                        QventoryServer.ADMIN_PASSWORD)
                    .body())
            .getInt("replayable"));
    HttpResponse<String> unconfirmed = bulkReplay(query + "&expected=5");
    assertEquals(409, unconfirmed.statusCode(), unconfirmed.body());
    assertEquals(List.of("UNMATCHED", "UNMATCHED"), Notifications.awaitSettled(itemId, 2));
    Sellers.Seller seller = Sellers.signedUp();
    assertEquals(
        403,
        WebClient.getWithBasic(
                "/api/v1/admin/webhook-events/replayable" + query,
                seller.username(),
                Sellers.PASSWORD)
            .statusCode(),
        "sellers may not");

    // the cause fixed: the eBay user is linked to a seller
    Sellers.linkEbayUser(seller, ebayUser);
    WebClient admin = new WebClient();
    HttpResponse<String> filtered =
        admin.submitFacesForm(
            admin.openAfterLogIn(
                "/admin/webhook-events.xhtml",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD),
            "events",
            "apply",
            Map.of("status", "UNMATCHED", "topic", "", "item", itemId));
    HttpResponse<String> asked =
        admin.submitFacesForm(
            filtered,
            "events",
            "replay-matching",
            Map.of("status", "UNMATCHED", "topic", "", "item", itemId));
    assertTrue(asked.body().contains("id=\"replay-count\">2<"), asked.body());
    HttpResponse<String> confirmed =
        admin.submitFacesForm(
            asked, "events", "confirm", Map.of("status", "UNMATCHED", "topic", "", "item", itemId));

    assertTrue(
        confirmed.body().contains("2 event(s) sent through processing again"), confirmed.body());
    List<String> after = Notifications.awaitSettled(itemId, 2);
    assertFalse(after.contains("UNMATCHED"), "applied now: " + after);
    assertEquals(
        List.of(QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_USERNAME),
        TestDatabase.strings(
            "SELECT replayed_by FROM webhook_event WHERE ebay_item_id = ? ORDER BY id", itemId),
        "each replay is recorded");
    assertEquals(
        List.of("1"),
        TestDatabase.strings(
            "SELECT count(*) FROM inventory_item WHERE ebay_item_id = ? AND seller_id = ?",
            itemId,
            seller.id()),
        "the listing reached the seller");
  }

  private static HttpResponse<String> bulkReplay(String query) throws Exception {
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    QventoryServer.url("/api/v1/admin/webhook-events/replay" + query))
                .header(
                    "Authorization",
                    WebClient.basic(QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD))
                .header("X-Requested-By", "test")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusedRequestsAreCountedOnTheConsoleAndSellersCannotOpenIt() throws Exception {
    String forged =
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", Notifications.uniqueItemId()))
            .replaceAll(
                "NotificationSignature>[^<]+<", "NotificationSignature>AAAAAAAAAAAAAAAAAAAAAA==<");
    Notifications.push(forged, "ItemListed");

    HttpResponse<String> console =
        new WebClient()
            .openAfterLogIn(
                "/admin/webhook-events.xhtml",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD);
    Sellers.Seller seller = Sellers.signedUp();
    WebClient sellerBrowser = new WebClient();
    sellerBrowser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);

    assertTrue(console.body().contains("BAD_SIGNATURE"), console.body());
    assertEquals(403, sellerBrowser.get("/admin/webhook-event.xhtml?id=1").statusCode());
  }
}
