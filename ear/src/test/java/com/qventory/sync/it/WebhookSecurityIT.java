package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.webhook.intake.AcceptedSignatures;
import com.qventory.sync.domain.webhook.NotificationSignature;
import com.qventory.sync.domain.webhook.Sha256;
import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import com.qventory.sync.testing.Fixtures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the endpoint refuses — forged, replayed, hostile or oversized requests — each with a clear
 * SOAP fault and status, an audit row, nothing queued, and a server that stays healthy.
 */
@BlackBoxTest
class WebhookSecurityIT {

  private final String itemId = Notifications.uniqueItemId();

  /**
   * A refused request is answered before anything is queued; to show that nothing about this test's
   * item was queued anyway, a later notification is pushed and seen processed first.
   */
  @AfterEach
  void nothingWasQueuedAndTheServerIsHealthy() throws Exception {
    String later = Notifications.uniqueItemId();
    Notifications.pushAccepted(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", later)), "ItemListed");
    Notifications.awaitSettled(later, 1);
    assertEquals(
        List.of("0"),
        TestDatabase.strings("SELECT count(*) FROM webhook_event WHERE ebay_item_id = ?", itemId));
    assertEquals(
        200, WebClient.plainGet(QventoryServer.url("/webhooks/platform/health")).statusCode());
  }

  @Test
  void aWrongSignatureIsRefusedAndAudited() throws Exception {
    String forged = Notifications.wronglySigned(itemId);

    HttpResponse<String> response = Notifications.push(forged, "ItemListed");

    assertRefused(response, 401, "NotificationSignature does not match");
    assertEquals(List.of("BAD_SIGNATURE"), rejections());
  }

  @Test
  void aTimestampOutsideTheWindowIsRefusedEvenWithAValidSignature() throws Exception {
    String replayed =
        Notifications.signed(
            "item-listed.xml",
            Map.of(
                "ITEM_ID",
                itemId,
                "TIMESTAMP",
                Notifications.ebayTime(Instant.now().minusSeconds(3600))));

    assertRefused(Notifications.push(replayed, "ItemListed"), 401, "is not within PT10M");
    assertEquals(List.of("TIMESTAMP_OUT_OF_WINDOW"), rejections());
  }

  @Test
  void aRedeliveryWithItsOriginalTimestampIsAcknowledgedWhenItsBodyWasAcceptedBefore()
      throws Exception {
    Sellers.Seller seller = Sellers.connected();
    String itemId =
        Notifications.uniqueItemId(); // not the one this class checks nothing queued for
    Instant anHourAgo = Instant.now().minusSeconds(3600);
    String redelivered =
        Notifications.signedFor(seller, itemId, "item-listed.xml", anHourAgo, Map.of());
    // eBay delivered it an hour ago and we took it in; its redelivery keeps the Timestamp
    TestDatabase.update(
        "INSERT INTO webhook_event (id, notification_id, topic, ebay_item_id, raw_payload,"
            + " payload_sha256, received_at, recorded_at, status, attempts)"
            + " VALUES (nextval('webhook_event_seq'), gen_random_uuid(), 'PLATFORM_ItemListed', ?,"
            + " ?, ?, now() - interval '1 hour', now() - interval '1 hour', 'PROCESSED', 1)",
        itemId,
        NotificationSignature.masked(redelivered),
        Sha256.hex(NotificationSignature.masked(redelivered)));
    String neverSeen =
        Notifications.signedFor(
            seller, itemId, "item-listed.xml", anHourAgo, Map.of("PRICE", "1.00"));

    HttpResponse<String> again = Notifications.push(redelivered, "ItemListed");
    HttpResponse<String> forged = Notifications.push(neverSeen, "ItemListed");

    assertEquals(200, again.statusCode(), again.body());
    assertTrue(again.body().contains("<Ack>Success</Ack>"));
    assertRefused(forged, 401, "is not within PT10M");
    // Proof it was not queued again: a later notification about the item is processed, and the
    // item's events are still the one taken in before and that later one.
    Notifications.pushFor(
        seller, itemId, "item-revised.xml", "ItemRevised", Instant.now(), Map.of());
    assertEquals(List.of("PROCESSED", "PROCESSED"), Notifications.awaitSettled(itemId, 2));
  }

  @Test
  void aMissingSignatureIsRefused() throws Exception {
    String unsigned =
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId))
            .replaceAll("<ebl:NotificationSignature>[^<]+</ebl:NotificationSignature>", "");

    assertRefused(Notifications.push(unsigned, "ItemListed"), 401, "no NotificationSignature");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    String xxe = Fixtures.fill("hostile-xxe.xml", Map.of("ITEM_ID", itemId));

    HttpResponse<String> response = Notifications.push(xxe, "ItemListed");

