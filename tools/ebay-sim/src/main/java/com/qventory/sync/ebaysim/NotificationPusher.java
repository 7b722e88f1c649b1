package com.qventory.sync.ebaysim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Pushes Platform Notifications like eBay: only the event types a seller subscribed to, only while
 * application-level delivery is enabled, signed, POSTed to the ApplicationURL. A non-200 answer is
 * retried with back-off; after {@code markDownAfter} consecutive failures the application is marked
 * down (nothing is delivered, notifications expire) until a periodic ping succeeds.
 */
final class NotificationPusher {

  private static final Logger LOG = Logger.getLogger(NotificationPusher.class.getName());

  static final Set<String> TRANSACTION_EVENTS =
      Set.of(
          "FixedPriceTransaction",
          "AuctionCheckoutComplete",
          "EndOfAuction",
          "ItemMarkedShipped",
          "ItemMarkedPaid");

  /** The Platform Notification events this simulated eBay raises. */
  static final List<String> RAISED_EVENTS =
      List.of(
          "ItemListed",
          "ItemRevised",
          "ItemClosed",
          "ItemSold",
          "ItemUnsold",
          "ItemSuspended",
          "ItemOutOfStock",
          "ItemExtended",
          "FixedPriceTransaction",
          "AuctionCheckoutComplete");

  private final SimConfig config;
  private final SimState state;
  private final ScheduledExecutorService scheduler;
  private final Redelivery redelivery;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** One delivery held back by the reorder fault, released after the next one. */
  private Delivery held;

  record Delivery(String eventName, String sellerUserId, String url, String body) {}

