package com.qventory.sync.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Sellers for tests: signed up through the real page, their eBay account connected directly. */
public final class Sellers {

  public static final String PASSWORD = "a long enough passphrase";

  public record Seller(String username, long id, String ebayUserId) {}

  private Sellers() {}

  /** A new seller whose eBay account is connected (as the seller UI's OAuth flow will do). */
  public static Seller connected() throws Exception {
    Seller seller = signedUp();
    TestDatabase.update(
        "INSERT INTO ebay_account (id, seller_id, ebay_user_id, status, connected_at)"
            + " VALUES (nextval('ebay_account_seq'), ?, ?, 'CONNECTED', now())",
        seller.id(),
        seller.ebayUserId());
    return seller;
  }

  /** A username no other test uses. */
  public static String newUsername() {
    return "seller-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  /** Signs a new seller up on the real page, in {@code browser}, which is then logged in. */
  public static String signUp(WebClient browser) throws Exception {
    String username = newUsername();
    browser.submitFacesForm(
        browser.get("/signup.xhtml"),
        "signup",
        "submit",
        Map.of("username", username, "password", PASSWORD, "confirmation", PASSWORD));
    return username;
  }

  /** A new seller with no eBay account yet; {@link Seller#ebayUserId()} is the one to link. */
  public static Seller signedUp() throws Exception {
    String username = signUp(new WebClient());
    long id =
        Long.parseLong(
            TestDatabase.queryString("SELECT id FROM app_user WHERE username = ?", username)
                .orElseThrow(() -> new AssertionError("sign-up of " + username + " failed")));
    return new Seller(username, id, ebayUserFor(username));
  }

  /**
   * The seller adds an item by hand on the real page (logged in in {@code browser}).
   *
   * @return the page of the new item
   */
  public static HttpResponse<String> addHandMadeItem(
      WebClient browser, String title, String sku, int quantity) throws Exception {
    HttpResponse<String> created =
        browser.submitFacesForm(
            browser.get("/seller/new-item.xhtml"),
            "item",
            "create",
            Map.of(
                "title",
                title,
                "sku",
                sku,
                "quantity",
                Integer.toString(quantity),
                "price",
                "20",
                "currency",
                "USD"));
    if (!created.uri().getPath().endsWith("/seller/item.xhtml")) {
      throw new AssertionError("the item was not created: " + created.body());
    }
    return created;
  }

  /** The read API's detail of the seller's item for an eBay listing. */
  public static JsonObject itemDetail(String username, String ebayItemId) throws Exception {
    JsonObject found =
        Json.parse(
                WebClient.getWithBasic("/api/v1/items?ebayItemId=" + ebayItemId, username, PASSWORD)
                    .body())
            .getJsonArray("items")
            .getJsonObject(0);
    return Json.parse(
        WebClient.getWithBasic(
                "/api/v1/items/" + found.getJsonNumber("id").longValue(), username, PASSWORD)
            .body());
  }

  /**
   * Each variation of an item's detail as {@code SKU available}, or {@code specifics available}.
   */
  public static List<String> variationStock(JsonObject detail) {
    return detail.getJsonArray("variations").getValuesAs(JsonObject.class).stream()
        .map(
            v ->
                (v.containsKey("sku") ? v.getString("sku") : v.getString("specifics"))
                    + " "
                    + v.getInt("quantityAvailable"))
        .toList();
  }

  /** The admin links {@code seller} to {@code ebayUser} (the API's PUT …/ebay-account). */
  public static void linkEbayUser(Seller seller, String ebayUser) throws Exception {
    var answer =
        WebClient.sendJson(
            "PUT",
            QventoryServer.url("/api/v1/admin/sellers/" + seller.username() + "/ebay-account"),
            "{\"ebayUserId\":\"" + ebayUser + "\"}",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);
    if (answer.statusCode() != 200) {
      throw new AssertionError("linking " + ebayUser + " → " + answer.body());
    }
  }

  /** The eBay user id the tests give {@code username}'s eBay account. */
  public static String ebayUserFor(String username) {
    return "ebay_" + username.replace('-', '_');
  }
}
