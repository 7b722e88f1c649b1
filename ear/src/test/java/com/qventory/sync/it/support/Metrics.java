package com.qventory.sync.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A server's metrics, as Prometheus scrapes them from its management interface. */
public final class Metrics {

  /** How many platform notifications the server acknowledged since it started. */
  public static final String ACKNOWLEDGED =
      "qventory_notification_acknowledgement_seconds_count{WF_DEPLOYMENT=\"qventory.ear\",channel=\"platform\"}";

  private Metrics() {}

  /** {@code GET /metrics} of the management interface at {@code management}. */
  public static String scrape(URI management) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(management.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), "the metrics endpoint answers without credentials");
    return answer.body();
  }

  /** The value of the sample {@code name{labels}}; 0 when it is not there yet. */
  public static double value(String metrics, String sample) {
    return metrics
        .lines()
        .filter(line -> line.startsWith(sample + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1).strip()))
        .findFirst()
        .orElse(0);
  }
}
