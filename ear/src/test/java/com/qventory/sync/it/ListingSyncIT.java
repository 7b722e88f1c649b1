package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * One listing-sync path for every source, seen from outside against the simulator: a hand-made item
 * is linked whether its listing arrives by import or by reconciliation, a relist first seen by
 * reconciliation is linked to its predecessor, and a variation sold on eBay moves that variation's
 * stock only.
 */
@BlackBoxTest
class ListingSyncIT extends SimulatorTest {

  @Test
  void theInitialImportTakesOverTheHandMadeItemWithTheListingsSku() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    String sku = uniqueSku("LAMP");
    Sellers.addHandMadeItem(browser, "My brass lamp", sku, 1);
    String itemId =
        TestSimulator.listItem(
            simulator, ebayUser, "{\"title\":\"Brass Desk Lamp\",\"sku\":\"" + sku + "\"}");

    EbayConsent.connect(browser, simulator, ebayUser);

    assertEquals(Optional.of("DONE 1/1"), EbayConsent.awaitImport(username));
    assertEquals(List.of(itemId + "|Brass Desk Lamp"), itemsOf(username));
    assertTrue(
        history(username, itemId).contains("linked to your hand-made item with SKU " + sku),
        history(username, itemId));
  }

  @Test
  void reconciliationTakesOverTheHandMadeItemWhenTheNotificationWasLost() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    String sku = uniqueSku("VASE");
    Sellers.addHandMadeItem(seller.browser(), "My vase", sku, 2);
    String itemId =
        TestSimulator.listItem(
            simulator, seller.ebayUser(), "{\"title\":\"Murano Vase\",\"sku\":\"" + sku + "\"}");

    TestSimulator.settle(simulator, seller.ebayUser());

    HttpResponse<String> checked = EbayConsent.checkEbayNow(seller.browser(), seller.username());

    assertTrue(checked.body().contains("1 item corrected"), checked.body());
    assertEquals(List.of(itemId + "|Murano Vase"), itemsOf(seller.username()));
    assertTrue(
        history(seller.username(), itemId)
            .contains("linked to your hand-made item with SKU " + sku));
  }

  @Test
  void aRelistFirstSeenByReconciliationIsLinkedToTheListingItRelists() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String first = TestSimulator.listItem(simulator, seller.ebayUser(), "{\"title\":\"Camera\"}");
    Notifications.awaitSettled(first, 1);
    sim("POST", "/sim/api/items/" + first + "/end", "{}");
    Notifications.awaitSettled(first, 3); // ItemUnsold, ItemClosed
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser());
    String relist = relist(first);
    TestSimulator.settle(simulator, seller.ebayUser());

    EbayConsent.checkEbayNow(seller.browser(), seller.username());

    JsonObject detail = Sellers.itemDetail(seller.username(), relist);
    assertEquals(first, detail.getJsonObject("relistedFrom").getString("ebayItemId"));
    assertTrue(history(seller.username(), relist).contains("relisted from eBay item " + first));
  }

  @Test
  void variationStockIsExactThroughListReviseSellOneVariationAndRelist() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String sku = uniqueSku("TEE");
    String itemId = listTee(seller, sku);
    faults(seller.ebayUser(), "{\"duplicateRate\":1}"); // every notification is delivered twice

    purchase(itemId, sku + "-S", 1);

    Notifications.awaitSettled(itemId, 5); // two notifications of the sale, each twice
    JsonObject detail = Sellers.itemDetail(seller.username(), itemId);
    assertEquals(7, detail.getJsonObject("summary").getInt("quantityAvailable"));
    assertEquals(List.of(sku + "-S 2", sku + "-M 5"), Sellers.variationStock(detail));
    JsonArray sales = detail.getJsonArray("sales");
    assertEquals(1, sales.size(), "the sale delivered four times is recorded once");
    assertEquals(sku + "-S", sales.getJsonObject(0).getString("variationSku"));
    assertEquals("Size: S", sales.getJsonObject(0).getString("variationSpecifics"));
    assertEquals(
        "18.00", sales.getJsonObject(0).getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(
        itemId,
        Json.parse(
                WebClient.getWithBasic(
                        "/api/v1/items?sku=" + sku + "-M", seller.username(), Sellers.PASSWORD)
                    .body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("ebayItemId"),
        "the inventory finds a listing by a variation's SKU");

    faults(seller.ebayUser(), "{}");
    sim(
        "POST",
        "/sim/api/items/" + itemId + "/revise",
        "{\"variations\":[{\"sku\":\"" + sku + "-M\",\"quantity\":9}]}");
    Notifications.awaitSettled(itemId, 6);
    purchase(itemId, sku + "-S", 2);
    Notifications.awaitSettled(itemId, 8);
    assertEquals(
        List.of(sku + "-S 0", sku + "-M 9"),
        Sellers.variationStock(Sellers.itemDetail(seller.username(), itemId)));
    sim("POST", "/sim/api/items/" + itemId + "/end", "{}");
    Notifications.awaitSettled(itemId, 9); // ItemSold (eBay sends ItemClosed only when unsold)
    String relisted = relist(itemId);
    Notifications.awaitSettled(relisted, 1);

    JsonObject relist = Sellers.itemDetail(seller.username(), relisted);
    assertEquals(itemId, relist.getJsonObject("relistedFrom").getString("ebayItemId"));
    assertEquals(List.of(sku + "-S 0", sku + "-M 9"), Sellers.variationStock(relist));
    assertEquals(9, relist.getJsonObject("summary").getInt("quantityAvailable"));
  }

  @Test
  void itemOutOfStockComesOnlyWhenEveryVariationIsSoldOut() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String sku = uniqueSku("TEE");
    String itemId = listTee(seller, sku);

    purchase(itemId, sku + "-S", 3);
    assertEquals(
        List.of("ItemListed", "FixedPriceTransaction", "AuctionCheckoutComplete"),
        raisedAtEbay(seller, itemId),
        "no ItemOutOfStock while M is in stock");
    purchase(itemId, sku + "-M", 5);
    // eBay's pushes of one purchase travel separately: wait for the one this test is about rather
    // than for a count, which the sale's two notifications could reach first.
    TestDatabase.await(
        Notifications.PIPELINE_TIMEOUT,
        () ->
            topics(itemId, "PLATFORM_ItemOutOfStock").isEmpty()
                ? Optional.empty()
                : Optional.of(true));
    Notifications.awaitSettled(itemId, 6);

    assertEquals(List.of("PLATFORM_ItemOutOfStock"), topics(itemId, "PLATFORM_ItemOutOfStock"));
    JsonObject soldOut = Sellers.itemDetail(seller.username(), itemId);
    assertEquals(0, soldOut.getJsonObject("summary").getInt("quantityAvailable"));
    assertEquals(List.of(sku + "-S 0", sku + "-M 0"), Sellers.variationStock(soldOut));
    assertEquals(2, soldOut.getJsonArray("sales").size());
    String page =
        seller
            .browser()
            .get("/seller/item.xhtml?id=" + soldOut.getJsonObject("summary").getInt("id"))
            .body();
    assertTrue(
        page.contains("Size: M") && page.contains(sku + "-M") && page.contains("sim_buyer"),
        "the item page shows each variation and which one each sale took");

    // One name for a variation everywhere a seller reads it: pages, export and API.
    String name = "Size: M (" + sku + "-M)";
    assertTrue(page.contains(name), "item page: " + page);
    assertTrue(
        page.contains("18.00–22.00 USD"),
        "the price buyers see, the variations' range, not the listing-level 20.00: " + page);
    JsonObject variationM = soldOut.getJsonArray("variations").getJsonObject(1);
    assertEquals(name, variationM.getString("name"));
    assertEquals(
        List.of("Size: M (" + sku + "-M)", "Size: S (" + sku + "-S)"),
        soldOut.getJsonArray("sales").getValuesAs(JsonObject.class).stream()
            .map(sale -> sale.getString("variation"))
            .sorted()
            .toList(),
        "API");
    String salesPage = seller.browser().get("/seller/sales.xhtml?period=ALL").body();
    assertTrue(salesPage.contains(name), "sales page: " + salesPage);
    String export = seller.browser().get("/seller/export/sales.csv?period=ALL").body();
    assertTrue(export.contains("\"" + name + "\""), "sales export: " + export);
    assertTrue(
        history(seller.username(), itemId).contains("sold 5 of " + name + ", eBay transaction "),
        "the history says the sale in words: " + history(seller.username(), itemId));
  }

  /** A T-shirt in S (3 at 18.00) and M (5 at 22.00), listed and arrived. */
  private String listTee(EbayConsent.ConnectedSeller seller, String sku) throws Exception {
    String itemId =
        TestSimulator.listItem(
            simulator,
            seller.ebayUser(),
            "{\"title\":\"Band Tee\",\"sku\":\""
                + sku
                + "\",\"price\":\"20.00\",\"currency\":\"USD\",\"variations\":["
                + "{\"sku\":\""
                + sku
                + "-S\",\"specifics\":{\"Size\":\"S\"},\"quantity\":3,\"price\":\"18.00\"},"
                + "{\"sku\":\""
                + sku
                + "-M\",\"specifics\":{\"Size\":\"M\"},\"quantity\":5,\"price\":\"22.00\"}]}");
    Notifications.awaitSettled(itemId, 1);
    return itemId;
  }

  /** The events eBay (the simulator) raised for the listing, in order. */
  private List<String> raisedAtEbay(EbayConsent.ConnectedSeller seller, String itemId)
      throws Exception {
    return Json.parseArray(sim("GET", "/sim/api/sellers/" + seller.ebayUser() + "/items", null))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(item -> item.getString("itemId").equals(itemId))
        .flatMap(item -> item.getJsonArray("events").getValuesAs(JsonString.class).stream())
        .map(JsonString::getString)
        .toList();
  }

  private void purchase(String itemId, String variationSku, int quantity) throws Exception {
    sim(
        "POST",
        "/sim/api/items/" + itemId + "/purchase",
        "{\"quantity\":" + quantity + ",\"sku\":\"" + variationSku + "\"}");
  }

  private String relist(String itemId) throws Exception {
    return Json.parse(sim("POST", "/sim/api/items/" + itemId + "/relist", "{}"))
        .getString("itemId");
  }

  private static String uniqueSku(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private void faults(String ebayUser, String json) throws Exception {
    sim("PUT", "/sim/api/sellers/" + ebayUser + "/faults", json);
  }

  private String sim(String method, String path, String json) throws Exception {
    return TestSimulator.call(simulator, method, path, json);
  }

  /** Every item of the seller as {@code ebayItemId|title}. */
  private static List<String> itemsOf(String username) throws Exception {
    return TestDatabase.strings(
        "SELECT coalesce(i.ebay_item_id, '-') || '|' || i.title FROM inventory_item i"
            + " JOIN app_user u ON u.id = i.seller_id WHERE u.username = ? ORDER BY i.id",
        username);
  }

  private static List<String> topics(String itemId, String topic) throws Exception {
    return TestDatabase.strings(
        "SELECT topic FROM webhook_event WHERE ebay_item_id = ? AND topic = ?", itemId, topic);
  }

  private static String history(String username, String itemId) throws Exception {
    return Sellers.itemDetail(username, itemId)
        .getJsonArray("history")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(entry -> entry.getString("summary"))
        .toList()
        .toString();
  }
}
