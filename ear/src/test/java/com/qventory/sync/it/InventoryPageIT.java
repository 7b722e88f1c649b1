package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.ManagementCli;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seller's Faces pages: the inventory table (live-updated over the Faces WebSocket, to that
 * seller only), its search, the item page, and the notifications bell.
 */
@BlackBoxTest
class InventoryPageIT {

  private static final Pattern CHANNEL =
      Pattern.compile("(/jakarta\\.faces\\.push/inventory\\?[^\"'\\\\]+)");

  @Test
  void aNewListingIsPushedToItsSellersOpenPageOnlyAndThenShown() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    Sellers.Seller other = Sellers.connected();
    WebClient browser = loggedIn(seller);
    WebClient othersBrowser = loggedIn(other);
    HttpResponse<String> page = browser.get("/seller/index.xhtml");
    assertTrue(
        page.body().contains("Connect your eBay account"), "empty state explains what to do");
    // read before the pages listen: the CLI takes seconds, longer than the tests' read timeout
    long announcedBefore = announcedOnTopic();
    LinkedBlockingQueue<String> pushed = listen(browser, page);
    LinkedBlockingQueue<String> pushedToOther =
        listen(othersBrowser, othersBrowser.get("/seller/index.xhtml"));
    String itemId = Notifications.uniqueItemId();

    Notifications.pushFor(seller, itemId, "item-listed.xml", "ItemListed", Instant.now(), Map.of());

