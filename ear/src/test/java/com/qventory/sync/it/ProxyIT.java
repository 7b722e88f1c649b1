package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.devstack.HaproxyBalancer;
import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.Prerequisites;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.SelfSignedCertificate;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's server behind HAProxy terminating TLS (with a certificate this test makes), as
 * production runs it: every per-address limit counts the client the proxy names, not the proxy —
 * and believes that name only from the proxy ({@code QVENTORY_HTTP_TRUSTED_PROXIES}, ear/pom.xml).
 * The clients here use addresses no other test uses (any 127.x address is this machine).
 */
@BlackBoxTest
class ProxyIT {

  /** The suite's refusal limit (ear/pom.xml); production's default is 30. */
  private static final int REFUSALS_PER_MINUTE = 500;

  private static final Path WORK = Path.of("target", "proxy-it");

  private static HaproxyBalancer proxy;
  private static SSLContext tls;

  private final String itemId = Notifications.uniqueItemId();

  @BeforeAll
  static void startTheProxy() throws Exception {
    Prerequisites.haproxy();
    SelfSignedCertificate certificate = SelfSignedCertificate.make(WORK.resolve("tls"));
    tls = certificate.trustingIt();
    proxy =
        new HaproxyBalancer(
            WORK.resolve("haproxy"),
            Integer.parseInt(System.getProperty("qventory.it.proxy-balancer.port")),
            List.of(QventoryServer.BASE),
            Optional.of(certificate.pem()));
    proxy.start();
  }

  @AfterAll
  static void stopTheProxy() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
  }

  @Test
  void aClientOverTheRefusalLimitBehindTheProxySilencesOnlyItself() throws Exception {
    String forged = Notifications.wronglySigned(itemId);
    TestDatabase.awaitEarlyInAMinute(); // the limiter counts per clock minute
    List<String> statuses = new ArrayList<>();
    for (int i = 0; i <= REFUSALS_PER_MINUTE; i++) {
      statuses.add(status(viaProxy("127.0.0.22", forged, Map.of())));
    }
    String genuine = Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId));

    String answer = viaProxy("127.0.0.23", genuine, Map.of());

    assertEquals(
        List.of(REFUSALS_PER_MINUTE + "×401", "1×429"),
        counted(statuses),
        "the forger is refused, then answered 429 unread");
    assertTrue(
        answer.startsWith("HTTP/1.1 200") && answer.contains("<Ack>Success</Ack>"),
        "another client behind the same proxy is still heard: " + answer);
    assertEquals(
        List.of("127.0.0.22|" + REFUSALS_PER_MINUTE),
        refusedAddresses(),
        "each refusal recorded against the client, none against the proxy");
  }

  @Test
  void aForwardedForFromAnAddressThatIsNoTrustedProxyIsCountedAgainstThatAddress()
      throws Exception {
    String answer =
        WebClient.rawFrom(
            "127.0.0.24",
            QventoryServer.BASE,
            Optional.empty(),
            request(Notifications.wronglySigned(itemId), Map.of("X-Forwarded-For", "127.0.0.25")));

    assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
    assertEquals(List.of("127.0.0.24|1"), refusedAddresses());
  }

  @Test
  void whatAClientWritesIntoForwardedForItselfIsNotBelievedThroughTheProxy() throws Exception {
    String answer =
        viaProxy(
            "127.0.0.26",
            Notifications.wronglySigned(itemId),
            Map.of("X-Forwarded-For", "127.0.0.27"));

    assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
    assertEquals(List.of("127.0.0.26|1"), refusedAddresses());
  }

  @Test
  void pagesAndHealthAreServedThroughTheProxyOverHttps() throws Exception {
    String health = get("/webhooks/platform/health");
    String logIn = get("/login.xhtml");

    assertTrue(health.startsWith("HTTP/1.1 200"), health);
    assertTrue(logIn.startsWith("HTTP/1.1 200") && logIn.contains("j_security_check"), logIn);
  }

  /** This test's item's refusals: "address|count" per address. */
  private List<String> refusedAddresses() throws Exception {
    return TestDatabase.strings(
        "SELECT remote_address || '|' || count(*) FROM webhook_rejection WHERE ebay_item_id = ?"
            + " GROUP BY remote_address ORDER BY remote_address",
        itemId);
  }

  private static String viaProxy(String client, String body, Map<String, String> headers)
      throws Exception {
    return WebClient.rawFrom(client, proxy.url(), Optional.of(tls), request(body, headers));
  }

  private static String get(String path) throws Exception {
    String head = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    return WebClient.rawFrom(
        "127.0.0.28", proxy.url(), Optional.of(tls), head.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[][] request(String body, Map<String, String> headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder(
            "POST /webhooks/ebay-platform HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: text/xml; charset=utf-8\r\n"
                + "SOAPAction: \"https://developer.ebay.com/notification/ItemListed\"\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
    return new byte[][] {head.toString().getBytes(StandardCharsets.US_ASCII), bytes};
  }

  private static String status(String answer) {
    return answer.lines().findFirst().orElse("");
  }

  /** "N×code" for each status code, in the order they first came. */
  private static List<String> counted(List<String> statuses) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String status : statuses) {
      counts.merge(status.length() >= 12 ? status.substring(9, 12) : status, 1, Integer::sum);
    }
    List<String> counted = new ArrayList<>();
    counts.forEach((code, n) -> counted.add(n + "×" + code));
    return counted;
  }
}
