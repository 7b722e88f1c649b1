package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * eBay's Notification API ({@code /commerce/notification/v1}), simulated: the public keys that sign
 * JSON notifications (a P-256 pair made at start, rotated on request, old keys still served),
 * destinations validated by the challenge round trip, subscriptions per topic (application topics
 * with an application token, user topics with that user's token), and signed JSON pushes with
 * retries and the same fault switches as the SOAP pushes.
 */
final class NotificationApi {

  private static final Logger LOG = Logger.getLogger(NotificationApi.class.getName());

  static final String ACCOUNT_DELETION = "MARKETPLACE_ACCOUNT_DELETION";
  static final String AUTHORIZATION_REVOCATION = "AUTHORIZATION_REVOCATION";
  static final String ORDER_CONFIRMATION = "ORDER_CONFIRMATION";

  /** The topics eBay offers here, with their scope. */
  static final Map<String, String> TOPICS =
      Map.of(
          ACCOUNT_DELETION, "APPLICATION",
          AUTHORIZATION_REVOCATION, "APPLICATION",
          ORDER_CONFIRMATION, "USER");

  record Destination(String id, String endpoint, String verificationToken) {}

  /** A subscription; {@code userId} is null for an application-level one. */
  record Subscription(String id, String topicId, String destinationId, String userId) {}

  private record Key(String id, KeyPair pair) {}

  private final SimConfig config;
  private final SimState state;
  private final ScheduledExecutorService scheduler;
  private final Redelivery redelivery;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** Every key ever made, by id; the last one signs. */
  private final Map<String, Key> keys = new LinkedHashMap<>();

  private Key signing;
  final Map<String, Destination> destinations = new LinkedHashMap<>();
  final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
  long delivered;
  long failedAttempts;
  long givenUp;

  NotificationApi(SimConfig config, SimState state, ScheduledExecutorService scheduler) {
    this.config = config;
    this.state = state;
    this.scheduler = scheduler;
    this.redelivery = new Redelivery(config, scheduler);
    rotateKey();
  }

  /** A new signing key; the old ones stay known (eBay serves a key for as long as it may sign). */
  String rotateKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      synchronized (state.lock) {
        signing = new Key(UUID.randomUUID().toString(), generator.generateKeyPair());
        keys.put(signing.id(), signing);
        return signing.id();
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is required of every Java platform", e);
    }
  }

  /** Requests for a public key, whatever their key id: how often a client asked eBay. */
  private final AtomicInteger keyLookUps = new AtomicInteger();

  int keyLookUps() {
    return keyLookUps.get();
  }

  void handle(HttpExchange exchange) throws IOException {
    String path =
        exchange.getRequestURI().getPath().replaceFirst("^/commerce/notification/v1/?", "");
    if (path.startsWith("public_key")) {
      keyLookUps.incrementAndGet();
    }
    String method = exchange.getRequestMethod();
    Optional<SimState.AccessToken> token = bearer(exchange);
    if (token.isEmpty()) {
      error(exchange, 401, 1001, "Invalid access token");
      return;
    }
    String[] parts = path.split("/");
    String route = method + " " + parts[0] + (parts.length > 1 ? "/*" : "");
    switch (route) {
      case "GET public_key/*" -> publicKey(exchange, token.get(), parts[1]);
      case "GET topic" -> topics(exchange);
      case "GET destination" -> listDestinations(exchange, token.get());
      case "POST destination" -> createDestination(exchange, token.get());
      case "GET subscription" -> listSubscriptions(exchange, token.get());
      case "POST subscription" -> createSubscription(exchange, token.get());
      default -> error(exchange, 404, 195000, "No such resource: " + method + " " + path);
    }
  }

  private Optional<SimState.AccessToken> bearer(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return Optional.empty();
    }
    synchronized (state.lock) {
      SimState.AccessToken token = state.accessTokens.get(header.substring(7).strip());
      return token == null || token.expires().isBefore(state.now())
          ? Optional.empty()
          : Optional.of(token);
    }
  }

  private void publicKey(HttpExchange exchange, SimState.AccessToken token, String keyId)
      throws IOException {
    if (token.userId() != null) {
      error(exchange, 403, 1100, "getPublicKey needs an application token");
      return;
    }
    Key key;
    synchronized (state.lock) {
      key = keys.get(keyId);
    }
    if (key == null) {
      error(exchange, 404, 195001, "The public key " + keyId + " was not found");
      return;
    }
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.pair().getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----";
    json(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("key", pem)
            .add("algorithm", "ECDSA")
            .add("digest", "SHA1")
            .build());
  }

  private void topics(HttpExchange exchange) throws IOException {
    JsonArrayBuilder list = Json.createArrayBuilder();
    TOPICS.forEach(
        (topic, scope) ->
            list.add(
                Json.createObjectBuilder()
                    .add("topicId", topic)
                    .add("scope", scope)
                    .add("status", "ENABLED")));
    json(exchange, 200, Json.createObjectBuilder().add("topics", list).build());
  }

  private void listDestinations(HttpExchange exchange, SimState.AccessToken token)
      throws IOException {
    JsonArrayBuilder list = Json.createArrayBuilder();
    synchronized (state.lock) {
      destinations
          .values()
          .forEach(
              d ->
                  list.add(
                      Json.createObjectBuilder()
                          .add("destinationId", d.id())
                          .add("name", "destination")
                          .add("status", "ENABLED")
                          .add(
                              "deliveryConfig",
                              Json.createObjectBuilder()
                                  .add("endpoint", d.endpoint())
                                  .add("verificationToken", d.verificationToken()))));
    }
    json(exchange, 200, Json.createObjectBuilder().add("destinations", list).build());
  }

  /** eBay validates the endpoint with a challenge before it creates the destination. */
  private void createDestination(HttpExchange exchange, SimState.AccessToken token)
      throws IOException {
    if (token.userId() != null) {
      error(exchange, 403, 1100, "createDestination needs an application token");
      return;
    }
    JsonObject body = read(exchange);
    JsonObject config = body.getJsonObject("deliveryConfig");
    String endpoint = config == null ? null : config.getString("endpoint", null);
    String verificationToken = config == null ? null : config.getString("verificationToken", null);
    if (endpoint == null
        || verificationToken == null
        || !verificationToken.matches("[A-Za-z0-9_-]{32,80}")) {
      error(
          exchange,
          400,
          195004,
          "deliveryConfig needs an endpoint and a verificationToken of 32-80 characters [A-Za-z0-9_-]");
      return;
    }
    Optional<String> refused = challenge(endpoint, verificationToken);
    if (refused.isPresent()) {
      error(exchange, 409, 195020, "Challenge verification failed: " + refused.get());
      return;
    }
    Destination destination;
    synchronized (state.lock) {
      destination = new Destination(UUID.randomUUID().toString(), endpoint, verificationToken);
      destinations.put(destination.id(), destination);
    }
    LOG.info("[SIM] Notification API destination " + destination.id() + " → " + endpoint);
    exchange
        .getResponseHeaders()
        .set("Location", "/commerce/notification/v1/destination/" + destination.id());
    Http.send(exchange, 201, "application/json", "");
  }

  /**
   * @return why the endpoint failed the challenge; empty when it answered right
   */
  private Optional<String> challenge(String endpoint, String verificationToken) {
    String code = UUID.randomUUID().toString().replace("-", "");
    try {
      HttpResponse<byte[]> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          endpoint
                              + (endpoint.contains("?") ? "&" : "?")
                              + "challenge_code="
                              + URLEncoder.encode(code, StandardCharsets.UTF_8)))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return Optional.of("the endpoint answered " + response.statusCode());
      }
      byte[] body = response.body();
      if (body.length >= 3 && (body[0] & 0xFF) == 0xEF) {
        return Optional.of("the answer starts with a byte-order mark");
      }
      String expected =
          HexFormat.of()
              .formatHex(
                  MessageDigest.getInstance("SHA-256")
                      .digest(
                          (code + verificationToken + endpoint).getBytes(StandardCharsets.UTF_8)));
      JsonObject answer;
      try (var reader =
          Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
        answer = reader.readObject();
      }
      return expected.equals(answer.getString("challengeResponse", ""))
          ? Optional.empty()
          : Optional.of("challengeResponse is not SHA-256(code + token + endpoint)");
    } catch (Exception e) {
      return Optional.of("the endpoint could not be reached (" + e + ")");
    }
  }

  private void listSubscriptions(HttpExchange exchange, SimState.AccessToken token)
      throws IOException {
    JsonArrayBuilder list = Json.createArrayBuilder();
    synchronized (state.lock) {
      subscriptions.values().stream()
          .filter(s -> Objects.equals(s.userId(), token.userId()))
          .forEach(s -> list.add(subscriptionJson(s)));
    }
    json(exchange, 200, Json.createObjectBuilder().add("subscriptions", list).build());
  }

  private static JsonObjectBuilder subscriptionJson(Subscription s) {
    return Json.createObjectBuilder()
        .add("subscriptionId", s.id())
        .add("topicId", s.topicId())
        .add("destinationId", s.destinationId())
        .add("status", "ENABLED");
  }

  private void createSubscription(HttpExchange exchange, SimState.AccessToken token)
      throws IOException {
    JsonObject body = read(exchange);
    String topic = body.getString("topicId", "");
    String destinationId = body.getString("destinationId", "");
    String scope = TOPICS.get(topic);
    if (scope == null) {
      error(exchange, 400, 195003, "Unknown topic " + topic);
      return;
    }
    if (scope.equals("USER") != (token.userId() != null)) {
      error(
          exchange,
          403,
          195011,
          "Topic "
              + topic
              + " is "
              + scope
              + "-level: subscribe with "
              + (scope.equals("USER") ? "the user's token" : "an application token"));
      return;
    }
    Subscription subscription;
    synchronized (state.lock) {
      if (!destinations.containsKey(destinationId)) {
        error(exchange, 400, 195005, "No destination " + destinationId);
        return;
      }
      for (Subscription existing : subscriptions.values()) {
        if (existing.topicId().equals(topic) && Objects.equals(existing.userId(), token.userId())) {
          error(exchange, 409, 195012, "A subscription to " + topic + " exists already");
          return;
        }
      }
      subscription =
          new Subscription(UUID.randomUUID().toString(), topic, destinationId, token.userId());
      subscriptions.put(subscription.id(), subscription);
    }
    exchange
        .getResponseHeaders()
        .set("Location", "/commerce/notification/v1/subscription/" + subscription.id());
    Http.send(exchange, 201, "application/json", "");
  }

  /**
   * Publishes a message of {@code topic} about {@code userId} to every destination subscribed to it
   * (for a user topic, that user's subscription only).
   *
   * @return how many deliveries were scheduled
   */
  int publish(String topic, String userId, JsonObject data) {
    List<Destination> targets = new ArrayList<>();
    Faults faults;
    synchronized (state.lock) {
      boolean userTopic = "USER".equals(TOPICS.get(topic));
      for (Subscription s : subscriptions.values()) {
        if (s.topicId().equals(topic) && (!userTopic || userId.equals(s.userId()))) {
          Destination d = destinations.get(s.destinationId());
          if (d != null) {
            targets.add(d);
          }
        }
      }
      faults = state.sellerFaults.getOrDefault(userId, config.faults());
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (Destination destination : targets) {
      if (random.nextDouble() < faults.dropRate()) {
        LOG.info("[SIM] Fault: dropped " + topic + " for " + userId);
        continue;
      }
      String body = envelope(topic, data);
      int copies = random.nextDouble() < faults.duplicateRate() ? 2 : 1;
      boolean wrongSignature = random.nextDouble() < faults.wrongSignatureRate();
      for (int i = 0; i < copies; i++) {
        // eBay retries with the same body (and notificationId), signed again
        redelivery.start(
            topic,
            faults.delay(),
            attempt -> send(destination.endpoint(), body, wrongSignature && attempt == 0),
            books);
      }
    }
    return targets.size();
  }

  private String envelope(String topic, JsonObject data) {
    String now = state.now().toString();
    return Json.createObjectBuilder()
        .add(
            "metadata",
            Json.createObjectBuilder()
                .add("topic", topic)
                .add("schemaVersion", "1.0")
                .add("deprecated", false))
        .add(
            "notification",
            Json.createObjectBuilder()
                .add("notificationId", UUID.randomUUID().toString())
                .add("eventDate", now)
                .add("publishDate", now)
                .add("publishAttemptCount", 1)
                .add("data", data))
        .build()
        .toString();
  }

  /** The X-EBAY-SIGNATURE header for {@code body}, signed with the current key. */
  String signatureHeader(byte[] body, boolean wrong) {
    Key key;
    synchronized (state.lock) {
      key = signing;
    }
    try {
      Signature signer = Signature.getInstance("SHA1withECDSA");
      signer.initSign(key.pair().getPrivate());
      signer.update(body);
      if (wrong) {
        signer.update((byte) ' '); // signs other bytes than those sent
      }
      String header =
          Json.createObjectBuilder()
              .add("alg", "ecdsa")
              .add("kid", key.id())
              .add("signature", Base64.getEncoder().encodeToString(signer.sign()))
              .add("digest", "SHA1")
              .build()
              .toString();
      return Base64.getEncoder().encodeToString(header.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One POST of the message: empty when it was taken (any 2xx). */
  private Optional<String> send(String endpoint, String body, boolean wrongSignature) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(endpoint))
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/json")
                  .header("X-EBAY-SIGNATURE", signatureHeader(bytes, wrongSignature))
                  .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() / 100 == 2
          ? Optional.empty()
          : Optional.of("HTTP " + response.statusCode());
    } catch (Exception e) {
      return Optional.of(e.getClass().getSimpleName());
    }
  }

  /** What this channel counts of its deliveries. */
  private final Redelivery.Books books =
      new Redelivery.Books() {
        @Override
        public void delivered(int attempt) {
          synchronized (state.lock) {
            delivered++;
          }
        }

        @Override
        public boolean failed(int attempt, String outcome, boolean retriesLeft) {
          synchronized (state.lock) {
            failedAttempts++;
          }
          return retriesLeft;
        }

        @Override
        public void givenUp(int attempt, String outcome) {
          synchronized (state.lock) {
            givenUp++;
          }
        }
      };

  /** What the seller console shows of the Notification API. */
  JsonObject status() {
    synchronized (state.lock) {
      JsonArrayBuilder subs = Json.createArrayBuilder();
      subscriptions
          .values()
          .forEach(
              s -> {
                JsonObjectBuilder json = subscriptionJson(s);
                json.add(
                    "userId", s.userId() == null ? JsonValue.NULL : Json.createValue(s.userId()));
                subs.add(json);
              });
      JsonArrayBuilder dests = Json.createArrayBuilder();
      destinations.values().forEach(d -> dests.add(d.endpoint()));
      return Json.createObjectBuilder()
          .add("signingKeyId", signing.id())
          .add("keys", keys.size())
          .add("destinations", dests)
          .add("subscriptions", subs)
          .add("delivered", delivered)
          .add("failedAttempts", failedAttempts)
          .add("givenUp", givenUp)
          .build();
    }
  }

  private static JsonObject read(HttpExchange exchange) throws IOException {
    try (var reader =
        Json.createReader(
            new StringReader(new String(Http.body(exchange), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("The body is not a JSON object");
    }
  }

  private static void json(HttpExchange exchange, int status, JsonObject body) throws IOException {
    Http.send(exchange, status, "application/json", body.toString());
  }

  private static void error(HttpExchange exchange, int status, int errorId, String message)
      throws IOException {
    json(
        exchange,
        status,
        Json.createObjectBuilder()
            .add(
                "errors",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("errorId", errorId)
                            .add("domain", "API_NOTIFICATION")
                            .add("category", "REQUEST")
                            .add("message", message)))
            .build());
  }
}
