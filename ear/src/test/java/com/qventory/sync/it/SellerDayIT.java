package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The seller's dashboard, sales with profit, CSV exports and time zone, against known events. */
@BlackBoxTest
class SellerDayIT {

  @Test
  void theDashboardAndTheSalesPageAddUpKnownSalesWithProfitWhereACostIsKnown() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String lamp = listed(seller, "12.50");
    String bowl = listed(seller, "20.00");
    sale(seller, lamp, "T1", "12.50", 2); // today
    sale(seller, lamp, "T2", "12.50", 1); // moved 40 days back below
    sale(seller, bowl, "T3", "20.00", 1); // today; the bowl has no purchase cost
    Notifications.awaitSettled(lamp, 3);
    Notifications.awaitSettled(bowl, 2);
    TestDatabase.update(
        "UPDATE inventory_item SET purchase_cost_amount = 5.00, purchase_cost_currency = 'USD'"
            + " WHERE ebay_item_id = ?",
        lamp);
    TestDatabase.update(
        "UPDATE item_sale SET created_date = now() - interval '40 days'"
            + " WHERE transaction_id = 'T2' AND seller_id = ?",
        seller.id());
    WebClient browser = new WebClient();

    String dashboard =
        browser
            .openAfterLogIn("/seller/dashboard.xhtml", seller.username(), Sellers.PASSWORD)
            .body();
    String month = browser.get("/seller/sales.xhtml?period=LAST_30_DAYS").body();
    String all = browser.get("/seller/sales.xhtml?period=ALL").body();

    assertEquals("2 sales · USD 45.00", text(dashboard, "sales-today"), "T1 25.00 + T3 20.00");
    assertEquals("2", text(dashboard, "active"), "both listings still have stock");
    // sales, items sold, revenue, profit, sales without a cost
    assertEquals(List.of("2", "3", "45.00", "15.00", "1"), totals(month, "USD"));
    assertEquals(
        List.of("3", "4", "57.50", "22.50", "1"),
        totals(all, "USD"),
        "(12.50 − 5.00) × 2 + (12.50 − 5.00) × 1; the bowl's sale has no cost");
    assertTrue(all.contains("kitchen_collector"), "the buyer");

