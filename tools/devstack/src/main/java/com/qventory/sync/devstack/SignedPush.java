package com.qventory.sync.devstack;

import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.ebaysim.Xml;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a notification template the way eBay does and POSTs it to the webhook — to try the pipeline
 * by hand. Not deployed.
 *
 * <p>Usage: {@code SignedPush <template.xml> [KEY=VALUE…]}. The template's {@code {{KEY}}}
 * placeholders are filled from the arguments (each has a default: {@code RECIPIENT} is {@code
 * demo_ebay_seller}, {@code ITEM_ID} a new id); {@code TIMESTAMP} defaults to now and {@code
 * SIGNATURE} is computed from it with the keyset in {@code EBAY_DEV_ID}, {@code EBAY_CLIENT_ID} and
 * {@code EBAY_CERT_ID} (the run command's demo keyset when they are not set). {@code URL} overrides
 * the webhook address, {@code EVENT} the event name of the SOAPAction header.
 */
public final class SignedPush {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z_]+)}}");
  private static final Pattern EVENT_NAME =
      Pattern.compile("<NotificationEventName>([^<]+)</NotificationEventName>");

  private SignedPush() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: SignedPush <template.xml> [KEY=VALUE ...]");
      System.exit(2);
    }
    Map<String, String> values = DevStack.withDemoDefaults(System.getenv());
    Instant now = Instant.now();
    values.putAll(
        Map.of(
            "ITEM_ID", Long.toString(110_000_000_000L + now.getEpochSecond() % 1_000_000_000L),
            "RECIPIENT", "demo_ebay_seller",
            "QUANTITY", "3",
            "QUANTITY_SOLD", "0",
            "LISTING_STATUS", "Active",
            "PRICE", "34.99",
            "END_TIME", Xml.time(now.plusSeconds(30L * 24 * 3600)),
            "RELIST_PARENT", "110000000000",
            "TRANSACTION_ID", Long.toString(now.toEpochMilli()),
            "QUANTITY_PURCHASED", "1"));
    values.put("TIMESTAMP", Xml.time(now));
    for (int i = 1; i < args.length; i++) {
      int equals = args[i].indexOf('=');
      values.put(args[i].substring(0, equals), args[i].substring(equals + 1));
    }
    values.put(
        "SIGNATURE",
        new Keyset(
                values.get("EBAY_DEV_ID"),
                values.get("EBAY_CLIENT_ID"),
                values.getOrDefault("EBAY_CERT_ID", values.get("EBAY_CLIENT_SECRET")),
                values.getOrDefault("EBAY_RU_NAME", "-"))
            .sign(values.get("TIMESTAMP")));
    String body = fill(Files.readString(Path.of(args[0])), values);
    Matcher event = EVENT_NAME.matcher(body);
    String eventName = values.getOrDefault("EVENT", event.find() ? event.group(1) : "Unknown");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            values.getOrDefault(
                                "URL", "http://localhost:8080/webhooks/ebay-platform")))
                    .header("Content-Type", "text/xml; charset=\"utf-8\"")
                    .header(
                        "SOAPAction",
                        "\"https://developer.ebay.com/notification/" + eventName + "\"")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    System.out.println(response.statusCode() + " " + response.body());
    System.exit(response.statusCode() == 200 ? 0 : 1);
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (placeholder.find()) {
      String value = values.get(placeholder.group(1));
      if (value == null) {
        throw new IllegalArgumentException("Give a value for {{" + placeholder.group(1) + "}}");
      }
      placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    return placeholder.appendTail(filled).toString();
  }
}
