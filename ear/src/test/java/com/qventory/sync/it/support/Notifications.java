package com.qventory.sync.it.support;

import com.qventory.sync.ebaysim.Xml;
import com.qventory.sync.testing.Fixtures;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Pushing notifications the way eBay does, and watching what became of them. */
public final class Notifications {

  public static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(30);

  private Notifications() {}

  /** An eBay-shaped item id that no other test uses. */
  public static String uniqueItemId() {
    return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
  }

  /** eBay's Timestamp text for an instant, e.g. {@code 2026-11-28T05:06:07.089Z}. */
  public static String ebayTime(Instant instant) {
    return Xml.time(instant);
  }

  /** A fixture signed with the test keyset, stamped now (plus {@code offset}) unless given. */
  public static String signed(String fixture, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("TIMESTAMP", ebayTime(Instant.now()));
    return Fixtures.signed(fixture, all);
  }

  /** An ItemListed about {@code itemId} whose signature no keyset made. */
  public static String wronglySigned(String itemId) {
    return signed("item-listed.xml", Map.of("ITEM_ID", itemId))
        .replaceAll(
            "NotificationSignature>[^<]+<", "NotificationSignature>AAAAAAAAAAAAAAAAAAAAAA==<");
  }

  /** A fixture about {@code itemId} for {@code seller}, stamped {@code at}, signed. */
  public static String signedFor(
      Sellers.Seller seller, String itemId, String fixture, Instant at, Map<String, String> more) {
    Map<String, String> values = new HashMap<>(more);
    values.put("ITEM_ID", itemId);
    values.put("RECIPIENT", seller.ebayUserId());
    values.put("TIMESTAMP", ebayTime(at));
    return signed(fixture, values);
  }

  /** {@link #signedFor} pushed and acknowledged. */
  public static void pushFor(
      Sellers.Seller seller,
      String itemId,
      String fixture,
      String eventName,
      Instant at,
      Map<String, String> more)
      throws Exception {
    pushAccepted(signedFor(seller, itemId, fixture, at, more), eventName);
  }

  /** POSTs a notification the way eBay does: SOAP 1.1, text/xml, quoted SOAPAction. */
  public static HttpResponse<String> push(String body, String eventName)
      throws IOException, InterruptedException {
    return push(body.getBytes(StandardCharsets.UTF_8), eventName);
  }

  public static HttpResponse<String> push(byte[] body, String eventName)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(QventoryServer.url("/webhooks/ebay-platform"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=\"utf-8\"")
                .header(
                    "SOAPAction", "\"https://developer.ebay.com/notification/" + eventName + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  /** Pushes and expects eBay's 200 acknowledgement. */
  public static void pushAccepted(String body, String eventName) throws Exception {
    HttpResponse<String> response = push(body, eventName);
    if (response.statusCode() != 200 || !response.body().contains("<Ack>Success</Ack>")) {
      throw new AssertionError(
          "Not acknowledged: " + response.statusCode() + " " + response.body());
    }
  }

  /**
   * eBay lists {@code fixture}'s item for {@code seller}: pushed signed, and waited for until
   * processed.
   *
   * @return the new item's eBay item id
   */
  public static String listedFor(Sellers.Seller seller, String fixture) throws Exception {
    String itemId = uniqueItemId();
    pushFor(seller, itemId, fixture, "ItemListed", Instant.now(), Map.of());
    awaitSettled(itemId, 1);
    return itemId;
  }

  /** The settled statuses of the events about an item, oldest first, once there are {@code n}. */
  public static List<String> awaitSettled(String ebayItemId, int n) throws Exception {
    return TestDatabase.await(
            PIPELINE_TIMEOUT,
            () -> {
              List<String> statuses =
                  TestDatabase.strings(
                      "SELECT status FROM webhook_event WHERE ebay_item_id = ? ORDER BY id",
                      ebayItemId);
              boolean settled =
                  statuses.size() >= n
                      && statuses.stream()
                          .noneMatch(s -> s.equals("RECEIVED") || s.equals("FAILED"));
              return settled ? Optional.of(statuses) : Optional.empty();
            })
        .orElseThrow(
            () ->
                new AssertionError(
                    n
                        + " settled events expected for item "
                        + ebayItemId
                        + ", have "
                        + uncheckedStatuses(ebayItemId)));
  }

  private static List<String> uncheckedStatuses(String ebayItemId) {
    try {
      return TestDatabase.strings(
          "SELECT status || ' ' || coalesce(last_error, '') FROM webhook_event WHERE ebay_item_id = ? ORDER BY id",
          ebayItemId);
    } catch (Exception e) {
      return List.of(e.toString());
    }
  }

  /** One column of the webhook_event row about the item, newest first. */
  public static Optional<String> eventColumn(String column, String ebayItemId) throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT "
                    + column
                    + " FROM webhook_event WHERE ebay_item_id = ? ORDER BY id DESC LIMIT 1")) {
      statement.setString(1, ebayItemId);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
      }
    }
  }
}
