package com.qventory.sync.interfaces.http;

import com.qventory.sync.interfaces.webhook.soap.SoapFaults;
import io.undertow.server.HttpServerExchange;
import jakarta.json.Json;
import java.util.Optional;

/** The webhooks as the edge tells them apart: each says no in its own format. */
final class Webhooks {

  private Webhooks() {}

  enum Webhook {
    /** SOAP Platform Notifications: a SOAP 1.1 fault. */
    PLATFORM("/webhooks/ebay-platform", SoapFaults.CONTENT_TYPE) {
      @Override
      String problem(int status, String message) {
        return SoapFaults.envelope(status, message);
      }
    },
    /** eBay's JSON Notification API: a JSON object with an error. */
    NOTIFICATION_API("/webhooks/ebay", "application/json") {
      @Override
      String problem(int status, String message) {
        return Json.createObjectBuilder().add("error", message).build().toString();
      }
    };

    private final String path;
    private final String contentType;

    Webhook(String path, String contentType) {
      this.path = path;
      this.contentType = contentType;
    }

    String contentType() {
      return contentType;
    }

    abstract String problem(int status, String message);
  }

  /** The webhook a request is for, if any. */
  static Optional<Webhook> of(HttpServerExchange exchange) {
    String path = exchange.getRelativePath();
    for (Webhook webhook : Webhook.values()) {
      if (webhook.path.equals(path)) {
        return Optional.of(webhook);
      }
    }
    return Optional.empty();
  }
}
