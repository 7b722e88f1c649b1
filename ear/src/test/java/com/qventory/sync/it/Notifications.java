package com.qventory.sync.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Test payloads (src/test/resources/notifications) and eBay's way of posting them. */
final class Notifications {

  private Notifications() {}

  /** An eBay-shaped item id that no other test uses. */
  static String uniqueItemId() {
    return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
  }

  static String fixture(String name, String itemId) {
    try (InputStream in = Notifications.class.getResourceAsStream("/notifications/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{ITEM_ID}}", itemId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POSTs a notification the way eBay does: SOAP 1.1, text/xml, quoted SOAPAction. */
  static HttpResponse<String> push(String body, String eventName)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(QventoryServer.url("/webhooks/ebay-platform"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=\"utf-8\"")
                .header(
                    "SOAPAction", "\"https://developer.ebay.com/notification/" + eventName + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
