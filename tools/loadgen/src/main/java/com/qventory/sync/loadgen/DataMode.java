package com.qventory.sync.loadgen;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The read side at production size: fills the database with {@code --fill} items over {@code
 * --fill-sellers} sellers (the first holding {@code --big-seller} of them), one settled event per
 * item in the event log, then measures what sellers and admins open most — the inventory page, the
 * JSON list and search, the admin event log page and its JSON — as p50 / p95 of sequential calls.
 *
 * <p>The data is written straight into PostgreSQL in set-based statements (a million items through
 * the webhook would take hours and measure the webhook, not the reads). The data sellers log in
 * with the admin's password: they are given the admin's password hash, so the tool needs no bcrypt
 * of its own. Filling is idempotent: a second run measures the data already there.
 */
final class DataMode {

  /** Item ids of the data mode: far from the notification runs' (which start at 100…). */
  private static final long ITEM_BASE = 900_000_000_000L;

  /** What every data-mode item id starts with (up to 9,999,999 items). */
  private static final String PREFIX = "90000";

  private DataMode() {}

  /** How deep into the event log the keyset page is read. */
  private static final int DEEP = 100_000;

  static Path run(Options options) throws Exception {
    Map<String, String> sizes;
    String deepPosition;
    try (Connection db =
        DriverManager.getConnection(options.jdbcUrl(), options.dbUser(), options.dbPassword())) {
      fill(db, options);
      sizes = sizes(db);
      deepPosition = positionAfter(db, Math.min(DEEP, options.data().items() / 2));
    }
    String bigSeller = username(1);
    HttpClient sellerSession = loggedIn(options, bigSeller);
    HttpClient adminSession = loggedIn(options, options.data().adminUser());
    HttpClient plain = client(null);
    String sellerBasic = basic(bigSeller, options.data().adminPassword());
    String adminBasic = basic(options.data().adminUser(), options.data().adminPassword());

    Map<String, Histogram> measured = new LinkedHashMap<>();
    int samples = options.data().samples();
    measured.put(
        "inventory page, first page (" + options.data().bigSeller() + " items of the seller)",
        measure(sellerSession, options.url() + "/seller/index.xhtml", null, samples));
    measured.put(
        "JSON list `/api/v1/items?size=50`",
        measure(plain, options.url() + "/api/v1/items?size=50", sellerBasic, samples));
    measured.put(
        "JSON search `/api/v1/items?q=camera 12`",
        measure(
            plain,
            options.url() + "/api/v1/items?size=50&q=" + URLEncoder.encode("camera 12", UTF8),
            sellerBasic,
            samples));
    measured.put(
        "JSON by SKU `/api/v1/items?sku=…`",
        measure(
            plain,
            options.url() + "/api/v1/items?sku=DM-" + (options.data().bigSeller() / 2),
            sellerBasic,
            samples));
    measured.put(
        "admin event log page, first page",
        measure(adminSession, options.url() + "/admin/webhook-events.xhtml", null, samples));
    measured.put(
        "admin event log JSON `/api/v1/admin/webhook-events?size=50`",
        measure(
            plain, options.url() + "/api/v1/admin/webhook-events?size=50", adminBasic, samples));
    measured.put(
        String.format(
            Locale.ROOT,
            "admin event log JSON, %,d events deep (`after=`)",
            Math.min(DEEP, options.data().items() / 2)),
        measure(
            plain,
            options.url() + "/api/v1/admin/webhook-events?size=50&after=" + deepPosition,
            adminBasic,
            samples));
    measured.put(
        "admin event log JSON, status FAILED (none: the whole index range)",
        measure(
            plain,
            options.url() + "/api/v1/admin/webhook-events?size=50&status=FAILED",
            adminBasic,
            samples));
    measured.put(
        "admin overview page (1 h / 24 h / 7 d figures, charts, queues)",
        measure(adminSession, options.url() + "/admin/index.xhtml", null, samples));
    return write(options, sizes, measured);
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  static String username(int index) {
    return "loadgen-data-" + index;
  }

  /** Sellers, items and events, each added only when missing. */
  private static void fill(Connection db, Options options) throws SQLException {
    int sellers = options.data().sellers();
    int items = options.data().items();
    int big = Math.min(options.data().bigSeller(), items);
    long start = System.nanoTime();
    db.setAutoCommit(false);
    try (PreparedStatement user =
            db.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, enabled, created_at)"
                    + " SELECT nextval('app_user_seq'), 'loadgen-data-' || g,"
                    + " (SELECT password_hash FROM app_user WHERE username = ?), TRUE, now()"
                    + " FROM generate_series(1, ?) g ON CONFLICT (username) DO NOTHING");
        Statement statement = db.createStatement()) {
      user.setString(1, options.data().adminUser());
      user.setInt(2, sellers);
      user.executeUpdate();
      statement.executeUpdate(
          "INSERT INTO app_user_role (user_id, role) SELECT id, 'seller' FROM app_user"
              + " WHERE username LIKE 'loadgen-data-%' ON CONFLICT DO NOTHING");
      db.commit();

      long present =
          count(
              db, "SELECT count(*) FROM inventory_item WHERE ebay_item_id LIKE '" + PREFIX + "%'");
      if (present < items) {
        System.out.printf(Locale.ROOT, "[LOADGEN] Filling %,d items…%n", items - present);
        // Seller 1 gets the first `big` items; the rest are dealt round the other sellers.
        try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO inventory_item (id, seller_id, ebay_item_id, title, sku,"
                    + " price_amount, price_currency, quantity_total, quantity_sold,"
                    + " quantity_available, listing_status, listing_type, view_item_url,"
                    + " synced_from_ebay, last_ebay_timestamp, created_at, updated_at, version)"
                    + " SELECT nextval('inventory_item_seq'),"
                    + " s.ids[CASE WHEN g <= ? THEN 1 ELSE 2 + (g - ?) % greatest(? - 1, 1) END],"
                    + " (? + g)::text,"
                    + " (ARRAY['Vintage camera','Wool jacket','Brass lamp','First edition',"
                    + " 'Vinyl record','Pyrex bowl'])[1 + g % 6] || ' ' || g,"
                    + " 'DM-' || g, 10 + g % 90, 'USD', 5, g % 3, 5 - g % 3,"
                    + " CASE WHEN g % 10 = 0 THEN 'Ended' ELSE 'Active' END, 'FixedPriceItem',"
                    + " 'https://www.ebay.com/itm/' || (? + g), TRUE,"
                    + " now() - g * interval '1 second', now(), now() - g * interval '1 second', 0"
                    + " FROM generate_series(?, ?) g,"
                    + " (SELECT array_agg(id ORDER BY substring(username FROM 14)::int) ids"
                    + "  FROM app_user WHERE username LIKE 'loadgen-data-%') s"
                    + " ON CONFLICT (ebay_item_id) DO NOTHING")) {
          insert.setInt(1, big);
          insert.setInt(2, big);
          insert.setInt(3, sellers);
          insert.setLong(4, ITEM_BASE);
          insert.setLong(5, ITEM_BASE);
          insert.setLong(6, present + 1);
          insert.setLong(7, items);
          insert.executeUpdate();
        }
        db.commit();
      }
      long events =
          count(db, "SELECT count(*) FROM webhook_event WHERE ebay_item_id LIKE '" + PREFIX + "%'");
      if (events < items) {
        System.out.printf(Locale.ROOT, "[LOADGEN] Filling %,d events…%n", items - events);
        statement.executeUpdate(
            "INSERT INTO webhook_event (id, notification_id, topic, ebay_item_id,"
                + " recipient_user_id, ebay_timestamp, received_at, recorded_at, processed_at,"
                + " status, attempts, raw_payload, seller_id)"
                + " SELECT nextval('webhook_event_seq'), gen_random_uuid(), 'PLATFORM_ItemListed',"
                + " i.ebay_item_id, 'loadgen_data', i.last_ebay_timestamp, i.last_ebay_timestamp,"
                + " i.last_ebay_timestamp, i.last_ebay_timestamp + interval '20 milliseconds',"
                + " 'PROCESSED', 1, '<!-- data mode: payload not kept -->', i.seller_id"
                + " FROM inventory_item i WHERE i.ebay_item_id LIKE '"
                + PREFIX
                + "%'"
                + " AND NOT EXISTS (SELECT 1 FROM webhook_event e"
                + "  WHERE e.ebay_item_id = i.ebay_item_id)");
        db.commit();
      }
      statement.execute("ANALYZE");
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    System.out.printf(
        Locale.ROOT,
        "[LOADGEN] Data in place after %d s%n",
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
  }

