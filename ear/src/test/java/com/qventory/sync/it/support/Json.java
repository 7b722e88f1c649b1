package com.qventory.sync.it.support;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;

public final class Json {

  private Json() {}

  public static JsonObject parse(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  public static JsonArray parseArray(String body) {
    try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
      return reader.readArray();
    }
  }

  /** The entry of a MicroProfile Health answer's {@code checks} array that has this name. */
  public static Optional<JsonObject> healthCheck(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(JsonValue::asJsonObject)
        .filter(check -> name.equals(check.getString("name")))
        .findFirst();
  }
}
