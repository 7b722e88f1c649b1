package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.webhook.NotificationSignature;
import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import com.qventory.sync.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a seller's whole day — sign up, connect eBay (OAuth code, access and refresh tokens), a
 * token refresh, signed notifications of a listing and a sale, API calls with a password, an admin
 * log-in, forged requests — the server's log holds no token, no signature and no password (nor
 * those of every test that ran before on this server).
 */
@BlackBoxTest
class SecretsInLogIT extends SimulatorTest {

  @Test
  void theServerLogHoldsNoTokenSignatureOrPassword() throws Exception {
    Instant start = Instant.now();
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    String itemId =
        TestSimulator.listItem(
            simulator, seller.ebayUser(), "{\"title\":\"Log test lamp\",\"quantity\":3}");
    Notifications.awaitSettled(itemId, 1);
    TestSimulator.call(
        simulator, "POST", "/sim/api/items/" + itemId + "/purchase", "{\"quantity\":1}");
    TestSimulator.call(
        simulator, "POST", "/sim/api/sellers/" + seller.ebayUser() + "/expire-tokens", "{}");
    EbayConsent.checkEbayNow(seller.browser(), seller.username()); // refreshes the token
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/items", seller.username(), Sellers.PASSWORD).statusCode());
    assertEquals(
        401,
        WebClient.getWithBasic("/api/v1/me", seller.username(), "wrong-" + Sellers.PASSWORD)
            .statusCode());
    new WebClient()
        .openAfterLogIn(
            "/admin/webhook-events.xhtml",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);
    Notifications.push(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", Notifications.uniqueItemId()))
            .replaceAll("NotificationSignature>[^<]+<", "NotificationSignature>forged+AAAAAAAA==<"),
        "ItemListed");
    Notifications.awaitSettled(itemId, 3); // listed, and the sale's notifications

    String log =
        Files.readString(
            Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
            StandardCharsets.UTF_8);

    List<String> secrets = new ArrayList<>();
    secrets.add("#sim#"); // in every OAuth code, access and refresh token the simulator issues
    secrets.add("v^1.1#i^1#"); // how every eBay token begins
    secrets.add(Sellers.PASSWORD);
    secrets.add(QventoryServer.ADMIN_PASSWORD);
    secrets.add(Fixtures.TEST_KEYSET.get("EBAY_CERT_ID"));
    secrets.add(System.getenv("QVENTORY_SECURITY_TOKEN_KEY"));
    secrets.add(System.getenv("EBAY_VERIFICATION_TOKEN")); // sent to eBay when the seller connected
    List<String> timestamps = timestampsSince(start);
    assertTrue(
        timestamps.size() >= 3, "the signatures of this test's three notifications: " + timestamps);
    for (String timestamp : timestamps) {
      secrets.add(NotificationSignature.expected(timestamp, Fixtures.testKeyset()));
    }
    List<String> leaked = secrets.stream().filter(log::contains).toList();
    assertEquals(List.of(), leaked, "found in " + log.length() + " characters of server.log");
  }

  /** eBay's Timestamp text of every notification recorded since {@code start}. */
  private static List<String> timestampsSince(Instant start) throws Exception {
    return TestDatabase.strings(
            "SELECT to_char(ebay_timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
                + " FROM webhook_event WHERE received_at >= ? AND ebay_timestamp IS NOT NULL",
            OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
        .stream()
        .distinct()
        .toList();
  }
}