  /** The event log's keyset position {@code n} events from the newest (its "next" token). */
  private static String positionAfter(Connection db, int n) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT received_at, id FROM webhook_event"
                + " ORDER BY received_at DESC, id DESC OFFSET ? LIMIT 1")) {
      query.setInt(1, Math.max(n - 1, 0));
      try (ResultSet row = query.executeQuery()) {
        return row.next()
            ? row.getObject(1, OffsetDateTime.class).toInstant() + "_" + row.getLong(2)
            : "";
      }
    }
  }

  private static Map<String, String> sizes(Connection db) throws SQLException {
    Map<String, String> sizes = new LinkedHashMap<>();
    sizes.put("items", String.format("%,d", count(db, "SELECT count(*) FROM inventory_item")));
    sizes.put(
        "sellers with items",
        String.format("%,d", count(db, "SELECT count(DISTINCT seller_id) FROM inventory_item")));
    sizes.put(
        "items of the largest seller",
        String.format(
            "%,d",
            count(
                db,
                "SELECT count(*) FROM inventory_item GROUP BY seller_id ORDER BY 1 DESC LIMIT 1")));
    sizes.put("events", String.format("%,d", count(db, "SELECT count(*) FROM webhook_event")));
    return sizes;
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  /** A browser-like session, logged in through the form log-in. */
  private static HttpClient loggedIn(Options options, String username) throws Exception {
    HttpClient client = client(new CookieManager());
    // The protected page first: the container remembers it and answers with the log-in form.
    send(client, HttpRequest.newBuilder(URI.create(options.url() + "/seller/index.xhtml")));
    String form =
        "j_username="
            + URLEncoder.encode(username, UTF8)
            + "&j_password="
            + URLEncoder.encode(options.data().adminPassword(), UTF8);
    HttpResponse<String> answer =
        send(
            client,
            HttpRequest.newBuilder(URI.create(options.url() + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (answer.statusCode() >= 400 || answer.body().contains("j_security_check")) {
      throw new IllegalStateException(
          "Could not log in as " + username + " (HTTP " + answer.statusCode() + ")");
    }
    return client;
  }

  private static HttpClient client(CookieManager cookies) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10));
    return cookies == null ? builder.build() : builder.cookieHandler(cookies).build();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return client.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(UTF8));
  }

  /** A few warm-up calls, then {@code samples} sequential ones; each must answer 200. */
  private static Histogram measure(HttpClient client, String url, String authorization, int samples)
      throws Exception {
    Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    for (int i = -3; i < samples; i++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      long start = System.nanoTime();
      HttpResponse<String> answer = send(client, request);
      long took = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start);
      if (answer.statusCode() != 200 || answer.body().contains("j_security_check")) {
        throw new IllegalStateException(url + " answered HTTP " + answer.statusCode());
      }
      if (i >= 0) {
        micros.recordValue(Math.min(took, micros.getHighestTrackableValue()));
      }
    }
    return micros;
  }

  private static Path write(
      Options options, Map<String, String> sizes, Map<String, Histogram> measured)
      throws IOException {
    Instant now = Instant.now();
    StringBuilder md = new StringBuilder();
    md.append("# Qventory Sync reads at size — ").append(now).append("\n\nDatabase: ");
    List<String> parts = new ArrayList<>();
    sizes.forEach((what, value) -> parts.add(value + " " + what));
    md.append(String.join(", ", parts))
        .append(". Server ")
        .append(options.url())
        .append("; ")
        .append(options.data().samples())
        .append(" sequential calls each after 3 to warm up.\n\n")
        .append("| what | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
    measured.forEach(
        (what, micros) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.1f |\n",
                    what,
                    micros.getValueAtPercentile(50) / 1000.0,
                    micros.getValueAtPercentile(95) / 1000.0,
                    micros.getMaxValue() / 1000.0)));
    return Report.save(options.reportDirectory(), "data", now, md, "data-latest.md");
  }
}
