package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.ManagementCli;
import com.qventory.sync.it.support.Notifications;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin's overview: figures against a known set of events, the broker's queues, roles. */
@BlackBoxTest
class AdminOverviewIT {

  @Test
  void theOverviewCountsKnownEventsShowsTheQueuesAndSaysWhatToDo() throws Exception {
    String before = overview(new WebClient());
    String topic = "PLATFORM_Overview" + ThreadLocalRandom.current().nextInt(1_000_000);
    for (int i = 0; i < 3; i++) {
      event(topic, "PROCESSED", "1 minute", 120);
    }
    event(topic, "DEAD", "2 minutes", 900);
    event(topic, "PROCESSED", "2 days", 80);

    String after = overview(new WebClient());

    assertEquals(cell(before, "1 h", 1) + 3, cell(after, "1 h", 1), "PROCESSED in the last hour");
    assertEquals(cell(before, "1 h", 7) + 1, cell(after, "1 h", 7), "DEAD in the last hour");
    assertEquals(cell(before, "7 d", 1) + 4, cell(after, "7 d", 1), "PROCESSED in 7 days");
    assertEquals(cell(before, "24 h", 0) + 4, cell(after, "24 h", 0), "received in 24 h");
    assertTrue(after.contains("DEAD in the last 24 h"), "what to do about DEAD: " + after);
    assertTrue(
        Pattern.compile(
                "<td>PlatformNotifications</td>\\s*<td>\\d+</td>\\s*<td>\\d+</td>\\s*<td>32</td>")
            .matcher(after)
            .find(),
        "the notification queue, with its 32 consumers, as the broker reports it");
    assertTrue(after.contains("<td>PlatformNotificationsDLQ</td>"), "and its dead-letter queue");
    Matcher chart =
        Pattern.compile("id=\"chart-hour\"[^>]*>\\s*<polyline[^>]*points=\"([^\"]+)\"")
            .matcher(after);
    assertTrue(chart.find(), "the last hour's chart");
    assertEquals(60, chart.group(1).split(" ").length, "one point a minute");
    assertFalse(
        Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d+Z|-\\d+ s ago").matcher(after).find(),
        "every moment is shown by one rule, never as a raw instant or a negative age: " + after);
    assertTrue(after.contains("As of <time datetime="), after);
  }

  @Test
  void acknowledgementPercentilesCountWhatTheWebhookAcknowledged() throws Exception {
    long before = acknowledgedLastHour(overview(new WebClient()));
    for (int i = 0; i < 3; i++) {
      Notifications.pushAccepted(
          Notifications.signed(
              "item-listed.xml",
              Map.of("ITEM_ID", Notifications.uniqueItemId(), "RECIPIENT", "nobody-overview")),
          "ItemListed");
    }

    String after = overview(new WebClient());

    assertTrue(acknowledgedLastHour(after) >= before + 3, "three more acknowledged: " + after);
    Matcher p99 = Pattern.compile("<td class=\"ack-p99\">([^<]+)</td>").matcher(after);
    assertTrue(p99.find() && p99.group(1).matches("[0-9.]+ ms"), "the hour's ack p99 in ms");
  }

  private static long acknowledgedLastHour(String page) {
    Matcher count = Pattern.compile("<span id=\"acknowledged-hour\">(\\d+)</span>").matcher(page);
    assertTrue(count.find(), "the hour's acknowledgement count");
    return Long.parseLong(count.group(1));
  }

  @Test
  void withItsConsumersPausedTheQueueFillsAndTheOverviewWarnsOfTheBacklog() throws Exception {
    String itemId = Notifications.uniqueItemId();
    ManagementCli.run(ManagementCli.QUEUES + "PlatformNotifications:pause()");
    try {
      for (int i = 0; i < 3; i++) {
        Notifications.pushAccepted(
            Notifications.signed(
                "item-listed.xml", Map.of("ITEM_ID", itemId + i, "RECIPIENT", "nobody-paused")),
            "ItemListed");
      }
      // The tests' backlog warning is one second (ear/pom.xml): wait until the oldest is older.
      String page =
          TestDatabase.await(
                  Duration.ofSeconds(10),
                  () -> {
                    String now = overview(new WebClient());
                    return now.contains("The oldest notification has waited")
                        ? Optional.of(now)
                        : Optional.empty();
                  })
              .orElseGet(() -> "no backlog warning in 10 s");

      Matcher waiting =
          Pattern.compile("<td>PlatformNotifications</td>\\s*<td>(\\d+)</td>").matcher(page);
      assertTrue(waiting.find(), "the queue's row");
      assertTrue(Long.parseLong(waiting.group(1)) >= 3, "three waiting: " + waiting.group(1));
      assertTrue(page.contains("processing is behind"), "what to do about the backlog");
    } finally {
      ManagementCli.run(ManagementCli.QUEUES + "PlatformNotifications:resume()");
    }
    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId + 0, 1));
  }

  @Test
  void onlyAdminsSeeIt() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);

    assertEquals(403, browser.get("/admin/index.xhtml").statusCode());
    assertTrue(
        new WebClient().get("/admin/index.xhtml").body().contains("j_security_check"),
        "anonymous callers are sent to log in");
  }

  private static String overview(WebClient admin) throws Exception {
    HttpResponse<String> page =
        admin.openAfterLogIn(
            "/admin/index.xhtml", QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);
    assertEquals(200, page.statusCode());
    return page.body();
  }

  /** The {@code n}th number (0: received, 1: PROCESSED … 7: DEAD) of a window's row. */
  private static long cell(String page, String window, int n) {
    Matcher row =
        Pattern.compile("<th>" + Pattern.quote(window) + "</th>((?:\\s*<td[^>]*>[^<]*</td>){15})")
            .matcher(page);
    assertTrue(row.find(), "the " + window + " row");
    Matcher cells = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row.group(1));
    for (int i = 0; i <= n; i++) {
      assertTrue(cells.find());
    }
    return Long.parseLong(cells.group(1).strip());
  }

  private static void event(String topic, String status, String ago, int latencyMillis)
      throws Exception {
    TestDatabase.update(
        "INSERT INTO webhook_event (id, notification_id, topic, received_at, recorded_at,"
            + " processed_at, status, attempts, raw_payload) VALUES (?, gen_random_uuid(), ?,"
            + " now() - CAST(? AS interval), now() - CAST(? AS interval),"
            + " now() - CAST(? AS interval) + make_interval(secs => ? / 1000.0), ?, 1,"
            + " '<overview/>')",
        -ThreadLocalRandom.current().nextLong(1, 1L << 50),
        topic,
        ago,
        ago,
        ago,
        latencyMillis,
        status);
  }
}
