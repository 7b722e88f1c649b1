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
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A poison notification: retried with back-off, recorded FAILED with its error on each attempt,
 * DEAD after the configured attempts (3 in the tests) — and applied once replayed after the fix;
 * one that can never be applied is DEAD at once. Every attempt is a row on the event's page.
 */
@BlackBoxTest
class FailureHandlingIT {

  @Test
  void aPoisonNotificationEndsDeadWithItsErrorAndIsAppliedWhenReplayedAfterTheFix()
      throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String itemId = Notifications.uniqueItemId();
    String trigger = "poison_" + itemId;
    // The "bug": the database refuses this item's SKU, as a broken constraint or mapping would.
    TestDatabase.update(
        "CREATE FUNCTION "
            + trigger
            + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            + " IF NEW.ebay_item_id = '"
            + itemId
            + "' AND NEW.sku IS NOT NULL THEN"
            + " RAISE EXCEPTION 'refusing item %', NEW.ebay_item_id; END IF; RETURN NEW; END $$");
    TestDatabase.update(
        "CREATE TRIGGER "
            + trigger
            + " BEFORE UPDATE ON inventory_item FOR EACH ROW EXECUTE FUNCTION "
            + trigger
            + "()");
    try {
      Notifications.pushFor(
          seller, itemId, "item-listed.xml", "ItemListed", Instant.now(), Map.of());

      assertEquals(List.of("DEAD"), Notifications.awaitSettled(itemId, 1));
      assertEquals("3", Notifications.eventColumn("attempts", itemId).orElseThrow());
      assertTrue(
          Notifications.eventColumn("last_error", itemId)
              .orElseThrow()
              .contains("refusing item " + itemId));
      assertEquals(
          List.of("0"),
          TestDatabase.strings(
              "SELECT count(*) FROM inventory_item WHERE ebay_item_id = ?", itemId));
    } finally {
      TestDatabase.update("DROP TRIGGER " + trigger + " ON inventory_item");
      TestDatabase.update("DROP FUNCTION " + trigger + "()");
    }

    long eventId = Long.parseLong(Notifications.eventColumn("id", itemId).orElseThrow());
    HttpResponse<String> replayed =
        adminPost("/api/v1/admin/webhook-events/" + eventId + "/replay");

    assertEquals(202, replayed.statusCode(), replayed.body());
    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    List<JsonObject> attempts = attempts(eventId);
    assertEquals(
        List.of("1 FAILED", "2 FAILED", "3 DEAD", "4 PROCESSED"),
        attempts.stream().map(a -> a.getInt("number") + " " + a.getString("outcome")).toList(),
        "every attempt is a row, the replay's too");
    assertTrue(
        attempts.get(0).getString("error").contains("refusing item " + itemId),
        attempts.get(0).toString());
    assertFalse(attempts.get(3).containsKey("error"), "the attempt that succeeded has no error");
    String page =
        new WebClient()
            .openAfterLogIn(
                "/admin/webhook-event.xhtml?id=" + eventId,
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD)
            .body();
    assertEquals(4, page.split("class=\"attempt\"", -1).length - 1, "shown on the event's page");
    assertEquals(
        List.of("PYR-BP-401"),
        TestDatabase.strings("SELECT sku FROM inventory_item WHERE ebay_item_id = ?", itemId));
    HttpResponse<String> again = adminPost("/api/v1/admin/webhook-events/" + eventId + "/replay");
    assertEquals(409, again.statusCode(), "a PROCESSED event is not replayed: " + again.body());
  }

  @Test
  void anUnmatchedNotificationCanBeReplayedOnceItsSellerIsConnected() throws Exception {
    String itemId = Notifications.uniqueItemId();
    String ebayUser = "late_" + itemId;
    Notifications.pushAccepted(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", ebayUser)),
        "ItemListed");
    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    Sellers.Seller seller = Sellers.connected();
    TestDatabase.update(
        "UPDATE ebay_account SET ebay_user_id = ? WHERE seller_id = ?", ebayUser, seller.id());

    long eventId = Long.parseLong(Notifications.eventColumn("id", itemId).orElseThrow());
    assertEquals(
        202, adminPost("/api/v1/admin/webhook-events/" + eventId + "/replay").statusCode());

    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    JsonObject event =
        Json.parse(adminGet("/api/v1/admin/webhook-events/" + eventId).body())
            .getJsonObject("event");
    assertEquals(seller.id(), event.getJsonNumber("sellerId").longValue());
  }

  /**
   * A notification that can never be applied — its body cannot be read — is DEAD after its first
   * attempt, not retried with back-off: here an UNMATCHED event whose stored body was damaged, sent
   * through processing again.
   */
  @Test
  void aNotificationWhoseBodyCannotBeReadIsDeadAtOnce() throws Exception {
    String itemId = Notifications.uniqueItemId();
    Notifications.pushAccepted(
        Notifications.signed(
            "item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", "nobody_" + itemId)),
        "ItemListed");
    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    long eventId = Long.parseLong(Notifications.eventColumn("id", itemId).orElseThrow());
    TestDatabase.update(
        "UPDATE webhook_event SET raw_payload = '<soapenv:Envelope' WHERE id = ?", eventId);

    assertEquals(
        202, adminPost("/api/v1/admin/webhook-events/" + eventId + "/replay").statusCode());

    assertEquals(List.of("DEAD"), Notifications.awaitSettled(itemId, 1));
    assertEquals(
        List.of("1 UNMATCHED", "2 DEAD"),
        attempts(eventId).stream()
            .map(a -> a.getInt("number") + " " + a.getString("outcome"))
            .toList(),
        "one attempt, no retries");
  }

  private static List<JsonObject> attempts(long eventId) throws Exception {
    return Json.parse(adminGet("/api/v1/admin/webhook-events/" + eventId).body())
        .getJsonArray("attempts")
        .getValuesAs(JsonObject.class);
  }

  static HttpResponse<String> adminPost(String path) throws Exception {
    return WebClient.sendJson(
        "POST",
        QventoryServer.url(path),
        null,
        QventoryServer.ADMIN_USERNAME,
        QventoryServer.ADMIN_PASSWORD);
  }

  static HttpResponse<String> adminGet(String path) throws Exception {
    return WebClient.getWithBasic(
        path, QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);
  }
}