  NotificationPusher(SimConfig config, SimState state, ScheduledExecutorService scheduler) {
    this.config = config;
    this.state = state;
    this.scheduler = scheduler;
    this.redelivery = new Redelivery(config, scheduler);
    scheduler.scheduleWithFixedDelay(
        this::pingIfMarkedDown,
        config.pingInterval().toMillis(),
        config.pingInterval().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Called by a seller action, with the state lock held; delivery happens on another thread. */
  void publish(String eventName, SimItem item, List<SimItem.Transaction> transactions) {
    item.raised.add(eventName);
    SimState.ApplicationPreferences app = state.application;
    SimState.UserPreferences user = state.userPreferences.get(item.sellerUserId);
    if (!app.set || !app.enabled || app.applicationUrl == null || user == null) {
      return;
    }
    if (!Boolean.TRUE.equals(user.events.get(eventName))) {
      return;
    }
    if (state.usage.markedDown) {
      state.usage.expired++;
      return;
    }
    Faults faults = state.sellerFaults.getOrDefault(item.sellerUserId, config.faults());
    ThreadLocalRandom random = ThreadLocalRandom.current();
    if (random.nextDouble() < faults.dropRate()) {
      state.usage.droppedByFault++;
      LOG.info("[SIM] Fault: dropped " + eventName + " for item " + item.itemId);
      return;
    }
    boolean wrongSignature = random.nextDouble() < faults.wrongSignatureRate();
    String body = body(eventName, item, transactions, user.externalUserData, wrongSignature);
    Delivery delivery = new Delivery(eventName, item.sellerUserId, app.applicationUrl, body);
    int copies = random.nextDouble() < faults.duplicateRate() ? 2 : 1;
    if (held == null && random.nextDouble() < faults.reorderRate()) {
      held = delivery;
      state.usage.queuedNew++;
      scheduler.schedule(this::releaseHeld, 2, TimeUnit.SECONDS);
      return;
    }
    for (int i = 0; i < copies; i++) {
      schedule(delivery, faults.delay());
    }
    if (held != null) {
      Delivery late = held;
      held = null;
      schedule(late, faults.delay().plusMillis(50));
    }
  }

  private void releaseHeld() {
    synchronized (state.lock) {
      if (held != null) {
        Delivery late = held;
        held = null;
        state.usage.queuedNew--;
        schedule(late, Duration.ZERO);
      }
    }
  }

  String body(
      String eventName,
      SimItem item,
      List<SimItem.Transaction> transactions,
      String externalUserData,
      boolean wrongSignature) {
    Keyset keyset =
        wrongSignature
            ? new Keyset(
                config.keyset().devId(),
                config.keyset().appId(),
                "not-the-cert-id",
                config.keyset().ruName())
            : config.keyset();
    if (eventName.equals("ItemSuspended")) {
      // eBay's sample (KB 1337) carries an ISO-8601 EBayTime
      String ebayTime = Xml.time(state.now());
      String hex = HexFormat.of().formatHex(Base64.getDecoder().decode(keyset.sign(ebayTime)));
      return Payloads.legacySuspended(item.itemId, ebayTime, hex);
    }
    String timestamp = Xml.time(timestamps.next(state.now()));
    boolean transactional = TRANSACTION_EVENTS.contains(eventName);
    return Payloads.notification(
        eventName,
        transactional ? "GetItemTransactionsResponse" : "GetItemResponse",
        timestamp,
        keyset.sign(timestamp),
        state.seller(item.sellerUserId).userId(),
        state.seller(item.sellerUserId).eiasToken(),
        externalUserData,
        transactional
            ? Payloads.transactionItem(item) + Payloads.transactions(item, transactions)
            : Payloads.item(item));
  }

  private final UniqueTimestamps timestamps = new UniqueTimestamps();

  private void schedule(Delivery delivery, Duration delay) {
    state.usage.queuedNew++;
    redelivery.start(
        delivery.eventName(),
        delay,
        number -> send(delivery),
        new Redelivery.Books() {
          @Override
          public void delivered(int number) {
            synchronized (state.lock) {
              leftQueue(number);
              state.usage.delivered++;
              state.usage.consecutiveFailures = 0;
            }
          }

          @Override
          public boolean failed(int number, String outcome, boolean retriesLeft) {
            synchronized (state.lock) {
              leftQueue(number);
              SimState.Usage usage = state.usage;
              usage.consecutiveFailures++;
              if (usage.consecutiveFailures >= config.markDownAfter() && !usage.markedDown) {
                usage.markedDown = true;
                usage.markHistory.add(
                    new String[] {
                      "MarkDown",
                      Xml.time(state.now()),
                      usage.consecutiveFailures + " consecutive failures"
                    });
                LOG.warning(
                    "[SIM] Application marked down after "
                        + usage.consecutiveFailures
                        + " failures");
              }
              boolean again = retriesLeft && !usage.markedDown;
              if (again) {
                usage.queuedPending++;
              }
              return again;
            }
          }

          @Override
          public void givenUp(int number, String outcome) {
            synchronized (state.lock) {
              state.usage.errors++;
            }
          }
        });
  }

  /** A delivery left eBay's queue: the new one for a first attempt, the pending one for a retry. */
  private void leftQueue(int attempt) {
    if (attempt == 0) {
      state.usage.queuedNew--;
    } else {
      state.usage.queuedPending--;
    }
  }

  /** One POST of the notification: empty when it was taken (HTTP 200). */
  private Optional<String> send(Delivery delivery) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(delivery.url()))
                  .timeout(Duration.ofSeconds(3))
                  .header("Content-Type", "text/xml; charset=\"utf-8\"")
                  .header(
                      "SOAPAction",
                      "\"https://developer.ebay.com/notification/" + delivery.eventName() + "\"")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? Optional.empty()
          : Optional.of("HTTP " + response.statusCode());
    } catch (Exception e) {
      return Optional.of(e.getClass().getSimpleName());
    }
  }

  private void pingIfMarkedDown() {
    String url;
    synchronized (state.lock) {
      if (!state.usage.markedDown || state.application.applicationUrl == null) {
        return;
      }
      url = state.application.applicationUrl;
    }
    try {
      int status =
          http.send(
                  HttpRequest.newBuilder(URI.create(url))
                      .timeout(Duration.ofSeconds(3))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode();
      if (status < 500) {
        synchronized (state.lock) {
          state.usage.markedDown = false;
          state.usage.consecutiveFailures = 0;
          state.usage.markHistory.add(
              new String[] {"MarkUp", Xml.time(state.now()), "ping answered " + status});
        }
        LOG.info("[SIM] Application marked up again");
      }
    } catch (Exception e) {
      // still down
    }
  }
}
