package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import com.qventory.sync.testing.Fixtures;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The webhook against hostile input: each case is a request built from a fixture and the answer it
 * must get. A refused request changes nothing (no event, no item); an accepted one whose content is
 * hostile is stored as data and changes no seller's inventory. After every case the server is
 * healthy.
 */
@BlackBoxTest
class HostileInputIT {

  /**
   * One hostile request.
   *
   * @param body the request body, given the case's own item id
   * @param status the answer it must get
   */
  record Case(
      String name,
      Function<String, byte[]> body,
      String method,
      String contentType,
      String soapAction,
      int status) {

    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachHostileRequestGetsItsAnswerChangesNothingAndLeavesTheServerHealthy(Case hostile)
      throws Exception {
    String itemId = Notifications.uniqueItemId();

    HttpResponse<String> answer = send(hostile, hostile.body().apply(itemId));

    assertEquals(hostile.status(), answer.statusCode(), hostile.name() + ": " + answer.body());
    if (hostile.status() == 200) {
      assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    } else {
      assertTrue(
          answer.statusCode() == 405 || answer.body().contains("Fault"),
          "a SOAP fault says why: " + answer.body());
      assertEquals(
          List.of("0"),
          TestDatabase.strings(
              "SELECT count(*) FROM webhook_event WHERE ebay_item_id = ?", itemId));
    }
    assertEquals(
        List.of("0"),
        TestDatabase.strings("SELECT count(*) FROM inventory_item WHERE ebay_item_id = ?", itemId),
        "no seller's inventory changed");
    assertEquals(
        200, WebClient.plainGet(QventoryServer.url("/webhooks/platform/health")).statusCode());
  }

  /** A title, as it must be kept and shown, and how a notification carries it. */
  record Hostile(String name, String title, String xmlTitle, String sku, String xmlSku) {}

  /**
   * Hostile but well-formed content in genuine notifications for a connected seller: every field is
   * kept as the literal text it is, and shown as text — escaped — on the seller's pages, the
   * admin's, in the JSON API and in the CSV exports; nothing in it runs or is looked up.
   */
  @Test
  void hostileContentReachesASellerAsTextOnEveryPage() throws Exception {
    Sellers.Seller seller = Sellers.connected();
    List<Hostile> hostiles =
        List.of(
            new Hostile(
                "SQL",
                "'); DELETE FROM app_user; --",
                "'); DELETE FROM app_user; --",
                "' OR '1'='1",
                "' OR '1'='1"),
            new Hostile(
                "script",
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "\"><img src=x onerror=alert(1)>",
                "\"&gt;&lt;img src=x onerror=alert(1)&gt;"),
            new Hostile(
                "CDATA",
                "<b>bold</b> & <i>x</i>",
                "<![CDATA[<b>bold</b> & <i>x</i>]]>",
                "CDATA-1",
                "CDATA-1"),
            new Hostile(
                "odd Unicode",
                "\u202Eevil\u202C caf\u00E9\u0301 \uD835\uDD4B zero\u200Dwidth",
                "\u202Eevil\u202C caf\u00E9\u0301 \uD835\uDD4B zero\u200Dwidth",
                "UNI-\u00DF",
                "UNI-\u00DF"));
    Map<String, Hostile> byItem = new LinkedHashMap<>();
    for (Hostile hostile : hostiles) {
      String itemId = Notifications.uniqueItemId();
      byItem.put(itemId, hostile);
      Notifications.pushAccepted(
          carrying(
              hostile,
              Notifications.signedFor(seller, itemId, "item-listed.xml", Instant.now(), Map.of())),
          "ItemListed");
      assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1), hostile.name());
    }
    String scripted = byItem.keySet().stream().skip(1).findFirst().orElseThrow();
    Notifications.pushAccepted(
        carrying(
            byItem.get(scripted),
            Notifications.signedFor(
                seller,
                scripted,
                "fixed-price-transaction.xml",
                Instant.now(),
                Map.of("TRANSACTION_ID", "T-" + scripted, "QUANTITY_PURCHASED", "1"))),
        "FixedPriceTransaction");
    Notifications.awaitSettled(scripted, 2);

    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);
    WebClient admin = new WebClient();
    admin.openAfterLogIn(
        "/admin/index.xhtml", QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("inventory", browser.get("/seller/index.xhtml").body());
    pages.put("dashboard", browser.get("/seller/dashboard.xhtml").body());
    pages.put("sales", browser.get("/seller/sales.xhtml?period=TODAY").body());
    for (String itemId : byItem.keySet()) {
      long id =
          Long.parseLong(
              TestDatabase.queryString(
                      "SELECT id FROM inventory_item WHERE ebay_item_id = ?", itemId)
                  .orElseThrow());
      pages.put("item " + itemId, browser.get("/seller/item.xhtml?id=" + id).body());
      String event =
          TestDatabase.queryString(
                  "SELECT id FROM webhook_event WHERE ebay_item_id = ? ORDER BY id LIMIT 1", itemId)
              .orElseThrow();
      pages.put(
          "admin event " + itemId, admin.get("/admin/webhook-event.xhtml?id=" + event).body());
    }
    String inventoryCsv = browser.get("/seller/export/inventory.csv").body();
    String salesCsv = browser.get("/seller/export/sales.csv?period=TODAY").body();

    for (Map.Entry<String, Hostile> item : byItem.entrySet()) {
      Hostile hostile = item.getValue();
      assertEquals(
          List.of(hostile.title() + "|" + hostile.sku()),
          TestDatabase.strings(
              "SELECT title || '|' || sku FROM inventory_item WHERE ebay_item_id = ?",
              item.getKey()),
          hostile.name() + ": kept as the literal text");
      JsonObject found =
          Json.parse(
              WebClient.getWithBasic(
                      "/api/v1/items?ebayItemId=" + item.getKey(),
                      seller.username(),
                      Sellers.PASSWORD)
                  .body());
      assertEquals(
          hostile.title(),
          found.getJsonArray("items").getJsonObject(0).getString("title"),
          hostile.name() + ": the JSON API");
      assertTrue(
          inventoryCsv.contains(",\"" + hostile.title().replace("\"", "\"\"") + "\","),
          hostile.name() + ": the inventory CSV");
      String escaped = html(hostile.title());
      for (String page : List.of("inventory", "dashboard", "item " + item.getKey())) {
        assertTrue(
            pages.get(page).contains(escaped),
            hostile.name() + " shown as text on " + page + ": " + escaped);
      }
    }
    assertTrue(salesCsv.contains(",\"<script>alert(1)</script>\","), "the sales CSV: " + salesCsv);
    assertTrue(pages.get("sales").contains(html("<script>alert(1)</script>")), "the sales page");
    for (Map.Entry<String, String> page : pages.entrySet()) {
      String html = page.getValue();
      assertFalse(html.contains("<script>alert(1)"), page.getKey() + " runs no injected script");
      assertFalse(html.contains("<img src=x onerror"), page.getKey() + " gains no element");
      assertFalse(html.contains("<b>bold</b>"), page.getKey() + " gains no markup");
      assertFalse(html.contains("root:x:0:0"), page.getKey() + ": no file was included");
    }
    for (Map.Entry<String, Hostile> item : byItem.entrySet()) {
      String payloadTitle = "<Title>" + item.getValue().xmlTitle() + "</Title>";
      assertTrue(
          pages.get("admin event " + item.getKey()).contains(html(payloadTitle)),
          item.getValue().name() + ": the admin sees the notification as it came, as text");
    }
  }

  /** A genuine notification of the fixture's listing carrying the hostile title and SKU. */
  private static String carrying(Hostile hostile, String signed) {
    return signed
        .replace(
            "<Title>Vintage Pyrex Butterprint Mixing Bowl 2.5 qt</Title>",
            "<?evil instruction?><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\""
                + " href=\"file:///etc/passwd\"/><Title>"
                + hostile.xmlTitle()
                + "</Title>")
        .replace("<SKU>PYR-BP-401</SKU>", "<SKU>" + hostile.xmlSku() + "</SKU>");
  }

  /** Text as Faces escapes it in a page. */
  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // Not a notification at all
    cases.add(refused("an empty body", id -> new byte[0], 400));
    cases.add(refused("whitespace only", id -> utf8("   \n\t "), 400));
    cases.add(refused("plain text", id -> utf8("ItemListed " + id), 400));
    cases.add(refused("JSON", id -> utf8("{\"ItemID\":\"" + id + "\"}"), 400));
    cases.add(refused("HTML", id -> utf8("<html><body>" + id + "</body></html>"), 400));
    cases.add(
        refused(
            "XML that is not SOAP", id -> utf8("<Item><ItemID>" + id + "</ItemID></Item>"), 400));
    cases.add(
        refused(
            "a SOAP 1.2 envelope, signed",
            id ->
                utf8(
                    signed(id)
                        .replace(
                            "http://schemas.xmlsoap.org/soap/envelope/",
                            "http://www.w3.org/2003/05/soap-envelope")),
            400));
    cases.add(
        refused(
            "an Envelope in no namespace",
            id ->
                utf8(
                    signed(id)
                        .replace(" xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"", "")
                        .replace("soapenv:", "")),
            400));
    // Not well-formed
    cases.add(
        refused("an unclosed element", id -> utf8(cut(signed(id), "</soapenv:Envelope>")), 400));
    cases.add(
        refused("mismatched tags", id -> utf8(signed(id).replace("</Title>", "</Titel>")), 400));
    cases.add(refused("two root elements", id -> utf8(signed(id) + "<soapenv:Envelope/>"), 400));
    cases.add(
        refused(
            "a NUL character", id -> utf8(signed(id).replace("<Title>", "<Title>\u0000")), 400));
    cases.add(
        refused(
            "a control character",
            id -> utf8(signed(id).replace("<Title>", "<Title>\u0001")),
            400));
    // Entities and DTDs
    cases.add(
        refused(
            "an internal DOCTYPE",
            id -> utf8(withDoctype(signed(id), "<!DOCTYPE Envelope [ <!ELEMENT Envelope ANY> ]>")),
            400));
    cases.add(
        refused(
            "an external entity (XXE)",
            id ->
                utf8(
                    withDoctype(
                            signed(id),
                            "<!DOCTYPE Envelope [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>")
                        .replace("<Title>", "<Title>&xxe;")),
            400));
    cases.add(
        refused(
            "a parameter entity",
            id ->
                utf8(
                    withDoctype(
                        signed(id),
                        "<!DOCTYPE Envelope [ <!ENTITY % p SYSTEM \"http://127.0.0.1:1/x.dtd\"> %p; ]>")),
            400));
    cases.add(
        refused(
            "an external DTD",
            id ->
                utf8(
                    withDoctype(
                        signed(id), "<!DOCTYPE Envelope SYSTEM \"http://127.0.0.1:1/evil.dtd\">")),
            400));
    cases.add(
        refused(
            "a billion laughs",
            id -> utf8(withDoctype(signed(id), laughs()).replace("<Title>", "<Title>&lol9;")),
            400));
    cases.add(
        refused(
            "an undeclared entity",
            id -> utf8(signed(id).replace("<Title>", "<Title>&nbsp;")),
            400));
    // Size and shape
    cases.add(
        refused(
            "nesting 10,000 deep",
            id -> utf8(signed(id).replace("<Title>", "<a>".repeat(10_000) + "<Title>")),
            400));
    cases.add(
        refused(
            "30,000 elements",
            id -> utf8(signed(id).replace("<Title>", "<a/>".repeat(30_000) + "<Title>")),
            400));
    cases.add(
        refused(
            "a 100 KB text",
            id -> utf8(signed(id).replace("<Title>", "<Title>" + "x".repeat(100_000))),
            400));
    cases.add(
        refused("a body over the limit", id -> utf8(signed(id) + " ".repeat(1_100_000)), 413));
    // Encodings
    cases.add(
        refused(
            "a byte that continues nothing",
            id -> bytes(signed(id), "<Title>", new byte[] {(byte) 0x80}),
            400));
    cases.add(
        refused(
            "an overlong '<'",
            id -> bytes(signed(id), "<Title>", new byte[] {(byte) 0xC0, (byte) 0xBC}),
            400));
    cases.add(
        refused(
            "an encoded surrogate",
            id -> bytes(signed(id), "<Title>", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
            400));
    cases.add(
        refused(
            "a truncated sequence at the end",
            id -> concat(utf8(signed(id)), new byte[] {(byte) 0xE2, (byte) 0x82}),
            400));
    cases.add(
        refused(
            "UTF-16 with a byte-order mark",
            id ->
                concat(
                    new byte[] {(byte) 0xFE, (byte) 0xFF},
                    signed(id).getBytes(StandardCharsets.UTF_16BE)),
            400));
    cases.add(
        refused(
            "Latin-1 bytes",
            id -> signed(id).replace("Vintage", "Sch\u00f6n").getBytes(StandardCharsets.ISO_8859_1),
            400));
    // Signature and time
    cases.add(
        refused(
            "no signature",
            id ->
                utf8(
                    signed(id)
                        .replaceAll(
                            "<ebl:NotificationSignature>[^<]*</ebl:NotificationSignature>", "")),
            401));
    cases.add(
        refused(
            "an empty signature",
            id ->
                utf8(
                    signed(id)
                        .replaceAll("NotificationSignature>[^<]*<", "NotificationSignature><")),
            401));
    cases.add(
        refused(
            "another keyset's signature",
            id ->
                utf8(
                    signed(id)
                        .replaceAll(
                            "NotificationSignature>[^<]*<",
                            "NotificationSignature>nJPw67Ef+oWe+/PSYotHlA==<")),
            401));
    cases.add(
        refused(
            "a signature of another Timestamp",
            id ->
                utf8(
                    signed(id)
                        .replaceAll(
                            "<Timestamp>[^<]*</Timestamp>",
                            "<Timestamp>"
                                + Notifications.ebayTime(Instant.now().plusMillis(7))
                                + "</Timestamp>")),
            401));
    cases.add(
        refused(
            "a signed Timestamp that is not a time", id -> utf8(signedAt(id, "yesterday")), 401));
    cases.add(
        refused(
            "a signed Timestamp an hour ahead",
            id -> utf8(signedAt(id, Notifications.ebayTime(Instant.now().plusSeconds(3600)))),
            401));
    cases.add(
        refused(
            "a signed Timestamp a day old",
            id ->
                utf8(signedAt(id, Notifications.ebayTime(Instant.now().minus(Duration.ofDays(1))))),
            401));
    cases.add(
        refused(
            "a legacy ItemSuspended, unsigned",
            id ->
                utf8(
                    Fixtures.fill(
                        "item-suspended-legacy.xml",
                        Map.of(
                            "ITEM_ID",
                            id,
                            "TIMESTAMP",
                            "2026-11-27 18:40:00",
                            "SIGNATURE",
                            "00000000000000000000000000000000"))),
            401));
    // Methods and media types
    cases.add(new Case("a GET", id -> new byte[0], "GET", "text/xml", null, 405));
    cases.add(
        new Case(
            "a PUT of a signed notification",
            id -> utf8(signed(id)),
            "PUT",
            "text/xml",
            "\"ItemListed\"",
            405));
    cases.add(
        refused(
            "two hyphens inside a comment",
            id ->
                utf8(
                    signed(id)
                        .replace("<Title>", "<!-- '; DROP TABLE inventory_item; -- --><Title>")),
            400));
    // Hostile content that reaches a seller: hostileContentReachesASellerAsTextOnEveryPage.
    cases.add(accepted("no SOAPAction header", id -> utf8(signed(id)), null));
    cases.add(
        accepted(
            "a SOAPAction naming another event",
            id -> utf8(signed(id)),
            "\"https://developer.ebay.com/notification/ItemSold\""));
    return cases.stream();
  }

  private static Case refused(String name, Function<String, byte[]> body, int status) {
    return new Case(name, body, "POST", "text/xml; charset=utf-8", "\"ItemListed\"", status);
  }

  private static Case accepted(String name, Function<String, byte[]> body) {
    return accepted(name, body, "\"ItemListed\"");
  }

  private static Case accepted(String name, Function<String, byte[]> body, String soapAction) {
    return new Case(name, body, "POST", "text/xml; charset=utf-8", soapAction, 200);
  }

  /** A genuine, signed ItemListed for an eBay user no seller has connected. */
  private static String signed(String itemId) {
    return Notifications.signed(
        "item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", "nobody_we_know_hostile"));
  }

  private static String signedAt(String itemId, String timestamp) {
    return Notifications.signed(
        "item-listed.xml",
        Map.of("ITEM_ID", itemId, "RECIPIENT", "nobody_we_know_hostile", "TIMESTAMP", timestamp));
  }

  private static String withDoctype(String xml, String doctype) {
    return xml.replaceFirst("\\?>", "?>" + doctype);
  }

  private static String laughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE Envelope [ <!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    return dtd.append("]>").toString();
  }

  private static String cut(String xml, String end) {
    return xml.substring(0, xml.lastIndexOf(end));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The text as UTF-8 with raw {@code bytes} inserted after {@code marker}. */
  private static byte[] bytes(String text, String marker, byte[] bytes) {
    int at = text.indexOf(marker) + marker.length();
    return concat(concat(utf8(text.substring(0, at)), bytes), utf8(text.substring(at)));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static HttpResponse<String> send(Case hostile, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(QventoryServer.url("/webhooks/ebay-platform"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", hostile.contentType())
            .method(hostile.method(), HttpRequest.BodyPublishers.ofByteArray(body));
    if (hostile.soapAction() != null) {
      request.header("SOAPAction", hostile.soapAction());
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
