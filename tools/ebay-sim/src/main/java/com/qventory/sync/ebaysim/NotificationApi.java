package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
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

  private final SimConfig config;
  private final SimState state;
  private final SigningKeys keys = new SigningKeys();
  private final NotificationApiPushes pushes;
  final Map<String, Destination> destinations = new LinkedHashMap<>();
  final Map<String, Subscription> subscriptions = new LinkedHashMap<>();

  /** Requests for a public key, whatever their key id: how often a client asked eBay. */
  private final AtomicInteger keyLookUps = new AtomicInteger();

  NotificationApi(SimConfig config, SimState state, ScheduledExecutorService scheduler) {
    this.config = config;
    this.state = state;
    this.pushes = new NotificationApiPushes(config, state, scheduler, keys);
  }

  /** A new signing key; the old ones stay known (eBay serves a key for as long as it may sign). */
  String rotateKey() {
    return keys.rotate();
  }

  /** The X-EBAY-SIGNATURE header for {@code body}, signed with the current key. */
  String signatureHeader(byte[] body, boolean wrong) {
    return keys.signatureHeader(body, wrong);
  }

  /**
   * Publishes a message of {@code topic} about {@code userId} to every destination subscribed to it
   * (for a user topic, that user's subscription only).
   *
   * @return how many deliveries were scheduled
   */
  int publish(String topic, String userId, JsonObject data) {
    List<String> endpoints = new ArrayList<>();
    synchronized (state.lock) {
      boolean userTopic = "USER".equals(TOPICS.get(topic));
      for (Subscription s : subscriptions.values()) {
        if (s.topicId().equals(topic) && (!userTopic || userId.equals(s.userId()))) {
          Destination d = destinations.get(s.destinationId());
          if (d != null) {
            endpoints.add(d.endpoint());
          }
        }
      }
    }
    pushes.publish(topic, userId, data, endpoints);
    return endpoints.size();
  }

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
    Optional<String> pem = keys.publicKeyPem(keyId);
    if (pem.isEmpty()) {
      error(exchange, 404, 195001, "The public key " + keyId + " was not found");
      return;
    }
    json(
        exchange,
        200,
        Json.createObjectBuilder()
            .add("key", pem.get())
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
    Optional<String> refused = pushes.challenge(endpoint, verificationToken);
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
          .add("signingKeyId", keys.signingKeyId())
          .add("keys", keys.count())
          .add("destinations", dests)
          .add("subscriptions", subs)
          .addAll(pushes.counts())
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
