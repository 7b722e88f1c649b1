package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's JSON: request bodies read, items and variations written. */
final class ConsoleJson {

  private ConsoleJson() {}

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

  static JsonObject variation(SimItem.Variation v, BigDecimal price) {
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
  static List<SimItem.Variation> variations(JsonObject body) {
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
  static Map<String, String> specifics(JsonObject body) {
    Map<String, String> specifics = new LinkedHashMap<>();
    if (body.containsKey("specifics")) {
      body.getJsonObject("specifics")
          .forEach((name, value) -> specifics.put(name, ((JsonString) value).getString()));
    }
    return specifics;
  }

  /** {@code "variations":[{"sku":"TEE-S","quantity":5}]} of a revision. */
  static Map<String, Integer> variationQuantities(JsonObject body) {
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

  static double number(JsonObject body, String name) {
    return body.containsKey(name) ? body.getJsonNumber(name).doubleValue() : 0;
  }

  static String str(JsonObject body, String name) {
    return body.containsKey(name) && !body.isNull(name) ? body.getString(name) : null;
  }

  static Integer integer(JsonObject body, String name) {
    return body.containsKey(name) && !body.isNull(name) ? body.getInt(name) : null;
  }

  static BigDecimal decimal(JsonObject body, String name) {
    if (!body.containsKey(name) || body.isNull(name)) {
      return null;
    }
    JsonValue value = body.get(name);
    return value instanceof JsonNumber n
        ? n.bigDecimalValue()
        : new BigDecimal(body.getString(name));
  }

  static JsonObject json(HttpExchange exchange) throws IOException {
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

  static String problem(String message) {
    return Json.createObjectBuilder().add("error", message).build().toString();
  }
}