    HttpResponse<String> csv = browser.get("/seller/export/sales.csv?period=ALL");
    assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        csv.body().startsWith("\uFEFF\"Sold (UTC)\",\"eBay item id\",\"Title\","),
        "BOM, then header, every field quoted");
    List<String> rows = List.of(csv.body().split("\r\n"));
    assertEquals(4, rows.size(), "header and three sales: " + rows);
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    r.contains(",\"T1")
                        && r.contains(
                            ",\"2\",\"12.5000\",\"USD\",\"25.0000\",\"5.0000\",\"15.0000\",")),
        "quantity, price, currency, revenue, cost, profit: " + rows);
    assertTrue(
        rows.get(1).matches("^\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\",.*"), "ISO dates");

    // another seller sees none of it
    Sellers.Seller other = Sellers.signedUp();
    WebClient otherBrowser = new WebClient();
    otherBrowser.openAfterLogIn("/seller/dashboard.xhtml", other.username(), Sellers.PASSWORD);
    assertEquals(
        1,
        otherBrowser.get("/seller/export/sales.csv?period=ALL").body().split("\r\n").length,
        "the header only");
  }

  @Test
  void todayIsTheSellersTodayInTheTimeZoneTheirBrowserReports() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String item = listed(seller, "10.00");
    sale(seller, item, "TZ1", "10.00", 1);
    Notifications.awaitSettled(item, 2);
    TestDatabase.update(
        "UPDATE item_sale SET created_date = now() - interval '1 hour' WHERE seller_id = ?",
        seller.id());
    // A zone whose midnight came within the last hour: there the sale was yesterday; twelve hours
    // behind it, the same moment is early afternoon, and the sale today.
    int hour = Instant.now().atOffset(ZoneOffset.UTC).getHour();
    int ahead =
        Math.floorMod(-hour, 24) > 14 ? Math.floorMod(-hour, 24) - 24 : Math.floorMod(-hour, 24);
    String midnightJustPassed = ZoneOffset.ofHours(ahead).getId();
    String afternoon = ZoneOffset.ofHours(ahead - 12 >= -18 ? ahead - 12 : ahead + 12).getId();
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/dashboard.xhtml", seller.username(), Sellers.PASSWORD);

    assertEquals(403, timeZone(browser, afternoon, false).statusCode(), "X-Requested-By");
    assertEquals(400, timeZone(browser, "Mars/Olympus_Mons", true).statusCode());
    assertEquals(204, timeZone(browser, afternoon, true).statusCode());
    String sameDay = browser.get("/seller/dashboard.xhtml").body();
    assertEquals(204, timeZone(browser, midnightJustPassed, true).statusCode());
    String nextDay = browser.get("/seller/dashboard.xhtml").body();

    assertEquals("1 sale · USD 10.00", text(sameDay, "sales-today"), afternoon);
    assertEquals("No sales", text(nextDay, "sales-today"), midnightJustPassed);
    assertTrue(nextDay.contains("data-time-zone=\"" + midnightJustPassed + "\""), "remembered");
  }

  @Test
  void inventoryExportQuotesWhatNeedsQuotingKeepsUnicodeAndStreamsLargeLists() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);
    Sellers.addHandMadeItem(browser, "Café \"Deluxe\", 10 €", "SKU-1", 2);
    Sellers.addHandMadeItem(browser, "=HYPERLINK(\"http://x\")", "SKU-2", 1);
    TestDatabase.update(
        "INSERT INTO inventory_item (id, seller_id, title, sku, synced_from_ebay, created_at,"
            + " updated_at, version, quantity_available, listing_status)"
            + " SELECT -(? * 100000 + g), ?, 'Bulk ' || g, 'BULK-' || g, false, now(), now(), 0,"
            + " 1, 'Active' FROM generate_series(1, 3000) g",
        seller.id(),
        seller.id());

    HttpResponse<String> csv = browser.get("/seller/export/inventory.csv");
    HttpResponse<String> filtered = browser.get("/seller/export/inventory.csv?q=caf%C3%A9");

    List<String> rows = List.of(csv.body().split("\r\n"));
    assertEquals(1 + 2 + 3000, rows.size(), "every item, in chunks");
    assertTrue(csv.headers().firstValue("Content-Length").isEmpty(), "streamed, not buffered");
    assertTrue(
        csv.body().contains(",\"SKU-1\",\"Café \"\"Deluxe\"\", 10 €\","), "quoted, quotes doubled");
    assertTrue(
        csv.body().contains(",\"SKU-2\",\"'=HYPERLINK(\"\"http://x\"\")\","), "never a formula");
    assertEquals(2, filtered.body().split("\r\n").length, "the inventory page's filter applies");
    assertTrue(
        csv.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .startsWith("attachment; filename=\"qventory-inventory-"));
  }

  @Test
  void lowStockFollowsTheSellersThresholdAndEmptyStatesSayWhatToDo() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    WebClient browser = new WebClient();
    HttpResponse<String> empty =
        browser.openAfterLogIn("/seller/dashboard.xhtml", seller.username(), Sellers.PASSWORD);
    assertTrue(empty.body().contains("Connect your eBay account"), "what to do first");
    assertTrue(empty.body().contains("No changes yet."));
    String item = listed(seller, "8.00"); // 3 available
    HttpResponse<String> page = browser.get("/seller/dashboard.xhtml");
    assertFalse(section(page.body(), "low-stock").contains("Vintage Pyrex"), "3 > 1");
    assertTrue(section(page.body(), "feed").contains("Listed"), "the change in the feed");

    HttpResponse<String> saved =
        browser.submitFacesForm(page, "threshold", "save", Map.of("value", "3"));

    assertTrue(section(saved.body(), "low-stock").contains("3 left"), saved.body());
    HttpResponse<String> refused =
        browser.submitFacesForm(saved, "threshold", "save", Map.of("value", "-4"));
    assertTrue(refused.body().contains("from 0 to 100000"), "a clear error");
    assertTrue(
        section(browser.get("/seller/dashboard.xhtml").body(), "low-stock").contains("3 left"),
        "the refused value changed nothing: " + item);
  }

  private static String listed(Sellers.Seller seller, String price) throws Exception {
    String itemId = Notifications.uniqueItemId();
    Notifications.pushFor(
        seller, itemId, "item-listed.xml", "ItemListed", Instant.now(), Map.of("PRICE", price));
    Notifications.awaitSettled(itemId, 1);
    return itemId;
  }

  private static void sale(
      Sellers.Seller seller, String itemId, String transaction, String price, int quantity)
      throws Exception {
    Notifications.pushFor(
        seller,
        itemId,
        "fixed-price-transaction.xml",
        "FixedPriceTransaction",
        Instant.now(),
        Map.of(
            "TRANSACTION_ID",
            transaction,
            "PRICE",
            price,
            "QUANTITY_PURCHASED",
            String.valueOf(quantity),
            "QUANTITY",
            "10",
            "QUANTITY_SOLD",
            "0"));
  }

  private static HttpResponse<String> timeZone(WebClient browser, String zone, boolean fromPage)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(QventoryServer.url("/seller/time-zone"))
            .header("Cookie", browser.cookieHeader())
            .POST(HttpRequest.BodyPublishers.ofString(zone));
    if (fromPage) {
      request.header("X-Requested-By", "qventory");
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The text of the element with this id. */
  private static String text(String page, String id) {
    Matcher element =
        Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(page);
    assertTrue(element.find(), "#" + id + " on the page");
    return element.group(1).strip();
  }

  /** The totals row of a currency: sales, quantity, revenue, profit, without cost. */
  private static List<String> totals(String page, String currency) {
    Matcher row =
        Pattern.compile("data-currency=\"" + currency + "\">(.*?)</tr>", Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), currency + " totals on the page");
    Matcher cells = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
    List<String> values = new ArrayList<>();
    while (cells.find()) {
      values.add(cells.group(1).strip());
    }
    return values.subList(1, values.size());
  }

  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertTrue(start >= 0, "#" + id);
    return page.substring(start, Math.min(page.length(), start + 3000));
  }
}
