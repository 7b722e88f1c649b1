package com.qventory.sync.ebaysim;

import static com.qventory.sync.ebaysim.ConsoleJson.decimal;
import static com.qventory.sync.ebaysim.ConsoleJson.integer;
import static com.qventory.sync.ebaysim.ConsoleJson.item;
import static com.qventory.sync.ebaysim.ConsoleJson.json;
import static com.qventory.sync.ebaysim.ConsoleJson.problem;
import static com.qventory.sync.ebaysim.ConsoleJson.specifics;
import static com.qventory.sync.ebaysim.ConsoleJson.str;
import static com.qventory.sync.ebaysim.ConsoleJson.variation;
import static com.qventory.sync.ebaysim.ConsoleJson.variationQuantities;
import static com.qventory.sync.ebaysim.ConsoleJson.variations;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A seller's side of the simulated eBay, as JSON under {@code /sim/api} and a small page at {@code
 * /}: list, revise, relist, sell, end, suspend and extend items; subscribe; generate load. What a
 * test makes eBay do (faults, limits, time, revocations) is {@link EbayControls}'; the JSON is
 * {@link ConsoleJson}'s.
 */
final class SellerConsole {

  private final SimConfig config;
  private final SimState state;
  private final SellerActions actions;
  private final ScheduledExecutorService scheduler;
  private final EbayControls controls;

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
    this.controls = new EbayControls(state, notificationApi);
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
      case "POST sellers/*/subscriptions" -> subscribe(p[1], body);
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
      case "POST bulk" -> bulk(body);
      default -> controls.route(route, p, body);
    };
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
}
