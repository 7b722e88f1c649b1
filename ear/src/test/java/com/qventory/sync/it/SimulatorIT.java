package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eBay simulator in place of eBay: what a seller does in it arrives in the application through
 * its real pushes, signed by the simulator and verified by the application.
 */
@BlackBoxTest
class SimulatorIT extends SimulatorTest {

  @Test
  void aListingMadeInTheSimulatorBecomesTheSellersItemAndFollowsItsChanges() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    assertEquals(
        200,
        WebClient.sendJson(
                "PUT",
                QventoryServer.url("/api/v1/admin/sellers/" + seller.username() + "/ebay-account"),
                "{\"ebayUserId\":\"" + seller.ebayUserId() + "\"}",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD)
            .statusCode());
    sim(
        "POST",
        "/sim/api/sellers/" + seller.ebayUserId() + "/subscriptions",
        "{\"events\":[\"ItemListed\",\"ItemRevised\",\"FixedPriceTransaction\",\"AuctionCheckoutComplete\"],"
            + "\"applicationUrl\":\""
            + QventoryServer.url("/webhooks/ebay-platform")
            + "\"}");

    String itemId =
        TestSimulator.listItem(
            simulator,
            seller.ebayUserId(),
            "{\"title\":\"Sim Teapot\",\"sku\":\"SIM-1\",\"quantity\":3,\"price\":\"25.00\",\"currency\":\"USD\"}");

    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    JsonObject item = item(seller, itemId);
    assertEquals("Sim Teapot", item.getString("title"));
    assertEquals("25.00", item.getJsonNumber("price").bigDecimalValue().toPlainString());
    assertEquals(3, item.getInt("quantityAvailable"));

    sim("POST", "/sim/api/items/" + itemId + "/revise", "{\"price\":\"19.50\"}");
    Notifications.awaitSettled(itemId, 2);
    assertEquals(
        "19.50", item(seller, itemId).getJsonNumber("price").bigDecimalValue().toPlainString());

    sim("POST", "/sim/api/items/" + itemId + "/purchase", "{\"quantity\":1}");
    // FixedPriceTransaction and AuctionCheckoutComplete for the one sale race each other: the
    // older one may arrive second and is then STALE; the sale counts once either way.
    List<String> statuses = Notifications.awaitSettled(itemId, 4);
    assertEquals(List.of("PROCESSED", "PROCESSED"), statuses.subList(0, 2));
    assertTrue(
        statuses.subList(2, 4).stream().allMatch(s -> s.equals("PROCESSED") || s.equals("STALE")),
        statuses.toString());
    JsonObject detail =
        Json.parse(
            WebClient.getWithBasic(
                    "/api/v1/items/" + item.getJsonNumber("id").longValue(),
                    seller.username(),
                    Sellers.PASSWORD)
                .body());
    assertEquals(2, detail.getJsonObject("summary").getInt("quantityAvailable"));
    assertEquals(1, detail.getJsonArray("sales").size());
  }

  private String sim(String method, String path, String json) throws Exception {
    return TestSimulator.call(simulator, method, path, json);
  }

  private static JsonObject item(Sellers.Seller seller, String itemId) throws Exception {
    JsonObject page =
        Json.parse(
            WebClient.getWithBasic(
                    "/api/v1/items?ebayItemId=" + itemId, seller.username(), Sellers.PASSWORD)
                .body());
    return page.getJsonArray("items").getJsonObject(0);
  }
}
