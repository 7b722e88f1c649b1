package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * eBay, simulated: what the application talks to instead of api.ebay.com and auth.ebay.com, and
 * what pushes it notifications. Pointing the application at real eBay is a change of base URLs and
 * keys only.
 *
 * <p>Usage: {@code EbaySimulator [--port N] [--demo-webhook URL]}. With {@code --demo-webhook} a
 * demo seller ({@code demo_ebay_seller}) exists, subscribed to every listing event, and delivery to
 * URL is enabled — what the application's "Connect eBay" would otherwise set up.
 */
public final class EbaySimulator implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(EbaySimulator.class.getName());
  public static final String DEMO_SELLER = "demo_ebay_seller";

  private final HttpServer server;
  private final ScheduledExecutorService scheduler;
  private final SimState state;
  private final SellerActions actions;
  private final NotificationApi notificationApi;

  private EbaySimulator(SimConfig config, Clock clock) throws IOException {
    this.state = new SimState(clock);
    this.scheduler =
        Executors.newScheduledThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "ebay-sim");
              thread.setDaemon(true);
              return thread;
            });
    NotificationPusher pusher = new NotificationPusher(config, state, scheduler);
    this.notificationApi = new NotificationApi(config, state, scheduler);
    this.actions = new SellerActions(state, pusher, notificationApi);
    OAuthHandler oauth = new OAuthHandler(config, state);
    TradingApiHandler trading = new TradingApiHandler(state, config.limits());
    SellerConsole console = new SellerConsole(config, state, actions, scheduler, notificationApi);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", config.port()), 64);
    server.createContext("/oauth2/authorize", guarded(oauth::authorize));
    server.createContext("/identity/v1/oauth2/token", guarded(oauth::token));
    server.createContext("/ws/api.dll", guarded(trading::handle));
    server.createContext("/commerce/notification/v1", guarded(notificationApi::handle));
    server.createContext("/sim/api", guarded(console::handle));
    server.createContext("/sim/pictures/", guarded(new Pictures(state)::handle));
    server.createContext("/", guarded(console::page));
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
    state.pictureBase = "http://localhost:" + port() + "/sim/pictures/";
  }

  /** Starts a simulator; port 0 picks a free one. */
  public static EbaySimulator start(SimConfig config) throws IOException {
    return new EbaySimulator(config, Clock.systemUTC());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The demo seller, subscribed to every listing event, with delivery enabled to {@code url}. */
  public void enableDemoDelivery(String url) {
    synchronized (state.lock) {
      state.seller(DEMO_SELLER);
      SimState.UserPreferences prefs = state.preferences(DEMO_SELLER);
      NotificationPusher.RAISED_EVENTS.forEach(event -> prefs.events.put(event, true));
      state.application.applicationUrl = url;
      state.application.enabled = true;
      state.application.set = true;
    }
  }

  /**
   * The {@code X-EBAY-SIGNATURE} header eBay's Notification API would send with {@code body},
   * signed with the current key: for tests that push their own JSON notifications.
   */
  public String notificationApiSignature(byte[] body) {
    return notificationApi.signatureHeader(body, false);
  }

  /** How many times a public key was asked of the Notification API, any key id. */
  public int publicKeyLookUps() {
    return notificationApi.keyLookUps();
  }

  /** A new Notification API signing key (eBay rotates them); returns its key id. */
  public String rotateNotificationApiKey() {
    return notificationApi.rotateKey();
  }

  @Override
  public void close() {
    server.stop(0);
    scheduler.shutdownNow();
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }

  @FunctionalInterface
  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** Any unexpected failure is a 500 with a line in the log, never a hung connection. */
  private static HttpHandler guarded(Handler handler) {
    return exchange -> {
      try {
        handler.handle(exchange);
      } catch (IllegalArgumentException e) {
        Http.send(exchange, 400, "text/plain; charset=utf-8", e.getMessage());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "[SIM] " + exchange.getRequestURI() + " failed", e);
        Http.send(exchange, 500, "text/plain; charset=utf-8", "Simulator error: " + e);
      }
    };
  }

  /**
   * Writes {@code count} signed ItemListed notifications for {@code demo_ebay_seller} to files, for
   * a load generator to replay. Their timestamps are now, so they are within the window for a
   * while.
   */
  static void writePayloads(SimConfig config, Path directory, int count) throws IOException {
    Files.createDirectories(directory);
    SimState state = new SimState(Clock.systemUTC());
    ScheduledExecutorService idle = Executors.newSingleThreadScheduledExecutor();
    try {
      NotificationPusher pusher = new NotificationPusher(config, state, idle);
      for (int i = 0; i < count; i++) {
        SimItem item = new SimItem(state.newItemId(), DEMO_SELLER);
        Catalog.fill(item);
        item.startTime = state.now();
        item.endTime = item.startTime.plus(Duration.ofDays(30));
        Files.writeString(
            directory.resolve("item-listed-" + item.itemId + ".xml"),
            pusher.body("ItemListed", item, List.of(), null, false));
      }
    } finally {
      idle.shutdownNow();
    }
    System.out.println("[SIM] Wrote " + count + " signed notifications to " + directory);
  }

  public static void main(String[] args) throws Exception {
    SimConfig config = SimConfig.fromEnvironment(System.getenv());
    String demoWebhook = null;
    List<String> arguments = List.of(args);
    for (int i = 0; i < arguments.size(); i++) {
      switch (arguments.get(i)) {
        case "--port" -> config = config.withPort(Integer.parseInt(arguments.get(++i)));
        case "--demo-webhook" -> demoWebhook = arguments.get(++i);
        case "--write-payloads" -> {
          writePayloads(config, Path.of(arguments.get(++i)), Integer.parseInt(arguments.get(++i)));
          return;
        }
        default -> {
          System.err.println(
              "usage: EbaySimulator [--port N] [--demo-webhook URL] | --write-payloads DIR COUNT");
          System.exit(2);
        }
      }
    }
    EbaySimulator simulator = start(config);
    if (demoWebhook != null) {
      simulator.enableDemoDelivery(demoWebhook);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
    System.out.println(
        "[SIM] eBay simulator on http://localhost:"
            + simulator.port()
            + "/ ("
            + config.keyset()
            + ")");
    Thread.currentThread().join();
  }
}
