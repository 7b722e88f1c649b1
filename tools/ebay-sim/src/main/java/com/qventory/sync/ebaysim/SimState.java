package com.qventory.sync.ebaysim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything the simulated eBay remembers, in memory: sellers, listings, tokens, notification
 * preferences and delivery statistics. One lock guards it all; the simulator is not a database.
 */
final class SimState {

  /** An eBay user: {@code userId} is the username the Trading API calls UserID. */
  record Seller(String userId, String eiasToken, Instant registered) {

    /** The immutable public user id the REST APIs use, stable for the username here. */
    String immutableId() {
      return "u" + Integer.toHexString(userId.hashCode() & 0x7fffffff) + userId.length();
    }
  }

  record AuthorizationCode(String userId, Instant expires) {}

  record AccessToken(String userId, Instant expires) {}

  record RefreshToken(String userId, Instant expires) {}

  /** The application-level delivery preferences (SetNotificationPreferences). */
  static final class ApplicationPreferences {
    String applicationUrl;
    boolean enabled;
    String alertEmail;
    boolean alertEnabled;
    String payloadVersion;
    boolean set;
  }

  /** A seller's own subscription. */
  static final class UserPreferences {
    final Map<String, Boolean> events = new LinkedHashMap<>();
    String externalUserData;
  }

  /** eBay's delivery counters (GetNotificationsUsage) and mark-down state. */
  static final class Usage {
    long delivered;
    long errors;
    long expired;
    long queuedNew;
    long queuedPending;
    long droppedByFault;

    /** GetSellerEvents requests that asked for changes younger than eBay's freshness lag. */
    long freshnessViolations;

    int consecutiveFailures;
    boolean markedDown;
    final List<String[]> markHistory = new ArrayList<>();
  }

  final Object lock = new Object();
  final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong nextItemId =
      new AtomicLong(110_000_000_000L + (System.currentTimeMillis() % 1_000_000L) * 1000);
  private final AtomicLong nextTransactionId = new AtomicLong(2_800_000_000_000L);

  final Map<String, Seller> sellers = new LinkedHashMap<>();
  final Map<String, SimItem> items = new LinkedHashMap<>();
  final Map<String, AuthorizationCode> codes = new LinkedHashMap<>();
  final Map<String, AccessToken> accessTokens = new LinkedHashMap<>();
  final Map<String, RefreshToken> refreshTokens = new LinkedHashMap<>();
  final ApplicationPreferences application = new ApplicationPreferences();
  final Map<String, UserPreferences> userPreferences = new LinkedHashMap<>();
  final Map<String, Faults> sellerFaults = new LinkedHashMap<>();

  /** Trading API calls that fail for a seller, by call name (a fault switch for tests). */
  final Map<String, Set<String>> failingCalls = new LinkedHashMap<>();

  final Usage usage = new Usage();

  /** eBay's call limits per call name and application per day (518 beyond), and today's counts. */
  final Map<String, Integer> callLimits = new LinkedHashMap<>();

  final Map<String, Integer> callsToday = new LinkedHashMap<>();
  LocalDate callDay;

  /**
   * How long each call takes to answer (eBay's can take minutes), by call name: a Trading API call,
   * or {@code oauth.<grant_type>} for the token endpoint.
   */
  final Map<String, Duration> callLatency = new LinkedHashMap<>();

  /** Waits as long as {@link #callLatency} says the call takes — never under the lock. */
  void answerLate(String call) {
    Duration latency;
    synchronized (lock) {
      latency = callLatency.getOrDefault(call, Duration.ZERO);
    }
    if (!latency.isZero()) {
      try {
        Thread.sleep(latency.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Where the simulator serves its listings' pictures; null: pictures on eBay's image host. */
  volatile String pictureBase;

  SimState(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant();
  }

  /** The seller with this eBay user id, registered on first use (eBay accounts just exist here). */
  Seller seller(String userId) {
    synchronized (lock) {
      return sellers.computeIfAbsent(
          userId, id -> new Seller(id, "nY+sHZ2PrBmdj6wVn" + token(18), now()));
    }
  }

  Optional<SimItem> item(String itemId) {
    synchronized (lock) {
      return Optional.ofNullable(items.get(itemId));
    }
  }

  String newItemId() {
    return Long.toString(nextItemId.incrementAndGet());
  }

  String newTransactionId() {
    return Long.toString(nextTransactionId.incrementAndGet());
  }

  String token(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  UserPreferences preferences(String userId) {
    synchronized (lock) {
      return userPreferences.computeIfAbsent(userId, id -> new UserPreferences());
    }
  }
}
