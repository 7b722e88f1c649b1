package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One listing-sync path for every source, seen from outside against the simulator: a hand-made item
 * is linked whether its listing arrives by import or by reconciliation, a relist first seen by
 * reconciliation is linked to its predecessor, and a variation sold on eBay moves that variation's
 * stock only.
 */
@ExtendWith(ArquillianExtension.class)
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
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    EbayConsent.connect(browser, simulator, ebayUser);
    dropEveryNotificationOf(ebayUser);
    String sku = uniqueSku("VASE");
    Sellers.addHandMadeItem(browser, "My vase", sku, 2);
    String itemId =
        TestSimulator.listItem(
            simulator, ebayUser, "{\"title\":\"Murano Vase\",\"sku\":\"" + sku + "\"}");

    HttpResponse<String> checked = EbayConsent.checkEbayNow(browser);

    assertTrue(
        checked.body().contains("Checked eBay: 1 item(s) brought up to date."), checked.body());
    assertEquals(List.of(itemId + "|Murano Vase"), itemsOf(username));
    assertTrue(history(username, itemId).contains("linked to your hand-made item with SKU " + sku));
  }

  @Test
  void aRelistFirstSeenByReconciliationIsLinkedToTheListingItRelists() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    EbayConsent.connect(browser, simulator, ebayUser);
    String first = TestSimulator.listItem(simulator, ebayUser, "{\"title\":\"Camera\"}");
    Notifications.awaitSettled(first, 1);
    sim("POST", "/sim/api/items/" + first + "/end", "{}");
    Notifications.awaitSettled(first, 3); // ItemClosed, ItemUnsold
    dropEveryNotificationOf(ebayUser);
    String relist =
        Json.parse(sim("POST", "/sim/api/items/" + first + "/relist", "{}")).getString("itemId");

    EbayConsent.checkEbayNow(browser);

    JsonObject detail = detail(username, relist);
    assertEquals(first, detail.getJsonObject("relistedFrom").getString("ebayItemId"));
    assertTrue(history(username, relist).contains("relisted from eBay item " + first));
  }

  @Test
  void aVariationSoldOnEbayMovesThatVariationsStockOnlyAndCountsOnce() throws Exception {
    WebClient browser = new WebClient();
    String username = Sellers.signUp(browser);
    String ebayUser = Sellers.ebayUserFor(username);
    EbayConsent.connect(browser, simulator, ebayUser);
    String sku = uniqueSku("TEE");
    String itemId =
        TestSimulator.listItem(
            simulator,
            ebayUser,
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
    faults(ebayUser, "{\"duplicateRate\":1}"); // every notification is delivered twice

    sim(
        "POST",
        "/sim/api/items/" + itemId + "/purchase",
        "{\"quantity\":1,\"sku\":\"" + sku + "-S\"}");

    Notifications.awaitSettled(itemId, 5); // two notifications of the sale, each twice
    JsonObject detail = detail(username, itemId);
    assertEquals(7, detail.getJsonObject("summary").getInt("quantityAvailable"));
    assertEquals(List.of(sku + "-S 2", sku + "-M 5"), variations(detail));
    JsonArray sales = detail.getJsonArray("sales");
    assertEquals(1, sales.size(), "the sale delivered four times is recorded once");
    assertEquals(sku + "-S", sales.getJsonObject(0).getString("variationSku"));
    assertEquals("Size: S", sales.getJsonObject(0).getString("variationSpecifics"));
    assertEquals(
        "18.00", sales.getJsonObject(0).getJsonNumber("price").bigDecimalValue().toPlainString());

    faults(ebayUser, "{}");
    sim(
        "POST",
        "/sim/api/items/" + itemId + "/purchase",
        "{\"quantity\":2,\"sku\":\"" + sku + "-S\"}");
    Notifications.awaitSettled(itemId, 7);
    assertEquals(List.of(), topics(itemId, "PLATFORM_ItemOutOfStock"), "M is still in stock");
    sim(
        "POST",
        "/sim/api/items/" + itemId + "/purchase",
        "{\"quantity\":5,\"sku\":\"" + sku + "-M\"}");
    Notifications.awaitSettled(itemId, 10);

    assertEquals(List.of("PLATFORM_ItemOutOfStock"), topics(itemId, "PLATFORM_ItemOutOfStock"));
    JsonObject soldOut = detail(username, itemId);
    assertEquals(0, soldOut.getJsonObject("summary").getInt("quantityAvailable"));
    assertEquals(List.of(sku + "-S 0", sku + "-M 0"), variations(soldOut));
    assertEquals(3, soldOut.getJsonArray("sales").size());
  }

  private static String uniqueSku(String prefix) {
    return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private void dropEveryNotificationOf(String ebayUser) throws Exception {
    faults(ebayUser, "{\"dropRate\":1}");
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

  private static JsonObject detail(String username, String itemId) throws Exception {
    JsonObject item =
        Json.parse(
                WebClient.getWithBasic(
                        "/api/v1/items?ebayItemId=" + itemId, username, Sellers.PASSWORD)
                    .body())
            .getJsonArray("items")
            .getJsonObject(0);
    return Json.parse(
        WebClient.getWithBasic(
                "/api/v1/items/" + item.getJsonNumber("id").longValue(), username, Sellers.PASSWORD)
            .body());
  }

  private static String history(String username, String itemId) throws Exception {
    return detail(username, itemId).getJsonArray("history").getValuesAs(JsonObject.class).stream()
        .map(entry -> entry.getString("summary"))
        .toList()
        .toString();
  }

  /** Each variation as {@code SKU available}. */
  private static List<String> variations(JsonObject detail) {
    return detail.getJsonArray("variations").getValuesAs(JsonObject.class).stream()
        .map(v -> v.getString("sku") + " " + v.getInt("quantityAvailable"))
        .toList();
  }
}
