package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A seller's side of the simulated eBay, as JSON under {@code /sim/api} and a small page at {@code
 * /}: list, revise, relist, sell, end, suspend and extend items; switch faults; read the delivery
 * statistics; generate load.
 */
final class SellerConsole {

  private final SimConfig config;
  private final SimState state;
  private final SellerActions actions;
  private final ScheduledExecutorService scheduler;
  private final NotificationApi notificationApi;

  SellerConsole(
      SimConfig config,
      SimState state,
      SellerActions actions,
      ScheduledExecutorService scheduler,
      NotificationApi notificationApi) {
    this.config = config;
    this.state = state;
    this.actions = actions;
    this.scheduler = scheduler;
    this.notificationApi = notificationApi;
  }

  void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    String[] parts = path.replaceAll("^/sim/api/?", "").split("/");
    try {
      JsonObject body = method.equals("GET") ? JsonValue.EMPTY_JSON_OBJECT : json(exchange);
      JsonValue answer = route(method, parts, body);
      Http.send(
          exchange,
          method.equals("POST") && parts.length == 3 && parts[2].equals("items") ? 201 : 200,
          "application/json",
          answer.toString());
    } catch (NoSuchElementException e) {
      Http.send(exchange, 404, "application/json", problem(e.getMessage()));
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      Http.send(exchange, 400, "application/json", problem(String.valueOf(e.getMessage())));
    }
  }

  private JsonValue route(String method, String[] p, JsonObject body) {
    boolean onOne = p.length == 3 && (p[0].equals("items") || p[0].equals("sellers"));
    String route = method + " " + (onOne ? p[0] + "/*/" + p[2] : String.join("/", p));
    return switch (route) {
      case "GET sellers" -> sellers();
      case "GET sellers/*/items" -> items(p[1]);
      case "POST sellers/*/items" ->
          item(
              actions.list(
                  p[1],
                  str(body, "title"),
                  str(body, "sku"),
                  integer(body, "quantity"),
                  decimal(body, "price"),
                  str(body, "currency"),
                  variations(body)));
      case "PUT sellers/*/faults" -> {
        synchronized (state.lock) {
          state.sellerFaults.put(p[1], faults(body));
        }
        yield body;
      }
      case "POST sellers/*/subscriptions" -> subscribe(p[1], body);
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
      case "POST items/*/revise" ->
          item(
              actions.revise(
                  p[1],
                  str(body, "title"),
                  str(body, "sku"),
                  integer(body, "quantity"),
                  decimal(body, "price"),
                  variationQuantities(body)));
      case "POST items/*/purchase" -> {
        Integer quantity = integer(body, "quantity");
        SimItem.Transaction sale =
            actions.purchase(
                p[1],
                quantity == null ? 1 : quantity,
                body.getString("buyer", "sim_buyer"),
                str(body, "sku"),
                specifics(body));
        JsonObjectBuilder answer =
            Json.createObjectBuilder()
                .add("transactionId", sale.transactionId())
                .add("quantity", sale.quantity());
        if (sale.variation() != null) {
          answer.add("variation", variation(sale.variation(), sale.price()));
        }
        yield answer.build();
      }
      case "POST items/*/end" -> item(actions.end(p[1]));
      case "POST items/*/relist" -> item(actions.relist(p[1]));
      case "POST items/*/suspend" -> item(actions.suspend(p[1]));
      case "POST items/*/extend" ->
          item(actions.extend(p[1], Duration.ofDays(body.getInt("days", 30))));
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
      case "POST bulk" -> bulk(body);
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

  private JsonValue subscribe(String userId, JsonObject body) {
    synchronized (state.lock) {
      state.seller(userId);
      SimState.UserPreferences prefs = state.preferences(userId);
      body.getJsonArray("events")
          .getValuesAs(JsonString.class)
          .forEach(e -> prefs.events.put(e.getString(), true));
      if (body.containsKey("applicationUrl")) {
        state.application.applicationUrl = body.getString("applicationUrl");
        state.application.enabled = true;
        state.application.set = true;
      }
      return body;
    }
  }

  private JsonValue sellers() {
    synchronized (state.lock) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      state
          .sellers
          .values()
          .forEach(
              s ->
                  list.add(
                      Json.createObjectBuilder()
                          .add("userId", s.userId())
                          .add(
                              "subscribedEvents",
                              Json.createArrayBuilder(
                                  state.preferences(s.userId()).events.entrySet().stream()
                                      .filter(e -> e.getValue())
                                      .map(e -> e.getKey())
                                      .toList()))));
      return list.build();
    }
  }

  private JsonValue items(String userId) {
    synchronized (state.lock) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      state.items.values().stream()
          .filter(i -> i.sellerUserId.equals(userId))
          .forEach(i -> list.add(item(i)));
      return list.build();
    }
  }

  static JsonObject item(SimItem item) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("itemId", item.itemId)
            .add("seller", item.sellerUserId)
            .add("title", item.title)
            .add("sku", item.sku)
            .add("quantity", item.quantity)
            .add("quantitySold", item.quantitySold)
            .add("available", item.available())
            .add("price", item.price)
            .add("currency", item.currency)
            .add("status", item.status)
            .add("endTime", Xml.time(item.endTime))
            .add("events", Json.createArrayBuilder(item.raised))
            .add("pictureUrls", Json.createArrayBuilder(item.pictureUrls))
            .add(
                "variations",
                Json.createArrayBuilder(
                    item.variations.stream()
                        .map(v -> variation(v, v.price() == null ? item.price : v.price()))
                        .toList()));
    if (item.relistParentId != null) {
      json.add("relistParentId", item.relistParentId);
    }
    return json.build();
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

  /** {@code {"sellers":M,"listings":N,"perSecond":R}}: N new listings spread over M sellers. */
  private JsonValue bulk(JsonObject body) {
    int sellers = body.getInt("sellers", 1);
    int listings = body.getInt("listings", 10);
    double perSecond =
        body.containsKey("perSecond") ? body.getJsonNumber("perSecond").doubleValue() : 10;
    if (sellers < 1 || listings < 1 || listings > 1_000_000 || perSecond <= 0) {
      throw new IllegalArgumentException("sellers ≥ 1, 1 ≤ listings ≤ 1000000, perSecond > 0");
    }
    long intervalMicros = (long) (1_000_000 / perSecond);
    String only = str(body, "seller");
    for (int i = 0; i < listings; i++) {
      String seller = only != null ? only : "sim_bulk_" + (i % sellers + 1);
      scheduler.schedule(
          () -> actions.list(seller, null, null, null, null, null, List.of()),
          i * intervalMicros,
          TimeUnit.MICROSECONDS);
    }
    return Json.createObjectBuilder()
        .add("scheduled", listings)
        .add("sellers", sellers)
        .add("perSecond", perSecond)
        .build();
  }

  private static JsonObject variation(SimItem.Variation v, BigDecimal price) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (v.sku() != null) {
      json.add("sku", v.sku());
    }
    JsonObjectBuilder specifics = Json.createObjectBuilder();
    v.specifics().forEach(specifics::add);
    return json.add("specifics", specifics)
        .add("quantity", v.quantity())
        .add("quantitySold", v.quantitySold())
        .add("available", v.available())
        .add("price", price)
        .build();
  }

  /**
   * {@code "variations":[{"sku":"A-32","specifics":{"Size":"32"},"quantity":2,"price":"59.50"},
   * …]}: a variation without specifics is given one named after its SKU (eBay requires specifics).
   */
  private static List<SimItem.Variation> variations(JsonObject body) {
    if (!body.containsKey("variations")) {
      return List.of();
    }
    return body.getJsonArray("variations").getValuesAs(JsonObject.class).stream()
        .map(
            v -> {
              String sku = str(v, "sku");
              Map<String, String> specifics = specifics(v);
              if (specifics.isEmpty() && sku != null) {
                specifics = Map.of("Variant", sku);
              }
              return new SimItem.Variation(
                  sku, specifics, v.getInt("quantity", 1), 0, decimal(v, "price"));
            })
        .toList();
  }

  /** {@code "specifics":{"Size":"M","Colour":"Blue"}}, in the order given. */
  private static Map<String, String> specifics(JsonObject body) {
    Map<String, String> specifics = new LinkedHashMap<>();
    if (body.containsKey("specifics")) {
      body.getJsonObject("specifics")
          .forEach((name, value) -> specifics.put(name, ((JsonString) value).getString()));
    }
    return specifics;
  }

  /** {@code "variations":[{"sku":"TEE-S","quantity":5}]} of a revision. */
  private static Map<String, Integer> variationQuantities(JsonObject body) {
    Map<String, Integer> quantities = new LinkedHashMap<>();
    if (body.containsKey("variations")) {
      for (JsonObject v : body.getJsonArray("variations").getValuesAs(JsonObject.class)) {
        quantities.put(v.getString("sku"), v.getInt("quantity"));
      }
    }
    return quantities;
  }

  static Faults faults(JsonObject body) {
    return new Faults(
        number(body, "dropRate"),
        number(body, "duplicateRate"),
        number(body, "reorderRate"),
        Duration.ofMillis((long) number(body, "delayMs")),
        number(body, "wrongSignatureRate"));
  }

  private static double number(JsonObject body, String name) {
    return body.containsKey(name) ? body.getJsonNumber(name).doubleValue() : 0;
  }

  private static String str(JsonObject body, String name) {
    return body.containsKey(name) && !body.isNull(name) ? body.getString(name) : null;
  }

  private static Integer integer(JsonObject body, String name) {
    return body.containsKey(name) && !body.isNull(name) ? body.getInt(name) : null;
  }

  private static BigDecimal decimal(JsonObject body, String name) {
    if (!body.containsKey(name) || body.isNull(name)) {
      return null;
    }
    JsonValue value = body.get(name);
    return value instanceof JsonNumber n
        ? n.bigDecimalValue()
        : new BigDecimal(body.getString(name));
  }

  private static JsonObject json(HttpExchange exchange) throws IOException {
    String text = new String(Http.body(exchange), StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a JSON object: " + e.getMessage());
    }
  }

  private static String problem(String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }

  /** The seller's page: the JSON interface, driven from a browser. */
  void page(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals("/")) {
      Http.send(exchange, 404, "text/plain", "Not found");
      return;
    }
    Http.send(
        exchange,
        200,
        "text/html; charset=utf-8",
        SellerPage.HTML.replace("{{APP}}", Xml.escape(config.keyset().appId())));
  }

  static final List<String> ALL_EVENTS =
      List.of(
          "ItemListed",
          "ItemRevised",
          "ItemClosed",
          "ItemSold",
          "ItemUnsold",
          "ItemSuspended",
          "ItemOutOfStock",
          "ItemExtended",
          "FixedPriceTransaction",
          "AuctionCheckoutComplete");
}
