package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.OpenTransactions;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * eBay's NotificationSignature covers the Timestamp only, so one captured signature could carry any
 * body. A signature that comes again with another body is acknowledged (two genuine notifications
 * can share a millisecond), but what it says is never believed: its listing is asked from eBay,
 * with no transaction open while eBay answers.
 */
@BlackBoxTest
class SignatureReuseIT extends SimulatorTest {

  @Test
  void aCapturedSignatureWithAForgedBodyChangesNothingButWhatEbaySays() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String captured = list(seller, "{\"title\":\"Teapot\",\"price\":12.50,\"quantity\":2}");
    String target = list(seller, "{\"title\":\"Kettle\",\"price\":40.00,\"quantity\":3}");
    String genuine = signedRevision(seller.ebayUser(), captured, "12.50");
    Notifications.pushAccepted(genuine, "ItemRevised");
    Notifications.awaitSettled(captured, 2);

    String forged =
        genuine
            .replace(captured, target)
            .replaceAll(
                "<CurrentPrice currencyID=\"USD\">[^<]*<", "<CurrentPrice currencyID=\"USD\">0.01<")
            .replaceAll("<Title>[^<]*</Title>", "<Title>Forged</Title>");
    TestSimulator.call(simulator, "PUT", "/sim/api/latency", "{\"GetItem\":2500}");
    HttpResponse<String> answer = Notifications.push(forged, "ItemRevised");
    // eBay is asked with no transaction open
    List<String> settled =
        OpenTransactions.noneWaitsWhile(() -> Notifications.awaitSettled(target, 2));

    assertEquals(200, answer.statusCode(), "acknowledged: it may be genuine; " + answer.body());
    assertEquals(List.of("PROCESSED", "PROCESSED"), settled);
    JsonObject item = onlyItem(seller.username(), target);
    assertEquals("Kettle", item.getString("title"), "the title eBay has, not the body's");
    assertEquals("40.00", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(
        List.of("false", "true"),
        TestDatabase.strings(
            "SELECT confirm_with_ebay::text FROM webhook_event WHERE ebay_item_id = ? ORDER BY id",
            target));
  }

  /**
   * A signature is accepted in two spellings — Base64, or the same MD5 digest as 32 hex characters
   * in any case — but what it proves is its Timestamp: a captured Base64 signature re-spelled as
   * hex (lower, upper or mixed case) with another body is the same signature, never a "first" one.
   */
  @Test
  void aCapturedSignatureReSpelledAsHexInAnyCaseIsStillNotBelievedWithAnotherBody()
      throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String captured = list(seller, "{\"title\":\"Tea set\",\"price\":30.00,\"quantity\":2}");
    String target = list(seller, "{\"title\":\"Samovar\",\"price\":80.00,\"quantity\":1}");
    String genuine = signedRevision(seller.ebayUser(), captured, "30.00");
    Notifications.pushAccepted(genuine, "ItemRevised");
    Notifications.awaitSettled(captured, 2);
    String base64 =
        genuine.replaceFirst("(?s).*<ebl:NotificationSignature[^>]*>([^<]+)<.*", "$1").strip();
    String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(base64));

    int revision = 0;
    for (String spelling : List.of(hex, hex.toUpperCase(), mixedCase(hex))) {
      String forged =
          genuine
              .replace(base64, spelling)
              .replace(captured, target)
              .replaceAll(
                  "<CurrentPrice currencyID=\"USD\">[^<]*<",
                  "<CurrentPrice currencyID=\"USD\">0.0" + (++revision) + "<")
              .replaceAll("<Title>[^<]*</Title>", "<Title>Forged " + revision + "</Title>");
      assertEquals(200, Notifications.push(forged, "ItemRevised").statusCode(), spelling);
    }

    assertEquals(
        List.of("PROCESSED", "PROCESSED", "DUPLICATE", "DUPLICATE"),
        Notifications.awaitSettled(target, 4),
        "the listing, the first forgery confirmed with eBay, the others the same revision again");
    JsonObject item = onlyItem(seller.username(), target);
    assertEquals("Samovar", item.getString("title"), "the title eBay has, not a forged one");
    assertEquals("80.00", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(
        List.of("false", "true", "true", "true"),
        TestDatabase.strings(
            "SELECT confirm_with_ebay::text FROM webhook_event WHERE ebay_item_id = ? ORDER BY id",
            target));
  }

  private static String mixedCase(String hex) {
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < hex.length(); i++) {
      mixed.append(i % 2 == 0 ? Character.toUpperCase(hex.charAt(i)) : hex.charAt(i));
    }
    return mixed.toString();
  }

  @Test
  void aForgedBodyNamingAnotherSellersListingIsUnmatchedAndTouchesNeither() throws Exception {
    EbayConsent.ConnectedSeller attacker = EbayConsent.connectedSeller(simulator);
    EbayConsent.ConnectedSeller victim = EbayConsent.connectedSeller(simulator);
    String own = list(attacker, "{\"title\":\"Lamp\",\"price\":20.00,\"quantity\":1}");
    String theirs = list(victim, "{\"title\":\"Clock\",\"price\":55.00,\"quantity\":1}");
    String genuine = signedRevision(attacker.ebayUser(), own, "20.00");
    Notifications.pushAccepted(genuine, "ItemRevised");
    Notifications.awaitSettled(own, 2);

    Notifications.pushAccepted(
        genuine
            .replace(own, theirs)
            .replaceAll("<Quantity>[^<]*</Quantity>", "<Quantity>0</Quantity>"),
        "ItemRevised");

    assertEquals(List.of("PROCESSED", "UNMATCHED"), Notifications.awaitSettled(theirs, 2));
    assertEquals("Clock", onlyItem(victim.username(), theirs).getString("title"));
    assertEquals(
        0,
        Json.parse(
                WebClient.getWithBasic(
                        "/api/v1/items?ebayItemId=" + theirs, attacker.username(), Sellers.PASSWORD)
                    .body())
            .getInt("total"),
        "the attacker's inventory did not gain the victim's listing");
  }

  private String list(EbayConsent.ConnectedSeller seller, String json) throws Exception {
    String itemId = TestSimulator.listItem(simulator, seller.ebayUser(), json);
    Notifications.awaitSettled(itemId, 1);
    return itemId;
  }

  /** A genuine ItemRevised, as whoever captured it saw it. */
  private static String signedRevision(String ebayUser, String itemId, String price) {
    return Notifications.signed(
        "item-revised.xml",
        Map.of(
            "ITEM_ID",
            itemId,
            "RECIPIENT",
            ebayUser,
            "TIMESTAMP",
            Notifications.ebayTime(Instant.now()),
            "PRICE",
            price));
  }

  private static JsonObject onlyItem(String username, String itemId) throws Exception {
    JsonObject page =
        Json.parse(
            WebClient.getWithBasic("/api/v1/items?ebayItemId=" + itemId, username, Sellers.PASSWORD)
                .body());
    assertEquals(1, page.getInt("total"), page.toString());
    return page.getJsonArray("items").getJsonObject(0);
  }
}
