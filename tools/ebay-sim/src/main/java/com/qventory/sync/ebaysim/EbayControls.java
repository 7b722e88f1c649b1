package com.qventory.sync.ebaysim;

import static com.qventory.sync.ebaysim.ConsoleJson.faults;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;

/**
 * What a test makes the simulated eBay do, under {@code /sim/api}: faults in its pushes, slow or
 * failing calls and call limits, time moved on, tokens expired, access revoked, an account deleted,
 * the application marked down — and what eBay counted meanwhile. What a seller does is {@link
 * SellerConsole}'s.
 */
final class EbayControls {

  private final SimState state;
  private final NotificationApi notificationApi;

  EbayControls(SimState state, NotificationApi notificationApi) {
    this.state = state;
    this.notificationApi = notificationApi;
  }

  /** Answers {@code route} ("METHOD path", one id as {@code *}), or says there is no such call. */
  JsonValue route(String route, String[] p, JsonObject body) {
    return switch (route) {
      case "PUT sellers/*/faults" -> {
        synchronized (state.lock) {
          state.sellerFaults.put(p[1], faults(body));
        }
        yield body;
      }
      case "POST sellers/*/unsubscribe" -> {
        // events the seller's subscription lost on eBay's side (a test of the subscription doctor)
        synchronized (state.lock) {
          SimState.UserPreferences prefs = state.preferences(p[1]);
          body.getJsonArray("events")
              .getValuesAs(JsonString.class)
              .forEach(e -> prefs.events.put(e.getString(), false));
        }
        yield body;
      }
      case "POST application/mark-down" -> {
        // eBay marks the application down as after too many failed deliveries
        synchronized (state.lock) {
          state.usage.markedDown = true;
          state.usage.markHistory.add(
              new String[] {"MarkDown", Xml.time(state.now()), "marked down by the test console"});
        }
        yield body;
      }
      case "PUT sellers/*/failing-calls" -> {
        synchronized (state.lock) {
          state.failingCalls.put(
              p[1],
              new HashSet<>(
                  body.getJsonArray("calls").getValuesAs(JsonString.class).stream()
                      .map(JsonString::getString)
                      .toList()));
        }
        yield body;
      }
      case "GET usage" -> usage();
      case "PUT latency" -> latency(body);
      case "PUT call-limits" -> callLimits(body);
      case "POST sellers/*/age" -> age(p[1], Duration.ofSeconds(body.getInt("seconds")));
      case "POST sellers/*/expire-tokens" -> expireTokens(p[1]);
      case "POST sellers/*/revoke" -> revoke(p[1]);
      case "POST sellers/*/delete-account" -> deleteAccount(p[1]);
      case "GET notification-api" -> notificationApi.status();
      case "POST notification-api/rotate-key" ->
          Json.createObjectBuilder().add("signingKeyId", notificationApi.rotateKey()).build();
      default -> throw new NoSuchElementException("No such call: " + route);
    };
  }

  /** {@code {"GetSellerEvents":20000}}: how many milliseconds each call takes to answer. */
  private JsonValue latency(JsonObject body) {
    synchronized (state.lock) {
      body.forEach(
          (call, ms) ->
              state.callLatency.put(call, Duration.ofMillis(((JsonNumber) ms).longValue())));
      return body;
    }
  }

  /** {@code {"GetSellerEvents":100}}: how many of each call the application may make a day. */
  private JsonValue callLimits(JsonObject body) {
    synchronized (state.lock) {
      body.forEach((call, limit) -> state.callLimits.put(call, ((JsonNumber) limit).intValue()));
      return body;
    }
  }

  /**
   * Moves everything of the seller's listings back in time, as if it had happened {@code by}
   * earlier: a test's way past eBay's freshness lag without waiting for it.
   */
  private JsonValue age(String userId, Duration by) {
    synchronized (state.lock) {
      int aged = 0;
      for (SimItem item : state.items.values()) {
        if (item.sellerUserId.equals(userId)) {
          item.startTime = item.startTime.minus(by);
          item.endTime = item.endTime.minus(by);
          item.lastModified = item.lastModified.minus(by);
          aged++;
        }
      }
      return Json.createObjectBuilder().add("aged", aged).build();
    }
  }

  /** The seller's access tokens lapse now (eBay then answers 21917053). */
  private JsonValue expireTokens(String userId) {
    synchronized (state.lock) {
      state.accessTokens.replaceAll(
          (token, access) ->
              userId.equals(access.userId())
                  ? new SimState.AccessToken(userId, state.now().minusSeconds(1))
                  : access);
      return Json.createObjectBuilder().add("expired", userId).build();
    }
  }

  /**
   * The seller revoked the application on eBay: every token of theirs is dead, and eBay tells the
   * application (AUTHORIZATION_REVOCATION) where it subscribed.
   */
  private JsonValue revoke(String userId) {
    SimState.Seller seller;
    synchronized (state.lock) {
      seller = state.seller(userId);
      state.accessTokens.values().removeIf(access -> userId.equals(access.userId()));
      state.refreshTokens.values().removeIf(refresh -> userId.equals(refresh.userId()));
    }
    int pushed =
        notificationApi.publish(
            NotificationApi.AUTHORIZATION_REVOCATION,
            userId,
            userData(seller)
                .add("revokeReason", "REVOKED_BY_USER")
                .add("revocationDate", state.now().toString())
                .build());
    return Json.createObjectBuilder().add("revoked", userId).add("pushed", pushed).build();
  }

  /**
   * The seller deleted their eBay account: their tokens and listings are gone, and eBay tells every
   * subscribed application to erase their data (MARKETPLACE_ACCOUNT_DELETION).
   */
  private JsonValue deleteAccount(String userId) {
    SimState.Seller seller;
    synchronized (state.lock) {
      seller = state.seller(userId); // a buyer is an eBay user too
      state.sellers.remove(userId);
      state.accessTokens.values().removeIf(access -> userId.equals(access.userId()));
      state.refreshTokens.values().removeIf(refresh -> userId.equals(refresh.userId()));
      state.items.values().removeIf(item -> userId.equals(item.sellerUserId));
      state.userPreferences.remove(userId);
    }
    int pushed =
        notificationApi.publish(NotificationApi.ACCOUNT_DELETION, userId, userData(seller).build());
    return Json.createObjectBuilder().add("deleted", userId).add("pushed", pushed).build();
  }

  /** How eBay names a user in a Notification API message. */
  static JsonObjectBuilder userData(SimState.Seller seller) {
    return Json.createObjectBuilder()
        .add("username", seller.userId())
        .add("userId", seller.immutableId())
        .add("eiasToken", seller.eiasToken());
  }

  private JsonValue usage() {
    synchronized (state.lock) {
      SimState.Usage u = state.usage;
      return Json.createObjectBuilder()
          .add("delivered", u.delivered)
          .add("errors", u.errors)
          .add("freshnessViolations", u.freshnessViolations)
          .add(
              "callsToday",
              Json.createObjectBuilder(new LinkedHashMap<String, Object>(state.callsToday)))
          .add("expired", u.expired)
          .add("queuedNew", u.queuedNew)
          .add("queuedPending", u.queuedPending)
          .add("droppedByFault", u.droppedByFault)
          .add("markedDown", u.markedDown)
          .build();
    }
  }
}
