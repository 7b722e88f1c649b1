package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated Notification API as an application meets it. */
class NotificationApiTest {

  private static final String TOKEN = "a-verification-token-of-32-characters";

  /** A JSON notification as received: the raw bytes and the signature header. */
  private record Received(byte[] body, String signature) {}

  private SimulatorHarness sim;
  private HttpServer endpoint;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresToAnswer = new AtomicInteger();
  private volatile boolean answerChallengeWrong;

  @BeforeEach
  void start() throws Exception {
    sim = new SimulatorHarness(Faults.NONE, 1000);
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    endpoint.createContext(
        "/webhooks/ebay",
        exchange -> {
          if (exchange.getRequestMethod().equals("GET")) {
            String code = exchange.getRequestURI().getQuery().replace("challenge_code=", "");
            byte[] answer =
                ("{\"challengeResponse\":\""
                        + sha256(code + TOKEN + endpointUrl() + (answerChallengeWrong ? "x" : ""))
                        + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
          } else {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
              exchange.sendResponseHeaders(500, -1);
            } else {
              received.add(
                  new Received(body, exchange.getRequestHeaders().getFirst("X-EBAY-SIGNATURE")));
              exchange.sendResponseHeaders(204, -1);
            }
          }
          exchange.close();
        });
    endpoint.start();
  }

  @AfterEach
  void stop() {
    sim.close();
    endpoint.stop(0);
  }

  private String endpointUrl() {
    return "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks/ebay";
  }

  @Test
  void publicKeysAreServedOnlyToAnApplicationToken() throws Exception {
    String kid = status().getString("signingKeyId");

    assertEquals(401, api("GET", "/public_key/" + kid, null, null).statusCode());
    assertEquals(403, api("GET", "/public_key/" + kid, null, sim.userToken("alice")).statusCode());
    HttpResponse<String> key = api("GET", "/public_key/" + kid, null, applicationToken());
    assertEquals(200, key.statusCode());
    JsonObject answer = json(key.body());
    assertTrue(answer.getString("key").startsWith("-----BEGIN PUBLIC KEY-----"));
    assertEquals("ECDSA", answer.getString("algorithm"));
    assertEquals("SHA1", answer.getString("digest"));
    assertEquals(404, api("GET", "/public_key/no-such-key", null, applicationToken()).statusCode());
  }

  @Test
  void aDestinationIsCreatedOnlyWhenTheEndpointAnswersTheChallenge() throws Exception {
    answerChallengeWrong = true;
    HttpResponse<String> refused = createDestination();
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("Challenge verification failed"), refused.body());

    answerChallengeWrong = false;
    HttpResponse<String> created = createDestination();
    assertEquals(201, created.statusCode());
    assertTrue(created.headers().firstValue("Location").orElseThrow().contains("/destination/"));
  }

  @Test
  void applicationTopicsNeedTheApplicationsTokenAndUserTopicsTheUsers() throws Exception {
    String destination = destinationId();

    assertEquals(403, subscribe("ORDER_CONFIRMATION", destination, applicationToken()));
    assertEquals(403, subscribe("MARKETPLACE_ACCOUNT_DELETION", destination, sim.userToken("bob")));
    assertEquals(201, subscribe("MARKETPLACE_ACCOUNT_DELETION", destination, applicationToken()));
    assertEquals(409, subscribe("MARKETPLACE_ACCOUNT_DELETION", destination, applicationToken()));
    assertEquals(201, subscribe("ORDER_CONFIRMATION", destination, sim.userToken("bob")));
  }

  @Test
  void anAccountDeletionIsPushedSignedOverItsBytesAndRotationChangesTheKey() throws Exception {
    assertEquals(
        201, subscribe("MARKETPLACE_ACCOUNT_DELETION", destinationId(), applicationToken()));
    failuresToAnswer.set(1); // the first attempt fails: eBay retries

    sim.post("/sim/api/sellers/carol_ebay/delete-account", "application/json", "{}");

    Received first = awaitReceived(1).get(0);
    JsonObject message = json(new String(first.body(), StandardCharsets.UTF_8));
    assertEquals(
        "MARKETPLACE_ACCOUNT_DELETION", message.getJsonObject("metadata").getString("topic"));
    assertEquals(
        "carol_ebay",
        message.getJsonObject("notification").getJsonObject("data").getString("username"));
    assertTrue(verifies(first));

    String oldKid = kid(first);
    sim.post("/sim/api/notification-api/rotate-key", "application/json", "{}");
    sim.post("/sim/api/sellers/dave_ebay/delete-account", "application/json", "{}");
    Received second = awaitReceived(2).get(1);
    assertNotEquals(oldKid, kid(second));
    assertTrue(verifies(second));
    assertEquals(
        200,
        api("GET", "/public_key/" + oldKid, null, applicationToken()).statusCode(),
        "the old key is still served");
  }

  private List<Received> awaitReceived(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (received.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(received.size() >= count, "pushed " + received.size() + " of " + count);
    return List.copyOf(received);
  }

  private static String kid(Received received) {
    return json(new String(
            Base64.getDecoder().decode(received.signature()), StandardCharsets.UTF_8))
        .getString("kid");
  }

  /** As an application verifies: the key fetched by kid, SHA1withECDSA over the raw bytes. */
  private boolean verifies(Received received) throws Exception {
    JsonObject header =
        json(new String(Base64.getDecoder().decode(received.signature()), StandardCharsets.UTF_8));
    String pem =
        json(api("GET", "/public_key/" + header.getString("kid"), null, applicationToken()).body())
            .getString("key")
            .replaceAll("-----(BEGIN|END) PUBLIC KEY-----|\\s", "");
    PublicKey key =
        KeyFactory.getInstance("EC")
            .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    Signature verifier = Signature.getInstance("SHA1withECDSA");
    verifier.initVerify(key);
    verifier.update(received.body());
    return verifier.verify(Base64.getDecoder().decode(header.getString("signature")));
  }

  private String destinationId() throws Exception {
    String location = createDestination().headers().firstValue("Location").orElseThrow();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private HttpResponse<String> createDestination() throws Exception {
    return api(
        "POST",
        "/destination",
        "{\"name\":\"app\",\"status\":\"ENABLED\",\"deliveryConfig\":{\"endpoint\":\""
            + endpointUrl()
            + "\",\"verificationToken\":\""
            + TOKEN
            + "\"}}",
        applicationToken());
  }

  private int subscribe(String topic, String destination, String token) throws Exception {
    return api(
            "POST",
            "/subscription",
            "{\"topicId\":\""
                + topic
                + "\",\"status\":\"ENABLED\",\"destinationId\":\""
                + destination
                + "\",\"payload\":{\"format\":\"JSON\",\"schemaVersion\":\"1.0\","
                + "\"deliveryProtocol\":\"HTTPS\"}}",
            token)
        .statusCode();
  }

  private String applicationToken() throws Exception {
    String answer =
        sim.post(
                "/identity/v1/oauth2/token",
                "application/x-www-form-urlencoded",
                "grant_type=client_credentials&scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope",
                "Authorization",
                SimulatorHarness.basic(
                    SimulatorHarness.KEYSET.appId(), SimulatorHarness.KEYSET.certId()))
            .body();
    return json(answer).getString("access_token");
  }

  private JsonObject status() throws Exception {
    return json(
        sim.http
            .send(
                HttpRequest.newBuilder(sim.url("/sim/api/notification-api")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private HttpResponse<String> api(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(sim.url("/commerce/notification/v1" + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return sim.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
