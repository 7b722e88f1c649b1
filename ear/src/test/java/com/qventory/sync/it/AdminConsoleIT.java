package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin's webhook console: find a notification, see why it ended as it did, replay it. */
@BlackBoxTest
class AdminConsoleIT {

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
    assertTrue(filtered.body().contains("1 event · page"), filtered.body());
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
    assertTrue(
        after.body().contains("→ " + seller.username() + " (#" + seller.id() + ")"),
        "the seller, by name: " + after.body());
    HttpResponse<String> log =
        admin.submitFacesForm(
            admin.get("/admin/webhook-events.xhtml"),
            "events",
            "apply",
            Map.of("status", "", "topic", "", "item", itemId));
    assertTrue(
        log.body().contains(seller.username() + " (#" + seller.id() + ")"),
        "the event log names the seller too: " + log.body());
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
        eventLog(admin, Map.of("status", "UNMATCHED", "topic", "", "item", itemId));
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
        confirmed.body().contains("2 events sent through processing again"), confirmed.body());
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

  @Test
  void theEventLogIsPagedFromWhereThePageBeforeEndedEvenWhenEventsShareAMicrosecond()
      throws Exception {
    String topic = "PLATFORM_Keyset" + ThreadLocalRandom.current().nextInt();
    long base = ThreadLocalRandom.current().nextLong(1, 1L << 50);
    // 53 events: the first three received in the same microsecond (only the id orders them), the
    // others a minute older each, so that neither time nor id alone gives the order.
    TestDatabase.update(
        "INSERT INTO webhook_event (id, notification_id, topic, received_at, recorded_at,"
            + " status, attempts, raw_payload) SELECT ? + g, gen_random_uuid(), ?,"
            + " TIMESTAMPTZ '2026-11-30 10:00:00.123456+00'"
            + " - make_interval(mins => CASE WHEN g <= 3 THEN 0 ELSE g END), now(),"
            + " 'PROCESSED', 1, '<keyset/>' FROM generate_series(1, 53) g",
        base,
        topic);
    List<Long> expected = new ArrayList<>(List.of(base + 3, base + 2, base + 1));
    for (long g = 4; g <= 53; g++) {
      expected.add(base + g);
    }

    List<Long> seen = new ArrayList<>();
    String after = "";
    int pages = 0;
    do {
      JsonObject page =
          Json.parse(
              FailureHandlingIT.adminGet(
                      "/api/v1/admin/webhook-events?size=10&topic=" + topic + "&after=" + after)
                  .body());
      assertEquals(53, page.getInt("total"));
      page.getJsonArray("items")
          .forEach(e -> seen.add(e.asJsonObject().getJsonNumber("id").longValue()));
      after = page.containsKey("next") ? page.getString("next") : null;
      pages++;
    } while (after != null && pages < 20);
    assertEquals(expected, seen, "every event once, newest first, ties by id");
    assertEquals(6, pages, "five pages of ten and one of three, no empty page after it");
    assertEquals(
        400,
        FailureHandlingIT.adminGet("/api/v1/admin/webhook-events?after=yesterday").statusCode());

    // The console pages the same way: 50, then the 3 oldest, then back.
    WebClient admin = new WebClient();
    Map<String, String> filter = Map.of("status", "", "topic", topic, "item", "");
    HttpResponse<String> first = eventLog(admin, filter);
    HttpResponse<String> older = admin.submitFacesForm(first, "events", "next", filter);
    HttpResponse<String> newer = admin.submitFacesForm(older, "events", "previous", filter);
    assertEquals(expected.subList(0, 50), rowIds(first.body()));
    assertEquals(expected.subList(50, 53), rowIds(older.body()));
    assertTrue(older.body().matches("(?s).*id=\"events:next\"[^>]*disabled.*"), "the last page");
    assertEquals(expected.subList(0, 50), rowIds(newer.body()));
  }

  /** The admin logs in and applies {@code filter} to the event log. */
  private static HttpResponse<String> eventLog(WebClient admin, Map<String, String> filter)
      throws Exception {
    return admin.submitFacesForm(
        admin.openAfterLogIn(
            "/admin/webhook-events.xhtml",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD),
        "events",
        "apply",
        filter);
  }

  /** The event ids in the rows of an event log page, top to bottom. */
  private static List<Long> rowIds(String page) {
    Matcher link = Pattern.compile("webhook-event\\.xhtml\\?id=(-?\\d+)").matcher(page);
    List<Long> ids = new ArrayList<>();
    while (link.find()) {
      ids.add(Long.parseLong(link.group(1)));
    }
    return ids;
  }

  private static HttpResponse<String> bulkReplay(String query) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(
                    QventoryServer.url("/api/v1/admin/webhook-events/replay" + query))
                .header(
                    "Authorization",
                    WebClient.basic(QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD))
                .header("X-Requested-By", "test")
                .POST(HttpRequest.BodyPublishers.noBody())
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
