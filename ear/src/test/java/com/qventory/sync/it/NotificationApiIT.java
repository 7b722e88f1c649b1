package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.Json;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * eBay's JSON Notification API end to end with the simulator: the endpoint registered by the
 * challenge round trip when a seller connects, account deletions and access revocations pushed
 * signed, verified over the raw bytes, de-duplicated, processed, and erasure checked in every
 * table.
 */
@BlackBoxTest
class NotificationApiIT extends SimulatorTest {

  private static final URI ENDPOINT = QventoryServer.url("/webhooks/ebay");
  private static final String TOKEN = "it-verification-token-0123456789abcdef";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void eBaysChallengeIsAnsweredWithTheHashOfCodeTokenAndEndpointAsJson() throws Exception {
    HttpResponse<byte[]> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(ENDPOINT + "?challenge_code=a8628072-3d33")).build(),
            HttpResponse.BodyHandlers.ofByteArray());

    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(("a8628072-3d33" + TOKEN + ENDPOINT).getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, answer.statusCode());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals(
        "{\"challengeResponse\":\"" + expected + "\"}",
        new String(answer.body(), StandardCharsets.UTF_8),
        "exactly this JSON, no byte-order mark");
    assertEquals(
        400,
        HTTP.send(HttpRequest.newBuilder(ENDPOINT).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode(),
        "no challenge_code");
  }

  @Test
  void connectingRegistersTheEndpointAndSubscribesTheTopics() throws Exception {
    EbayConsent.connectedSeller(simulator);

    JsonObject status =
        Json.parse(TestSimulator.call(simulator, "GET", "/sim/api/notification-api", null));
    assertEquals(
        List.of("\"" + ENDPOINT + "\""),
        status.getJsonArray("destinations").stream().map(Object::toString).toList());
    List<String> topics =
        status.getJsonArray("subscriptions").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("topicId"))
            .sorted()
            .toList();
    assertEquals(
        List.of("AUTHORIZATION_REVOCATION", "MARKETPLACE_ACCOUNT_DELETION", "ORDER_CONFIRMATION"),
        topics);
  }

  @Test
  void anAccountDeletionErasesTheUserFromEveryTableAndEndsASellersConnection() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String itemId = listed(seller, "{\"title\":\"Erasure lamp\",\"quantity\":3}");
    String buyer = "buyer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    TestSimulator.call(
        simulator,
        "POST",
        "/sim/api/items/" + itemId + "/purchase",
        "{\"quantity\":1,\"buyer\":\"" + buyer + "\"}");
    awaitValue("SELECT buyer_user_id FROM item_sale WHERE buyer_user_id = ?", buyer);
    String eiasToken =
        TestDatabase.queryString(
                "SELECT eias_token FROM ebay_account WHERE ebay_user_id = ?", seller.ebayUser())
            .orElseThrow();
    assertFalse(tablesHolding(buyer).isEmpty(), "the buyer is in our data before");

    long before = erasures();
    JsonObject deleted =
        Json.parse(
            TestSimulator.call(
                simulator, "POST", "/sim/api/sellers/" + buyer + "/delete-account", "{}"));
    assertEquals(1, deleted.getInt("pushed"));
    awaitErasureAfter(before);
    assertEquals(List.of(), tablesHolding(buyer), "the buyer is nowhere after their deletion");
    assertEquals(
        List.of("1"),
        TestDatabase.strings(
            "SELECT count(*) FROM item_sale s JOIN inventory_item i ON i.id = s.item_id"
                + " WHERE i.ebay_item_id = ? AND s.buyer_user_id IS NULL",
            itemId),
        "the sale stays, without its buyer");

    long beforeSeller = erasures();
    TestSimulator.call(
        simulator, "POST", "/sim/api/sellers/" + seller.ebayUser() + "/delete-account", "{}");
    awaitErasureAfter(beforeSeller);
    for (String identifier : List.of(seller.ebayUser(), eiasToken)) {
      assertEquals(List.of(), tablesHolding(identifier), "nothing of the seller's eBay user");
    }
    assertEquals(
        List.of("Erasure lamp"),
        TestDatabase.strings("SELECT title FROM inventory_item WHERE ebay_item_id = ?", itemId),
        "the account owner's inventory stays");
    assertEquals(
        List.of("true"),
        TestDatabase.strings(
            "SELECT connection_ended::text FROM ebay_user_erasure e JOIN app_user u"
                + " ON u.id = e.seller_id WHERE u.username = ?",
            seller.username()));
    String page = seller.browser().get("/seller/ebay.xhtml").body();
    assertFalse(page.contains("id=\"ebay-user\""), "no longer connected: " + page);
    String erasureId =
        TestDatabase.strings(
                "SELECT e.webhook_event_id FROM ebay_user_erasure e JOIN app_user u"
                    + " ON u.id = e.seller_id WHERE u.username = ?",
                seller.username())
            .get(0);
    assertTrue(
        adminPage().contains("webhook-event.xhtml?id=" + erasureId),
        "the admin console lists the erasure");
    assertTrue(page.contains("Your eBay account was deleted on eBay"), "the seller is told why");
  }

  @Test
  void aRevocationErasesTheTokensAndAsksTheSellerToConnectAgain() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);

    TestSimulator.call(
        simulator, "POST", "/sim/api/sellers/" + seller.ebayUser() + "/revoke", "{}");

    awaitValue(
        "SELECT reconnect_reason FROM ebay_account WHERE ebay_user_id = ?"
            + " AND access_token_enc IS NULL AND refresh_token_enc IS NULL"
            + " AND revoke_reason = 'REVOKED_BY_USER'",
        seller.ebayUser());
    String page = seller.browser().get("/seller/ebay.xhtml").body();
    assertTrue(page.contains("eBay access revoked (REVOKED_BY_USER)"), page);
    assertTrue(page.contains("Connect eBay again"), page);
    assertFalse(page.contains("id=\"ebay:reconcile\""), "no polling without tokens");
    assertEquals(
        List.of("PROCESSED"),
        TestDatabase.strings(
            "SELECT e.status FROM webhook_event e JOIN app_user u ON u.id = e.seller_id"
                + " WHERE e.topic = 'AUTHORIZATION_REVOCATION' AND u.username = ?",
            seller.username()));

    String console = adminPage();
    assertTrue(
        console.contains(seller.username()) && console.contains(seller.ebayUser()),
        "the admin console lists the revocation: " + console);
    assertTrue(console.contains("REVOKED_BY_USER"), console);
    assertTrue(console.contains("MARKETPLACE_ACCOUNT_DELETION"), "the application's subscriptions");
    assertEquals(
        403,
        seller.browser().get("/admin/notification-api.xhtml").statusCode(),
        "a seller may not see it");
  }

  private static String adminPage() throws Exception {
    return new WebClient()
        .openAfterLogIn(
            "/admin/notification-api.xhtml",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD)
        .body();
  }

  @Test
  void aJsonEventIsExplainedAndReplayedInTheAdminConsoleLikeASoapOne() throws Exception {
    String stranger = "stranger_" + UUID.randomUUID();
    String body = message("AUTHORIZATION_REVOCATION", stranger, UUID.randomUUID().toString());
    assertEquals(
        204,
        post(body, simulator.notificationApiSignature(body.getBytes(StandardCharsets.UTF_8)))
            .statusCode());
    String sql =
        "SELECT id FROM webhook_event WHERE recipient_user_id = ? AND status = 'UNMATCHED'"
            + " AND topic = 'AUTHORIZATION_REVOCATION' AND channel = 'NOTIFICATION_API'";
    awaitValue(sql, stranger); // no seller of ours
    String id = TestDatabase.queryString(sql, stranger).orElseThrow();

    WebClient admin = new WebClient();
    HttpResponse<String> detail =
        admin.openAfterLogIn(
            "/admin/webhook-event.xhtml?id=" + id,
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);
    assertTrue(detail.body().contains("AUTHORIZATION_REVOCATION"), detail.body());
    assertTrue(detail.body().contains(stranger), "the payload is shown");
    HttpResponse<String> replayed = admin.submitFacesForm(detail, "replay", "replay", Map.of());
    assertTrue(replayed.body().contains("Sent through processing again."), replayed.body());

    awaitValue(
        "SELECT id FROM webhook_event WHERE id = ?::bigint AND attempts = 2"
            + " AND status = 'UNMATCHED'",
        id);
  }

  @Test
  void aRedeliveredMessageIsAcknowledgedAndAppliedOnce() throws Exception {
    String body = deletionOf("nobody_" + UUID.randomUUID(), UUID.randomUUID().toString());
    String signature = simulator.notificationApiSignature(body.getBytes(StandardCharsets.UTF_8));

    assertEquals(204, post(body, signature).statusCode());
    assertEquals(204, post(body, signature).statusCode());
    String notificationId =
        Json.parse(body).getJsonObject("notification").getString("notificationId");
    awaitValue(
        "SELECT status FROM webhook_event WHERE raw_payload LIKE '%' || ? || '%'"
            + " AND status = 'PROCESSED'",
        notificationId);
    assertEquals(204, post(body, signature).statusCode(), "after processing too");

    assertEquals(
        List.of("1"),
        TestDatabase.strings(
            "SELECT count(*) FROM webhook_event WHERE raw_payload LIKE '%' || ? || '%'",
            notificationId));
    assertEquals(
        List.of("1"),
        TestDatabase.strings(
            "SELECT count(*) FROM ebay_user_erasure e JOIN webhook_event w"
                + " ON w.id = e.webhook_event_id WHERE w.raw_payload LIKE '%' || ? || '%'",
            notificationId));
  }

  @Test
  void aMessageWhoseSignatureDoesNotVerifyIsRefusedWith412() throws Exception {
    String body = deletionOf("victim_" + UUID.randomUUID(), UUID.randomUUID().toString());
    String signature = simulator.notificationApiSignature(body.getBytes(StandardCharsets.UTF_8));
    String otherWhitespace = body.replace("\":\"", "\": \"");

    assertEquals(412, post(body, null).statusCode(), "no signature");
    assertEquals(412, post(body, "bm90IGpzb24=").statusCode(), "not eBay's header");
    assertEquals(412, post(otherWhitespace, signature).statusCode(), "the same JSON, other bytes");
    String unknownKey =
        Base64.getEncoder()
            .encodeToString(
                new String(Base64.getDecoder().decode(signature), StandardCharsets.UTF_8)
                    .replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"no-such-key\"")
                    .getBytes(StandardCharsets.UTF_8));
    assertEquals(412, post(body, unknownKey).statusCode(), "a key eBay does not know");

    assertEquals(
        List.of(),
        TestDatabase.strings(
            "SELECT id FROM webhook_event WHERE raw_payload LIKE '%' || ? || '%'",
            Json.parse(body).getJsonObject("notification").getString("notificationId")));
    assertEquals(
        List.of(
            "API_BAD_SIGNATURE",
            "API_MISSING_SIGNATURE",
            "API_MISSING_SIGNATURE",
            "API_UNKNOWN_KEY"),
        TestDatabase.strings(
            "SELECT reason FROM webhook_rejection WHERE body_sha256 IN (?, ?) ORDER BY reason",
            sha256(body),
            sha256(otherWhitespace)),
        "each refusal of this test's bodies, by reason");
  }

  @Test
  void aKeyIdNotOfEbaysShapeIsRefusedWith412NeverLookedUpAndNeverForgesALogLine() throws Exception {
    String body = deletionOf("odd_" + UUID.randomUUID(), UUID.randomUUID().toString());
    String signature = simulator.notificationApiSignature(body.getBytes(StandardCharsets.UTF_8));
    String marker = "FORGED-" + UUID.randomUUID();
    int keyLookUps = simulator.publicKeyLookUps();

    HttpResponse<String> lineBreak =
        post(body, withKeyId(signature, "k\r\n" + marker + " INFO [com.qventory] admin logged in"));
    HttpResponse<String> long_ = post(body, withKeyId(signature, "k".repeat(65)));
    HttpResponse<String> path = post(body, withKeyId(signature, "../../identity/v1/oauth2/token"));

    assertEquals(412, lineBreak.statusCode(), lineBreak.body());
    assertEquals(412, long_.statusCode(), long_.body());
    assertEquals(412, path.statusCode(), path.body());
    assertEquals("API_BAD_KEY_ID", Json.parse(lineBreak.body()).getString("reason"));
    assertEquals(keyLookUps, simulator.publicKeyLookUps(), "eBay was never asked");
    String detail =
        TestDatabase.queryString(
                "SELECT detail FROM webhook_rejection WHERE reason = 'API_BAD_KEY_ID'"
                    + " AND detail LIKE '%' || ? || '%'",
                marker)
            .orElseThrow(() -> new AssertionError("the refusal is recorded"));
    assertTrue(
        detail.contains("k\\r\\n" + marker), "encoded where it is kept and logged: " + detail);
    assertFalse(detail.contains("\r") || detail.contains("\n"), detail);
    String log =
        Files.readString(
            Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
            StandardCharsets.UTF_8);
    assertFalse(
        log.lines().anyMatch(line -> line.startsWith(marker)), "no line of the log is forged");
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** eBay's signature header with its key id replaced. */
  private static String withKeyId(String signature, String keyId) {
    JsonObject header =
        Json.parse(new String(Base64.getDecoder().decode(signature), StandardCharsets.UTF_8));
    return Base64.getEncoder()
        .encodeToString(
            jakarta.json.Json.createObjectBuilder(header)
                .add("kid", keyId)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aKeyThatCannotBeFetchedIsA500SoEbayDeliversAgain() throws Exception {
    simulator.rotateNotificationApiKey(); // a key id we have not cached
    String body = deletionOf("later_" + UUID.randomUUID(), UUID.randomUUID().toString());
    String signature = simulator.notificationApiSignature(body.getBytes(StandardCharsets.UTF_8));
    simulator.close(); // eBay's key service is unreachable

    assertEquals(500, post(body, signature).statusCode());
  }

  @Test
  void anOrderConfirmationAndItsSoapTransactionRecordOneSale() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String itemId = listed(seller, "{\"title\":\"Order clock\",\"quantity\":4}");

    String transactionId = purchase(itemId, 1);

    awaitValue(
        "SELECT status FROM webhook_event WHERE topic = 'ORDER_CONFIRMATION' AND ebay_item_id = ?"
            + " AND status = 'PROCESSED'",
        itemId);
    Notifications.awaitSettled(itemId, 3); // ItemListed, FixedPriceTransaction, AuctionCheckout…
    assertEquals(List.of(transactionId), salesOf(itemId), "one sale, whichever came first");
    assertEquals(List.of("3"), available(itemId));
  }

  @Test
  void anOrderConfirmationAloneRecordsTheSaleFromGetOrdersOnceHoweverOftenItComes()
      throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String itemId = listed(seller, "{\"title\":\"Lost sale\",\"quantity\":5}");
    TestSimulator.dropNotificationsOf(simulator, seller.ebayUser()); // SOAP and JSON both lost
    String transactionId = purchase(itemId, 2);

    // eBay sends one per order line, and again when checkout completes a second time
    for (int copy = 0; copy < 2; copy++) {
      String body =
          "{\"metadata\":{\"topic\":\"ORDER_CONFIRMATION\",\"schemaVersion\":\"1.0\"},"
              + "\"notification\":{\"notificationId\":\""
              + UUID.randomUUID()
              + "\",\"eventDate\":\"2026-12-02T08:00:00.000Z\",\"publishAttemptCount\":1,"
              + "\"data\":{\"orderId\":\""
              + itemId
              + "-"
              + transactionId
              + "\",\"itemId\":\""
              + itemId
              + "\",\"quantity\":2}}}";
      assertEquals(
          204,
          post(body, simulator.notificationApiSignature(body.getBytes(StandardCharsets.UTF_8)))
              .statusCode());
    }

    Optional<List<String>> both =
        TestDatabase.await(
            Notifications.PIPELINE_TIMEOUT,
            () -> {
              List<String> statuses =
                  TestDatabase.strings(
                      "SELECT status FROM webhook_event WHERE topic = 'ORDER_CONFIRMATION'"
                          + " AND ebay_item_id = ? AND status = 'PROCESSED'",
                      itemId);
              return statuses.size() == 2 ? Optional.of(statuses) : Optional.empty();
            });
    assertTrue(both.isPresent(), "both confirmations processed");
    assertEquals(List.of(transactionId), salesOf(itemId));
    assertEquals(List.of("3"), available(itemId), "the sale counted once against the stock");
    assertEquals(
        List.of(itemId + "-" + transactionId),
        TestDatabase.strings(
            "SELECT s.order_id FROM item_sale s JOIN inventory_item i ON i.id = s.item_id"
                + " WHERE i.ebay_item_id = ?",
            itemId),
        "the order the confirmation named, as GetOrders states it");
  }

  /** {@code seller} lists an item at the simulator; returns its id once we have applied it. */
  private String listed(EbayConsent.ConnectedSeller seller, String json) throws Exception {
    String itemId = TestSimulator.listItem(simulator, seller.ebayUser(), json);
    Notifications.awaitSettled(itemId, 1);
    return itemId;
  }

  private String purchase(String itemId, int quantity) throws Exception {
    return Json.parse(
            TestSimulator.call(
                simulator,
                "POST",
                "/sim/api/items/" + itemId + "/purchase",
                "{\"quantity\":" + quantity + "}"))
        .getString("transactionId");
  }

  private static List<String> salesOf(String itemId) throws Exception {
    return TestDatabase.strings(
        "SELECT s.transaction_id FROM item_sale s JOIN inventory_item i ON i.id = s.item_id"
            + " WHERE i.ebay_item_id = ?",
        itemId);
  }

  private static List<String> available(String itemId) throws Exception {
    return TestDatabase.strings(
        "SELECT quantity_available FROM inventory_item WHERE ebay_item_id = ?", itemId);
  }

  private static String deletionOf(String username, String notificationId) {
    return message("MARKETPLACE_ACCOUNT_DELETION", username, notificationId);
  }

  /** A JSON message of {@code topic} naming {@code username}, as eBay sends it. */
  private static String message(String topic, String username, String notificationId) {
    return "{\"metadata\":{\"topic\":\""
        + topic
        + "\",\"schemaVersion\":\"1.0\","
        + "\"deprecated\":false},\"notification\":{\"notificationId\":\""
        + notificationId
        + "\",\"eventDate\":\"2026-12-02T08:00:00.000Z\",\"publishDate\":\"2026-12-02T08:00:00.100Z\","
        + "\"publishAttemptCount\":1,\"data\":{\"username\":\""
        + username
        + "\",\"userId\":\"u"
        + username.hashCode()
        + "\",\"eiasToken\":\"nY+sHZ2PrBmdj6wVn"
        + username
        + "\"}}}";
  }

  private static HttpResponse<String> post(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(ENDPOINT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (signature != null) {
      request.header("X-EBAY-SIGNATURE", signature);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void awaitValue(String sql, String parameter) throws Exception {
    Optional<String> value =
        TestDatabase.await(
            Notifications.PIPELINE_TIMEOUT, () -> TestDatabase.queryString(sql, parameter));
    assertTrue(value.isPresent(), "never true: " + sql + " with " + parameter);
  }

  private static long erasures() throws Exception {
    return Long.parseLong(TestDatabase.strings("SELECT count(*) FROM ebay_user_erasure").get(0));
  }

  /** Waits until an account deletion more than {@code before} has been handled. */
  private static void awaitErasureAfter(long before) throws Exception {
    Optional<Long> done =
        TestDatabase.await(
            Notifications.PIPELINE_TIMEOUT,
            () -> erasures() > before ? Optional.of(erasures()) : Optional.empty());
    assertTrue(done.isPresent(), "the account deletion was not processed");
  }

  /** Every text column of every table that holds {@code value}, as {@code table.column}. */
  private static List<String> tablesHolding(String value) throws Exception {
    List<String> holding = new ArrayList<>();
    try (Connection connection = TestDatabase.connect()) {
      List<String[]> columns = new ArrayList<>();
      try (ResultSet result =
          connection
              .createStatement()
              .executeQuery(
                  "SELECT table_name, column_name FROM information_schema.columns"
                      + " WHERE table_schema = 'public' AND data_type IN"
                      + " ('text', 'character varying', 'character')")) {
        while (result.next()) {
          columns.add(new String[] {result.getString(1), result.getString(2)});
        }
      }
      for (String[] column : columns) {
        try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*) FROM \""
                    + column[0]
                    + "\" WHERE strpos(\""
                    + column[1]
                    + "\", ?) > 0")) {
          query.setString(1, value);
          try (ResultSet count = query.executeQuery()) {
            count.next();
            if (count.getLong(1) > 0) {
              holding.add(column[0] + "." + column[1]);
            }
          }
        }
      }
    }
    return holding;
  }
}
