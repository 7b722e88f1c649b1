package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON read API: each seller sees only their own items; only admins see the event log. */
@BlackBoxTest
class ReadApiIT {

  @Test
  void aSellerSeesOnlyTheirOwnItemsWhateverTheyAskFor() throws Exception {
    Sellers.Seller owner = Sellers.connected();
    Sellers.Seller other = Sellers.connected();
    String itemId = Notifications.listedFor(owner, "item-listed.xml");
    long id =
        Long.parseLong(
            TestDatabase.strings("SELECT id FROM inventory_item WHERE ebay_item_id = ?", itemId)
                .get(0));

    JsonObject ownersPage = get("/api/v1/items?ebayItemId=" + itemId, owner);
    JsonObject othersPage = get("/api/v1/items?ebayItemId=" + itemId, other);
    var othersDetail =
        WebClient.getWithBasic("/api/v1/items/" + id, other.username(), Sellers.PASSWORD);

    assertEquals(1, ownersPage.getInt("total"));
    assertEquals(0, othersPage.getInt("total"));
    assertEquals(0, get("/api/v1/items", other).getInt("total"));
    assertEquals(404, othersDetail.statusCode(), "another seller's item does not exist for them");
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/items/" + id, owner.username(), Sellers.PASSWORD)
            .statusCode());
  }

  @Test
  void itemsFilterBySkuStatusAndTextAndPage() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    for (int i = 0; i < 3; i++) {
      Notifications.listedFor(
          seller, i == 0 ? "item-listed-with-variations.xml" : "item-listed.xml");
    }

    assertEquals(2, get("/api/v1/items?sku=PYR-BP-401", seller).getInt("total"));
    assertEquals(3, get("/api/v1/items?status=Active", seller).getInt("total"));
    assertEquals(0, get("/api/v1/items?status=Ended", seller).getInt("total"));
    assertEquals(2, get("/api/v1/items?q=pyrex", seller).getInt("total"), "in the title");
    assertEquals(1, get("/api/v1/items?q=levi-501-34", seller).getInt("total"), "a variation SKU");
    JsonObject secondPage = get("/api/v1/items?size=2&page=1", seller);
    assertEquals(3, secondPage.getInt("total"));
    assertEquals(1, secondPage.getJsonArray("items").size());
  }

  @Test
  void pagingParametersThatCannotBeAPageAnswer400SayingWhy() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/sales.xhtml", seller.username(), Sellers.PASSWORD);

    for (String query :
        List.of("page=99999999999", "page=2147483647", "page=-1", "page=two", "size=0", "size=x")) {
      var answer =
          WebClient.getWithBasic("/api/v1/items?" + query, seller.username(), Sellers.PASSWORD);
      assertEquals(400, answer.statusCode(), query + ": " + answer.body());
      assertEquals("bad_request", Json.parse(answer.body()).getString("error"), query);
      if (query.startsWith("page=")) {
        assertEquals(
            400, browser.get("/seller/sales.xhtml?period=ALL&" + query).statusCode(), query);
      }
    }
    assertEquals(
        400,
        FailureHandlingIT.adminGet("/api/v1/admin/webhook-events?size=99999999999").statusCode());
    assertEquals(200, browser.get("/seller/sales.xhtml?period=ALL&page=3").statusCode());
  }

  @Test
  void onlyAdminsReadTheEventLogAndItFiltersByStatusAndItem() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String itemId = Notifications.listedFor(seller, "item-listed.xml");

    var asSeller =
        WebClient.getWithBasic("/api/v1/admin/webhook-events", seller.username(), Sellers.PASSWORD);
    JsonObject asAdmin =
        Json.parse(
            FailureHandlingIT.adminGet(
                    "/api/v1/admin/webhook-events?status=processed&ebayItemId=" + itemId)
                .body());
    JsonObject unmatchedOnly =
        Json.parse(
            FailureHandlingIT.adminGet(
                    "/api/v1/admin/webhook-events?status=UNMATCHED&ebayItemId=" + itemId)
                .body());

    assertEquals(403, asSeller.statusCode());
    assertEquals(1, asAdmin.getInt("total"));
    JsonObject event = asAdmin.getJsonArray("items").getJsonObject(0);
    assertEquals("PLATFORM_ItemListed", event.getString("topic"));
    assertEquals(seller.id(), event.getJsonNumber("sellerId").longValue());
    assertTrue(event.containsKey("receivedAt") && event.containsKey("processedAt"));
    assertEquals(0, unmatchedOnly.getInt("total"));
    assertEquals(
        400, FailureHandlingIT.adminGet("/api/v1/admin/webhook-events?status=NOPE").statusCode());
  }

  @Test
  void aCallThatChangesSomethingMustComeFromAScriptNotACrossSiteForm() throws Exception {
    URI replay = QventoryServer.url("/api/v1/admin/webhook-events/987654321/replay");
    String admin = WebClient.basic(QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);

    HttpResponse<String> asAForm =
        send(
            HttpRequest.newBuilder(replay)
                .header("Authorization", admin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")));
    HttpResponse<String> withTheHeader =
        send(
            HttpRequest.newBuilder(replay)
                .header("Authorization", admin)
                .header("X-Requested-By", "curl")
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertEquals(403, asAForm.statusCode(), asAForm.body());
    assertTrue(asAForm.body().contains("Content-Type: application/json"), asAForm.body());
    assertEquals(404, withTheHeader.statusCode(), "let through, to find no such event");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anAdminLinksASellerToTheirEbayUserAndTheirNotificationsBecomeTheirItems() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    String body = "{\"ebayUserId\":\"" + seller.ebayUserId() + "\"}";

    var bySeller =
        put(
            "/api/v1/admin/sellers/" + seller.username() + "/ebay-account",
            body,
            seller.username(),
            Sellers.PASSWORD);
    var invalid =
        put(
            "/api/v1/admin/sellers/" + seller.username() + "/ebay-account",
            "{\"ebayUserId\":\"no spaces\"}",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);
    var linked =
        put(
            "/api/v1/admin/sellers/" + seller.username() + "/ebay-account",
            body,
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);

    assertEquals(403, bySeller.statusCode());
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertEquals(200, linked.statusCode(), linked.body());
    String itemId = Notifications.listedFor(seller, "item-listed.xml");
    assertEquals(1, get("/api/v1/items?ebayItemId=" + itemId, seller).getInt("total"));
  }

  private static HttpResponse<String> put(
      String path, String json, String username, String password) throws Exception {
    return WebClient.sendJson("PUT", QventoryServer.url(path), json, username, password);
  }

  private static JsonObject get(String path, Sellers.Seller seller) throws Exception {
    var response = WebClient.getWithBasic(path, seller.username(), Sellers.PASSWORD);
    assertEquals(200, response.statusCode(), response.body());
    return Json.parse(response.body());
  }
}
