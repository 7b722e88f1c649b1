package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The product against eBay's documented limits, which the simulator enforces by default (strict
 * mode): GetSellerEvents' cap without pagination, its slow answers, partial variation lists, and
 * variations known only by their specifics.
 */
@BlackBoxTest
class EbayLimitsIT extends SimulatorTest {

  @Test
  void aWindowOfTwoThousandFiveHundredChangesIsReconciledWithNothingLost() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    sim(
        "POST",
        "/sim/api/bulk",
        "{\"seller\":\"" + seller.ebayUser() + "\",\"listings\":2500,\"perSecond\":1000}");
    awaitListedAtEbay(seller.ebayUser(), 2500);
    TestSimulator.settle(simulator, seller.ebayUser());

    HttpResponse<String> checked = EbayConsent.checkEbayNow(seller.browser(), seller.username());

    assertTrue(checked.body().contains("2500 items corrected"), checked.body());
    assertEquals(
        List.of("2500"),
        TestDatabase.strings(
            "SELECT count(*) FROM inventory_item i JOIN app_user u ON u.id = i.seller_id"
                + " WHERE u.username = ?",
            seller.username()),
        "eBay answers at most 2,000 per window: the narrowed windows found every listing");
  }

  @Test
  void aGetSellerEventsAnswerSlowerThanTheOldFifteenSecondTimeoutIsWaitedFor() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    sim("PUT", "/sim/api/latency", "{\"GetSellerEvents\":20000}");
    String itemId =
        TestSimulator.listItem(simulator, seller.ebayUser(), "{\"title\":\"Slow answer\"}");
    TestSimulator.settle(simulator, seller.ebayUser());

    HttpResponse<String> checked = EbayConsent.checkEbayNow(seller.browser(), seller.username());

    assertTrue(checked.body().contains("1 item corrected"), checked.body());
    assertEquals(
        "Slow answer",
        Sellers.itemDetail(seller.username(), itemId).getJsonObject("summary").getString("title"));
  }

  @Test
  void aPartialVariationListLeavesTheOtherVariationsStockIntact() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String itemId =
        TestSimulator.listItem(
            simulator,
            seller.ebayUser(),
            "{\"title\":\"Tee\",\"variations\":[{\"sku\":\"P-S\",\"quantity\":3},"
                + "{\"sku\":\"P-M\",\"quantity\":5}]}");
    Notifications.awaitSettled(itemId, 1);
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    sim("POST", "/sim/api/items/" + itemId + "/purchase", "{\"quantity\":1,\"sku\":\"P-S\"}");
    TestSimulator.settle(simulator, seller.ebayUser());
    awaitNotificationOlderThanTheSettleTime(itemId);

    // eBay's polling answer lists only P-S, the variation that sold
    EbayConsent.checkEbayNow(seller.browser(), seller.username());

    JsonObject item = Sellers.itemDetail(seller.username(), itemId);
    assertEquals(List.of("P-S 2", "P-M 5"), Sellers.variationStock(item));
    assertEquals(7, item.getJsonObject("summary").getInt("quantityAvailable"));
  }

  @Test
  void aVariationWithoutSkuIsSoldAndTrackedByItsSpecifics() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String itemId =
        TestSimulator.listItem(
            simulator,
            seller.ebayUser(),
            "{\"title\":\"Sneakers\",\"variations\":[{\"specifics\":{\"Size\":\"9\"},\"quantity\":2},"
                + "{\"specifics\":{\"Size\":\"10\"},\"quantity\":4}]}");
    Notifications.awaitSettled(itemId, 1);

    sim(
        "POST",
        "/sim/api/items/" + itemId + "/purchase",
        "{\"quantity\":3,\"specifics\":{\"Size\":\"10\"}}");

    Notifications.awaitSettled(itemId, 3);
    JsonObject item = Sellers.itemDetail(seller.username(), itemId);
    assertEquals(List.of("Size: 9 2", "Size: 10 1"), Sellers.variationStock(item));
    assertEquals(
        "Size: 10", item.getJsonArray("sales").getJsonObject(0).getString("variationSpecifics"));
  }

  @Test
  void anAccessTokenEbayRefusesIsRefreshedAndTheCallMadeAgain() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    String itemId =
        TestSimulator.listItem(simulator, seller.ebayUser(), "{\"title\":\"After expiry\"}");
    TestSimulator.settle(simulator, seller.ebayUser());
    String tokenBefore = storedAccessToken(seller);
    // eBay lets the token lapse before the time it gave: it answers 21917053
    sim("POST", "/sim/api/sellers/" + seller.ebayUser() + "/expire-tokens", "{}");

    HttpResponse<String> checked = EbayConsent.checkEbayNow(seller.browser(), seller.username());

    assertTrue(checked.body().contains("1 item corrected"), checked.body());
    assertEquals(
        "After expiry",
        Sellers.itemDetail(seller.username(), itemId).getJsonObject("summary").getString("title"));
    assertNotEquals(tokenBefore, storedAccessToken(seller), "a new token, stored encrypted");
  }

  @Test
  void aRevokedGrantAsksTheSellerToConnectAgainUntilTheyDo() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    // eBay's AUTHORIZATION_REVOCATION message is lost (NotificationApiIT has the one that arrives):
    // polling is how we learn of it then
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    // the seller revoked Qventory on eBay: the access token and the refresh token are dead
    sim("POST", "/sim/api/sellers/" + seller.ebayUser() + "/revoke", "{}");

    HttpResponse<String> checked = EbayConsent.checkEbayNow(seller.browser(), seller.username());

    assertTrue(checked.body().contains("eBay no longer accepts Qventory's access"), checked.body());
    assertTrue(checked.body().contains("invalid_grant"), "says why");
    assertEquals(
        List.of("eBay no longer accepts Qventory's access to your account: connect eBay again."),
        TestDatabase.strings(
            "SELECT n.message FROM seller_notification n JOIN app_user u ON u.id = n.seller_id"
                + " WHERE u.username = ?",
            seller.username()),
        "the bell says what to do");

    HttpResponse<String> again =
        EbayConsent.consent(seller.browser(), simulator, seller.ebayUser(), "reconnect-now");

    assertTrue(again.body().contains("Successfully connected to eBay!"), again.body());
    assertFalse(again.body().contains("ebay:reconnect-now"), again.body());
  }

  @Test
  void eBaysCallLimitPausesPollingTheSellerInsteadOfAskingAgain() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    sim("PUT", "/sim/api/call-limits", "{\"GetSellerEvents\":1}");
    EbayConsent.checkEbayNow(seller.browser(), seller.username());

    HttpResponse<String> limited = EbayConsent.checkEbayNow(seller.browser(), seller.username());
    HttpResponse<String> again =
        seller
            .browser()
            .submitFacesForm(
                seller.browser().get("/seller/ebay.xhtml"), "ebay", "reconcile", Map.of());

    assertTrue(limited.body().contains("Call usage limit has been reached"), limited.body());
    assertTrue(
        limited.body().contains("checking resumes <time datetime="),
        "when, as every moment is shown: " + limited.body());
    assertTrue(again.body().contains("eBay's call limit is reached: checking resumes in"));
    assertTrue(
        sim("GET", "/sim/api/usage", null).contains("\"GetSellerEvents\":2"),
        "the paused seller was not polled a third time");
  }

  /**
   * A polled state counts from eBay's answer time less the settle time; a notification newer than
   * that wins. Here the notification came moments before the pass, so wait until it is older.
   */
  private static void awaitNotificationOlderThanTheSettleTime(String itemId) throws Exception {
    TestDatabase.await(
            Duration.ofSeconds(30),
            () ->
                TestDatabase.queryString(
                    "SELECT ebay_item_id FROM inventory_item WHERE ebay_item_id = ?"
                        + " AND last_ebay_timestamp < now() - interval '2 seconds'",
                    itemId))
        .orElseThrow();
  }

  private static String storedAccessToken(EbayConsent.ConnectedSeller seller) throws Exception {
    return TestDatabase.queryString(
            "SELECT a.access_token_enc FROM ebay_account a JOIN app_user u ON u.id = a.seller_id"
                + " WHERE u.username = ?",
            seller.username())
        .orElseThrow();
  }

  private void awaitListedAtEbay(String ebayUser, int count) throws Exception {
    TestDatabase.await(
            Duration.ofSeconds(60),
            () -> {
              int listed =
                  Json.parseArray(sim("GET", "/sim/api/sellers/" + ebayUser + "/items", null))
                      .size();
              return listed >= count ? Optional.of(listed) : Optional.empty();
            })
        .orElseThrow(() -> new AssertionError("the simulator did not list " + count));
  }

  private String sim(String method, String path, String json) throws Exception {
    return TestSimulator.call(simulator, method, path, json);
  }
}