    assertEquals(
        "{\"data\":\"itemChanged\"}",
        pushed.poll(15, TimeUnit.SECONDS),
        "live update for the seller");
    assertTrue(
        announcedOnTopic() > announcedBefore,
        "announced on the broker's InventoryChanges topic for the other nodes of a cluster");
    assertEquals(null, pushedToOther.poll(1, TimeUnit.SECONDS), "nothing for another seller");
    String table = browser.get("/seller/index.xhtml").body();
    assertTrue(table.contains("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt"), table);
    assertTrue(table.contains("34.99 USD"));
    assertFalse(othersBrowser.get("/seller/index.xhtml").body().contains("Vintage Pyrex"));
  }

  /** How many changes the InventoryChanges topic has carried, as the broker counts them. */
  private static long announcedOnTopic() throws Exception {
    return ManagementCli.run(
            "/subsystem=messaging-activemq/server=default/jms-topic=InventoryChanges"
                + ":read-attribute(name=messages-added)")
        .getJsonNumber("result")
        .longValue();
  }

  @Test
  void theTableSearchesByTitleOrSku() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    for (String fixture : List.of("item-listed.xml", "item-listed-with-variations.xml")) {
      Notifications.listedFor(seller, fixture);
    }
    WebClient browser = loggedIn(seller);

    String byTitle = search(browser, "levi");
    String bySku = search(browser, "pyr-bp");

    assertTrue(byTitle.contains("Levi&#39;s 501") || byTitle.contains("Levi's 501"), byTitle);
    assertFalse(byTitle.contains("Pyrex"));
    assertTrue(bySku.contains("Pyrex") && !bySku.contains("Levi"), bySku);
    assertTrue(bySku.contains("1 item · page"));
  }

  @Test
  void theItemPageShowsHistoryAndIsNotFoundForAnyoneElse() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    Sellers.Seller other = Sellers.connected();
    String itemId = Notifications.listedFor(seller, "item-listed.xml");
    String id =
        TestDatabase.strings("SELECT id FROM inventory_item WHERE ebay_item_id = ?", itemId).get(0);

    HttpResponse<String> mine = loggedIn(seller).get("/seller/item.xhtml?id=" + id);
    HttpResponse<String> theirs = loggedIn(other).get("/seller/item.xhtml?id=" + id);

    assertEquals(200, mine.statusCode());
    assertTrue(mine.body().contains("Vintage Pyrex Butterprint Mixing Bowl 2.5 qt"));
    assertTrue(
        mine.body().contains("Listed")
            && mine.body().contains("imported from an eBay notification")
            && mine.body().contains("an eBay notification")
            && !mine.body().contains("NOTIFICATION"),
        "sync history in words, no enum names: " + mine.body());
    assertEquals(404, theirs.statusCode());
  }

  @Test
  void theBellCountsNewImportsAndIsMarkedRead() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String itemId = Notifications.listedFor(seller, "item-listed.xml");
    WebClient browser = loggedIn(seller);

    HttpResponse<String> page = browser.get("/seller/index.xhtml");
    assertTrue(page.body().contains("<span id=\"unread\" class=\"count\">1</span>"), page.body());
    assertTrue(page.body().contains("New eBay listing imported!"));

    HttpResponse<String> read = browser.submitFacesForm(page, "bell-form", "read", Map.of());
    assertTrue(read.body().contains("<span id=\"unread\" class=\"count\">0</span>"), read.body());
  }

  @Test
  void aHandMadeItemIsLinkedToItsListingBySkuAndSyncNeverTouchesItsOwnFields() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    WebClient browser = loggedIn(seller);
    HttpResponse<String> created =
        Sellers.addHandMadeItem(browser, "My Pyrex bowl", "PYR-BP-401", 1);
    HttpResponse<String> saved =
        browser.submitFacesForm(
            created,
            "local",
            "save",
            Map.of(
                "cost",
                "5.00",
                "cost-currency",
                "USD",
                "location",
                "Shelf B3",
                "notes",
                "chip on rim"));
    assertTrue(saved.body().contains("Saved."), saved.body());
    HttpResponse<String> tooLong =
        browser.submitFacesForm(saved, "local", "save", Map.of("notes", "x".repeat(5001)));
    assertTrue(
        tooLong.body().contains("Private notes have at most 5000 characters"), tooLong.body());
    String itemId = Notifications.uniqueItemId();
    Instant t0 = Instant.now().minusSeconds(30);

    Notifications.pushFor(seller, itemId, "item-listed.xml", "ItemListed", t0, Map.of());
    Notifications.awaitSettled(itemId, 1);
    Notifications.pushFor(
        seller,
        itemId,
        "item-revised.xml",
        "ItemRevised",
        t0.plusSeconds(5),
        Map.of("PRICE", "29.99"));
    Notifications.awaitSettled(itemId, 2);

    assertEquals(
        List.of(
            "Vintage Pyrex Butterprint Mixing Bowl 2.5 qt|"
                + itemId
                + "|Shelf B3|chip on rim|5.0000|29.9900"),
        TestDatabase.strings(
            "SELECT title || '|' || ebay_item_id || '|' || storage_location || '|' || private_notes || '|'"
                + " || purchase_cost_amount || '|' || price_amount FROM inventory_item WHERE seller_id = ?",
            seller.id()),
        "one item: linked, eBay's fields from eBay, the seller's own untouched");
    String id =
        TestDatabase.strings("SELECT id FROM inventory_item WHERE ebay_item_id = ?", itemId).get(0);
    assertTrue(
        browser
            .get("/seller/item.xhtml?id=" + id)
            .body()
            .contains("linked to your hand-made item with SKU PYR-BP-401"));
  }

  @Test
  void aHundredThousandItemsArePagedSearchedAndSortedInTheDatabase() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    TestDatabase.update(
        "INSERT INTO inventory_item (id, seller_id, ebay_item_id, title, sku, price_amount, price_currency,"
            + " quantity_available, listing_status, synced_from_ebay, created_at, updated_at, version,"
            + " last_ebay_timestamp)"
            + " SELECT nextval('inventory_item_seq'), ?, 'bulk-' || ? || '-' || g, 'Bulk item ' || g,"
            + " 'BULK-' || g, 10 + g % 100, 'USD', g % 5, CASE WHEN g % 3 = 0 THEN 'Ended' ELSE 'Active' END,"
            + " TRUE, now(), now() - make_interval(secs => g), 0, now() FROM generate_series(1, 100000) g",
        seller.id(), seller.id());
    TestDatabase.update("ANALYZE inventory_item");
    WebClient browser = loggedIn(seller);

    String first = browser.get("/seller/index.xhtml").body();
    String found = search(browser, "bulk item 77777");

    assertTrue(
        first.contains("10000+ items · page 1 of 400+"),
        "counting stops at 10,000: " + first.substring(0, Math.min(first.length(), 3000)));
    assertEquals(25, first.split("class=\"item\"").length - 1, "one page of rows, not the table");
    assertTrue(first.contains("Bulk item 1<"), "newest change first");
    assertTrue(
        found.contains("1 item · page") && found.contains("Bulk item 77777"),
        found.substring(0, Math.min(found.length(), 3000)));
    JsonObject api =
        Json.parse(
            WebClient.getWithBasic("/api/v1/items?size=10", seller.username(), Sellers.PASSWORD)
                .body());
    assertEquals(10_000, api.getInt("total"));
    assertTrue(api.getBoolean("totalIsLowerBound"), "the API says the count stopped");
  }

  private static WebClient loggedIn(Sellers.Seller seller) throws Exception {
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);
    return browser;
  }

  private static String search(WebClient browser, String text) throws Exception {
    HttpResponse<String> page = browser.get("/seller/index.xhtml");
    return browser
        .submitFacesForm(
            page, "inventory", "apply", Map.of("search", text, "status", "", "synced", ""))
        .body();
  }

  /** Opens the page's Faces WebSocket, with the browser's session, and collects its messages. */
  static LinkedBlockingQueue<String> listen(WebClient browser, HttpResponse<String> page)
      throws Exception {
    Matcher channel = CHANNEL.matcher(page.body());
    if (!channel.find()) {
      throw new AssertionError("No websocket channel on the page: " + page.body());
    }
    LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    URI uri =
        URI.create(
            "ws://localhost:" + browser.base().getPort() + channel.group(1).replace("&amp;", "&"));
    HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .header("Cookie", browser.cookieHeader())
        .connectTimeout(Duration.ofSeconds(5))
        .buildAsync(
            uri,
            new WebSocket.Listener() {
              @Override
              public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                messages.add(data.toString());
                socket.request(1);
                return null;
              }
            })
        .get(10, TimeUnit.SECONDS);
    return messages;
  }
}
