package com.qventory.sync.ebaysim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The Notification API's pushes: a message enveloped as eBay does, signed ({@link SigningKeys}),
 * POSTed to each subscribed endpoint and retried ({@link Redelivery}), under the seller's fault
 * switches like the SOAP pushes; the challenge that validates a destination; and what was
 * delivered, retried and given up.
 */
final class NotificationApiPushes {

  private static final Logger LOG = Logger.getLogger(NotificationApiPushes.class.getName());

  private final SimConfig config;
  private final SimState state;
  private final SigningKeys keys;
  private final Redelivery redelivery;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private long delivered;
  private long failedAttempts;
  private long givenUp;

  NotificationApiPushes(
      SimConfig config, SimState state, ScheduledExecutorService scheduler, SigningKeys keys) {
    this.config = config;
    this.state = state;
    this.keys = keys;
    this.redelivery = new Redelivery(config, scheduler);
  }

  /** Pushes a message of {@code topic} about {@code userId} to each of {@code endpoints}. */
  void publish(String topic, String userId, JsonObject data, List<String> endpoints) {
    Faults faults;
    synchronized (state.lock) {
      faults = state.sellerFaults.getOrDefault(userId, config.faults());
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (String endpoint : endpoints) {
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
            attempt -> send(endpoint, body, wrongSignature && attempt == 0),
            books);
      }
    }
  }

  /**
   * The challenge eBay sends before it creates a destination: a GET with a code, answered with
   * SHA-256(code + verification token + endpoint).
   *
   * @return why the endpoint failed the challenge; empty when it answered right
   */
  Optional<String> challenge(String endpoint, String verificationToken) {
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

  /** What was delivered, failed and given up, for the console. */
  JsonObjectBuilder counts() {
    synchronized (state.lock) {
      return Json.createObjectBuilder()
          .add("delivered", delivered)
          .add("failedAttempts", failedAttempts)
          .add("givenUp", givenUp);
    }
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

  /** One POST of the message: empty when it was taken (any 2xx). */
  private Optional<String> send(String endpoint, String body, boolean wrongSignature) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(endpoint))
                  .timeout(Duration.ofSeconds(5))
                  .header("Content-Type", "application/json")
                  .header("X-EBAY-SIGNATURE", keys.signatureHeader(bytes, wrongSignature))
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
}