    assertRefused(response, 400, "DOCTYPE");
    assertTrue(!response.body().contains("root:"), "no file content leaks");
    assertEquals(
        List.of("MALFORMED"),
        TestDatabase.strings(
            "SELECT reason FROM webhook_rejection WHERE body_sha256 = ?", Sha256.hex(xxe)));
  }

  @Test
  void aBillionLaughsIsRefusedWithoutExpandingAnything() throws Exception {
    String bomb = Fixtures.fill("hostile-billion-laughs.xml", Map.of("ITEM_ID", itemId));

    assertRefused(Notifications.push(bomb, "ItemListed"), 400, "DOCTYPE");
  }

  @Test
  void nestingBeyondTheLimitIsRefused() throws Exception {
    String deep =
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId))
            .replace("<Ack>", "<x>".repeat(100) + "</x>".repeat(100) + "<Ack>");

    assertRefused(Notifications.push(deep, "ItemListed"), 400, "Nested deeper than");
  }

  @Test
  void aBodyOverTheLimitIsRefusedBeforeItIsParsed() throws Exception {
    String signed = Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId));
    String padding = "<!--" + "x".repeat(1024 * 1024) + "-->";
    byte[] huge = signed.replace("<Ack>", padding + "<Ack>").getBytes(StandardCharsets.UTF_8);

    assertRefused(Notifications.push(huge, "ItemListed"), 413, "more than 1048576 bytes");
    assertEquals(
        List.of("TOO_LARGE"),
        TestDatabase.strings(
            "SELECT reason FROM webhook_rejection WHERE reason = 'TOO_LARGE' AND detail LIKE ? LIMIT 1",
            "%" + huge.length + " declared%"));
  }

  @Test
  void aSignatureIsRefusedOnceItCameWithMoreOtherBodiesThanEbayEverSends() throws Exception {
    String timestamp = Notifications.ebayTime(Instant.now());
    String template =
        Notifications.signed(
            "item-listed.xml",
            Map.of("ITEM_ID", "{ITEM}", "RECIPIENT", "nobody_we_know", "TIMESTAMP", timestamp));
    for (int i = 0; i <= AcceptedSignatures.MAX_OTHER_BODIES; i++) {
      String other = Notifications.uniqueItemId();
      assertEquals(
          200,
          Notifications.push(template.replace("{ITEM}", other), "ItemListed").statusCode(),
          "the first body and " + AcceptedSignatures.MAX_OTHER_BODIES + " others are accepted");
    }

    HttpResponse<String> response =
        Notifications.push(template.replace("{ITEM}", itemId), "ItemListed");

    assertRefused(response, 401, "was accepted before with");
    assertEquals(List.of("SIGNATURE_REUSED"), rejections());
  }

  @Test
  void invalidUtf8IsRefusedAsMalformedBeforeTheSoapStackSeesIt() throws Exception {
    byte[] body =
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId))
            .replace("<Title>", "<Title>\u0001MARK")
            .getBytes(StandardCharsets.UTF_8);
    String text = new String(body, StandardCharsets.ISO_8859_1);
    int mark = text.indexOf("\u0001MARK");
    body[mark] = (byte) 0xC3; // a lead byte followed by one that cannot continue it
    body[mark + 1] = (byte) 0x28;

    HttpResponse<String> response = Notifications.push(body, "ItemListed");

    assertRefused(response, 400, "not valid UTF-8");
    assertEquals(
        List.of("MALFORMED"),
        TestDatabase.strings(
            "SELECT reason FROM webhook_rejection WHERE detail = 'The body is not valid UTF-8'"
                + " AND body_sha256 = ?",
            Sha256.hex(body)));
  }

  @Test
  void aSenderThatStallsInItsHeadersIsCutOff() throws Exception {
    assertCutOff("POST /webhooks/ebay-platform HTTP/1.1\r\nHost: localhost\r\nContent-Ty");
  }

  @Test
  void aSenderThatStallsInItsBodyIsCutOff() throws Exception {
    assertCutOff(
        "POST /webhooks/ebay-platform HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: text/xml\r\nContent-Length: 5000\r\n\r\n<soapenv:Envelope");
  }

  /**
   * Sends the start of a request and then nothing: the server (read and parse timeouts of 3 s in
   * the tests) must answer or close long before this side gives up waiting.
   */
  private static void assertCutOff(String start) throws Exception {
    URI server = QventoryServer.url("/");
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();

      // Blocks until the server answers or closes; a server that waits for ever fails this test
      // with a SocketTimeoutException.
      int first = socket.getInputStream().read();

      if (first != -1) {
        String status =
            (char) first
                + new String(socket.getInputStream().readNBytes(11), StandardCharsets.US_ASCII);
        assertTrue(
            status.equals("HTTP/1.1 408") || status.equals("HTTP/1.1 400"),
            "refused, never processed: " + status);
      }
    }
  }

  @Test
  void aRequestThatIsNotAPostIsRefused405AndCountedLikeAnyRefusal() throws Exception {
    List<String> answers = new ArrayList<>();
    for (String request :
        List.of(
            "GET /webhooks/ebay-platform?wsdl HTTP/1.1",
            "GET /webhooks/ebay-platform HTTP/1.1",
            "PUT /webhooks/ebay-platform HTTP/1.1",
            "DELETE /webhooks/ebay-platform HTTP/1.1")) {
      answers.add(
          WebClient.rawFrom(
              "127.0.0.3",
              (request + "\r\nHost: localhost\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII)));
    }

    for (String answer : answers) {
      assertTrue(answer.startsWith("HTTP/1.1 405"), answer);
      assertTrue(answer.toLowerCase(Locale.ROOT).contains("allow: post"), answer);
      assertTrue(answer.contains("<soapenv:Fault>"), answer);
    }
    assertEquals(
        List.of("4"),
        TestDatabase.strings(
            "SELECT count(*) FROM webhook_rejection WHERE remote_address = '127.0.0.3'"
                + " AND reason = 'METHOD_NOT_ALLOWED'"),
        "each refusal recorded, and counted toward the address's limit by the same call");
  }

  /** The tests' body deadline (ear/pom.xml); the production default is 10 s. */
  private static final Duration BODY_DEADLINE = Duration.ofSeconds(4);

  /**
   * Slow senders hold no thread: 160 connections, ten from each of sixteen addresses, trickle their
   * bodies a byte every half second — more than the server has worker threads (32 on two cores) —
   * while health and a genuine notification are answered within a second each; at the body deadline
   * every trickler is cut off and each is recorded as a refusal of its address.
   */
  @Test
  void slowSendersHoldNoThreadAndAreCutOffAtTheBodyDeadline() throws Exception {
    List<Socket> tricklers = new ArrayList<>();
    List<String> addresses = new ArrayList<>();
    URI server = QventoryServer.url("/");
    try {
      for (int i = 0; i < 160; i++) {
        String address = "127.0.1." + (10 + i / 10);
        addresses.add(address);
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        socket
            .getOutputStream()
            .write(
                ("POST /webhooks/ebay-platform HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<soap")
                    .getBytes(StandardCharsets.US_ASCII));
        tricklers.add(socket);
      }
      Thread trickle =
          new Thread(
              () -> {
                for (int round = 0;
                    round < 40 && !Thread.currentThread().isInterrupted();
                    round++) {
                  for (Socket socket : tricklers) {
                    try {
                      socket.getOutputStream().write('x');
                    } catch (IOException cutOff) {
                      // the server closed it
                    }
                  }
                  try {
                    Thread.sleep(500);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      trickle.start();

      HttpClient client = HttpClient.newHttpClient();
      for (int probe = 0; probe < 3; probe++) {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(QventoryServer.url("/webhooks/platform/health"))
                    .timeout(Duration.ofSeconds(1))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
      }
      String genuine = Notifications.uniqueItemId();
      HttpResponse<String> acknowledged =
          client.send(
              HttpRequest.newBuilder(QventoryServer.url("/webhooks/ebay-platform"))
                  .timeout(Duration.ofSeconds(1))
                  .header("Content-Type", "text/xml; charset=\"utf-8\"")
                  .header("SOAPAction", "\"https://developer.ebay.com/notification/ItemListed\"")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Notifications.signed("item-listed.xml", Map.of("ITEM_ID", genuine))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, acknowledged.statusCode(), acknowledged.body());

      long deadline = System.nanoTime() + BODY_DEADLINE.plusSeconds(10).toNanos();
      for (Socket socket : tricklers) {
        socket.setSoTimeout(
            (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        try {
          assertEquals(-1, socket.getInputStream().read(), "closed, never answered");
        } catch (SocketException reset) {
          // closed as well
        }
      }
      trickle.interrupt();
      Notifications.awaitSettled(genuine, 1);
    } finally {
      for (Socket socket : tricklers) {
        socket.close();
      }
    }
    List<String> distinct = addresses.stream().distinct().toList();
    Optional<String> recorded =
        TestDatabase.await(
            Duration.ofSeconds(10),
            () -> {
              List<String> count =
                  TestDatabase.strings(
                      "SELECT count(*) FROM webhook_rejection WHERE reason = 'BODY_TIMEOUT'"
                          + " AND remote_address = ANY (?)",
                      (Object) distinct.toArray(String[]::new));
              return count.equals(List.of("160")) ? Optional.of("160") : Optional.empty();
            });
    assertEquals(Optional.of("160"), recorded, "one refusal per trickler, of its address");
  }

  @Test
  void anAddressMayHaveOnlySoManyBodiesArrivingAtOnce() throws Exception {
    List<Socket> open = new ArrayList<>();
    URI server = QventoryServer.url("/");
    try {
      for (int i = 0; i < 20; i++) {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress("127.0.2.1", 0));
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
        socket
            .getOutputStream()
            .write(
                ("POST /webhooks/ebay-platform HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/xml\r\nContent-Length: 1000\r\n\r\n<soap")
                    .getBytes(StandardCharsets.US_ASCII));
        open.add(socket);
      }
      int refused = 0;
      for (Socket socket : open) {
        socket.setSoTimeout(200); // a refusal is answered at once; the others wait for their body
        try {
          String start =
              new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
          refused += start.equals("HTTP/1.1 429") ? 1 : 0;
        } catch (SocketTimeoutException stillArriving) {
          // one of the sixteen the address may have open
        }
      }
      assertEquals(4, refused, "sixteen bodies may arrive at once from one address");
    } finally {
      for (Socket socket : open) {
        socket.close();
      }
    }
  }

  /** The tests' limit (ear/pom.xml); the production default is 30. */
  private static final int REFUSALS_PER_MINUTE = 500;

  @Test
  void anAddressRefusedTooOftenIsAnswered429UnreadUntilTheNextMinute() throws Exception {
    String forged = Notifications.wronglySigned(itemId);
    TestDatabase.awaitEarlyInAMinute(); // the limiter counts per clock minute
    List<String> statuses = new ArrayList<>();
    for (int i = 0; i <= REFUSALS_PER_MINUTE; i++) {
      statuses.add(postFrom("127.0.0.2", forged).lines().findFirst().orElse(""));
    }

    assertEquals(
        REFUSALS_PER_MINUTE,
        statuses.stream().filter(s -> s.startsWith("HTTP/1.1 401")).count(),
        statuses.toString());
    String last = postFrom("127.0.0.2", forged);
    assertTrue(last.startsWith("HTTP/1.1 429"), last);
    assertTrue(last.toLowerCase(Locale.ROOT).contains("retry-after: "), last);
    assertEquals(
        List.of(Integer.toString(REFUSALS_PER_MINUTE)),
        TestDatabase.strings(
            "SELECT count(*) FROM webhook_rejection WHERE remote_address = '127.0.0.2'"
                + " AND ebay_item_id = ?",
            itemId),
        "a row for each refusal up to the limit, none after");
  }

  @Test
  void refusalsOlderThanTheRetentionArePrunedAndNewerOnesKept() throws Exception {
    String old = "old-" + itemId;
    String recent = "recent-" + itemId;
    TestDatabase.update(
        "INSERT INTO webhook_rejection (id, received_at, reason, detail, body_bytes, body_sha256)"
            + " VALUES (-(random() * 1e12)::bigint, now() - interval '8 days', 'BAD_SIGNATURE',"
            + " ?, 0, 'x'), (-(random() * 1e12)::bigint, now() - interval '6 days',"
            + " 'BAD_SIGNATURE', ?, 0, 'x')",
        old,
        recent);

    Optional<String> pruned =
        TestDatabase.await(
            Duration.ofSeconds(30),
            () ->
                TestDatabase.strings("SELECT count(*) FROM webhook_rejection WHERE detail = ?", old)
                        .equals(List.of("0"))
                    ? Optional.of("pruned")
                    : Optional.empty());

    assertEquals(Optional.of("pruned"), pruned, "the 8-day-old refusal is gone (7 days kept)");
    assertEquals(
        List.of("1"),
        TestDatabase.strings("SELECT count(*) FROM webhook_rejection WHERE detail = ?", recent));
  }

  /** A POST sent from {@code localAddress} (any 127.x address is this machine): the answer. */
  private static String postFrom(String localAddress, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST /webhooks/ebay-platform HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
            + "Content-Type: text/xml; charset=utf-8\r\n"
            + "SOAPAction: \"https://developer.ebay.com/notification/ItemListed\"\r\n"
            + "Content-Length: "
            + bytes.length
            + "\r\n\r\n";
    return WebClient.rawFrom(localAddress, head.getBytes(StandardCharsets.US_ASCII), bytes);
  }

  @Test
  void textThatIsNotSoapIsRefused() throws Exception {
    assertRefused(Notifications.push("ItemListed " + itemId, "ItemListed"), 400, "Not a readable");
  }

  private static void assertRefused(HttpResponse<String> response, int status, String reason) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(response.body().contains("<soapenv:Fault>"), response.body());
    assertTrue(response.body().contains(reason), response.body());
  }

  private List<String> rejections() throws Exception {
    return TestDatabase.strings(
        "SELECT reason FROM webhook_rejection WHERE ebay_item_id = ? ORDER BY id", itemId);
  }
}
