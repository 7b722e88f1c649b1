package com.qventory.sync.infrastructure.ebay.notification;

import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import com.qventory.sync.domain.webhook.NotificationApiSignature.PublicKeyAnswer;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.infrastructure.ebay.EbayHttp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * eBay's Notification API over HTTP (eBay or the simulator). Calls made as the application use an
 * application token (client credentials), kept until shortly before it expires and fetched again
 * when eBay refuses it.
 */
@ApplicationScoped
public class HttpEbayNotificationApi implements EbayNotificationApi {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** A token this close to its expiry is not used any more. */
  private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(5);

  @Inject private EbayEndpoints endpoints;

  @Inject private EbayAccess access;

  @Inject private Clock clock;

  @Inject private EbayHttp http;

  private EbayAccess.Tokens applicationToken;

  private record Answer(int status, JsonObject json, Optional<String> location) {}

  @Override
  public Optional<PublicKeyAnswer> publicKey(String keyId) throws EbayApiException {
    Answer answer =
        call(
            "GET",
            "/public_key/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8),
            null,
            Optional.empty());
    if (answer.status() == 404) {
      return Optional.empty();
    }
    expect(answer, 200, "getPublicKey");
    return Optional.of(
        new PublicKeyAnswer(
            answer.json().getString("key", ""),
            answer.json().getString("algorithm", "ECDSA"),
            answer.json().getString("digest", "SHA1")));
  }

  @Override
  public String destination(String endpoint, String verificationToken) throws EbayApiException {
    Answer list = call("GET", "/destination?limit=100", null, Optional.empty());
    expect(list, 200, "getDestinations");
    for (JsonObject destination : objects(list.json(), "destinations")) {
      JsonObject config = destination.getJsonObject("deliveryConfig");
      if (config != null && endpoint.equals(config.getString("endpoint", null))) {
        return destination.getString("destinationId");
      }
    }
    Answer created =
        call(
            "POST",
            "/destination",
            Json.createObjectBuilder()
                .add("name", "Qventory Sync")
                .add("status", "ENABLED")
                .add(
                    "deliveryConfig",
                    Json.createObjectBuilder()
                        .add("endpoint", endpoint)
                        .add("verificationToken", verificationToken))
                .build(),
            Optional.empty());
    expect(created, 201, "createDestination");
    return idFrom(created, "createDestination");
  }

  @Override
  public Subscription subscribe(
      String topicId, String destinationId, Optional<String> userAccessToken)
      throws EbayApiException {
    for (Subscription existing : subscriptions(userAccessToken)) {
      if (existing.topicId().equals(topicId)) {
        return existing;
      }
    }
    Answer created =
        call(
            "POST",
            "/subscription",
            Json.createObjectBuilder()
                .add("topicId", topicId)
                .add("status", "ENABLED")
                .add("destinationId", destinationId)
                .add(
                    "payload",
                    Json.createObjectBuilder()
                        .add("format", "JSON")
                        .add("schemaVersion", "1.0")
                        .add("deliveryProtocol", "HTTPS"))
                .build(),
            userAccessToken);
    expect(created, 201, "createSubscription");
    return new Subscription(idFrom(created, "createSubscription"), topicId, "ENABLED");
  }

  @Override
  public List<Subscription> subscriptions(Optional<String> userAccessToken)
      throws EbayApiException {
    Answer answer = call("GET", "/subscription?limit=100", null, userAccessToken);
    expect(answer, 200, "getSubscriptions");
    List<Subscription> subscriptions = new ArrayList<>();
    for (JsonObject subscription : objects(answer.json(), "subscriptions")) {
      subscriptions.add(
          new Subscription(
              subscription.getString("subscriptionId", ""),
              subscription.getString("topicId", ""),
              subscription.getString("status", "")));
    }
    return subscriptions;
  }

  private Answer call(String method, String path, JsonObject body, Optional<String> userToken)
      throws EbayApiException {
    Answer answer = send(method, path, body, userToken.orElse(applicationToken(false)));
    if (answer.status() == 401 && userToken.isEmpty()) {
      answer = send(method, path, body, applicationToken(true)); // eBay no longer takes it
    }
    return answer;
  }

  private synchronized String applicationToken(boolean renew) throws EbayApiException {
    if (renew
        || applicationToken == null
        || applicationToken.accessTokenExpires().minus(EXPIRY_MARGIN).isBefore(clock.instant())) {
      applicationToken = access.applicationToken();
    }
    return applicationToken.accessToken();
  }

  private Answer send(String method, String path, JsonObject body, String token)
      throws EbayApiException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(endpoints.notificationApiUrl() + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
    }
    HttpResponse<String> response = http.send(request.build(), "eBay's Notification API");
    JsonObject json = JsonValue.EMPTY_JSON_OBJECT;
    if (!response.body().isBlank()) {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        json = reader.readObject();
      } catch (RuntimeException e) {
        json = JsonValue.EMPTY_JSON_OBJECT; // eBay's error pages are not always JSON
      }
    }
    return new Answer(response.statusCode(), json, response.headers().firstValue("Location"));
  }

  private static void expect(Answer answer, int status, String call) throws EbayApiException {
    if (answer.status() != status) {
      JsonArray errors = answer.json().getJsonArray("errors");
      String detail =
          errors != null && !errors.isEmpty() && errors.get(0) instanceof JsonObject first
              ? first.getString("message", "")
              : "";
      throw new EbayApiException(
          call + ": eBay's Notification API answered " + answer.status() + " " + detail,
          errors != null && !errors.isEmpty() && errors.get(0) instanceof JsonObject first
              ? String.valueOf(first.getInt("errorId", 0))
              : null);
    }
  }

  private static String idFrom(Answer created, String call) throws EbayApiException {
    String location =
        created
            .location()
            .orElseThrow(() -> new EbayApiException(call + ": eBay answered without a Location"));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static List<JsonObject> objects(JsonObject json, String name) {
    JsonArray array = json.getJsonArray(name);
    return array == null ? List.of() : array.getValuesAs(JsonObject.class);
  }
}
