package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import com.qventory.sync.domain.webhook.NotificationApiSignature;
import com.qventory.sync.domain.webhook.NotificationApiSignature.PublicKeyAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * eBay's public keys by key id, cached as eBay asks (about an hour): a key id not seen before, or
 * one cached too long, is fetched from the Notification API — which is how a rotated key arrives.
 * Made-up key ids cost at most one call to eBay each:
 *
 * <ul>
 *   <li>only a key id of eBay's shape is ever looked up ({@link
 *       NotificationApiSignature#isKeyIdShaped}), so no odd text reaches eBay's URL or our log;
 *   <li>a key id eBay does not know is remembered as unknown for as long as a key is cached, and a
 *       look-up that failed (eBay unreachable) for {@link #FAILURE_MEMORY};
 *   <li>keys eBay gave us are kept apart from ids it did not know, so no number of made-up ids
 *       pushes a key in use out of the cache; a key due for its hourly refresh is used as it is
 *       while eBay cannot be asked;
 *   <li>look-ups of one id at the same time share one call.
 * </ul>
 */
@ApplicationScoped
public class NotificationApiKeys {

  /** More keys than eBay ever has at once. */
  static final int MAX_KEYS = 64;

  /** Ids eBay did not know (or could not be asked about), remembered at most. */
  static final int MAX_UNKNOWN = 4096;

  /** How long a failed look-up is remembered: requests naming that id meanwhile get a 500. */
  static final Duration FAILURE_MEMORY = Duration.ofSeconds(10);

  private record Known(PublicKeyAnswer key, Instant fetchedAt) {}

  private record Failed(EbayApiException error, Instant until) {}

  @Inject private EbayNotificationApi api;

  @Inject private NotificationApiSettings settings;

  @Inject private Clock clock;

  private final Map<String, Known> keys = lru(MAX_KEYS);
  private final Map<String, Instant> unknown = lru(MAX_UNKNOWN);
  private final Map<String, Failed> failed = lru(MAX_UNKNOWN);
  private final ConcurrentHashMap<String, CompletableFuture<Optional<PublicKeyAnswer>>> inFlight =
      new ConcurrentHashMap<>();

  NotificationApiKeys() {}

  NotificationApiKeys(EbayNotificationApi api, NotificationApiSettings settings, Clock clock) {
    this.api = api;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @return the key, or empty when eBay knows no key by this id (or the id is not of eBay's shape)
   * @throws EbayApiException when eBay cannot be asked
   */
  public Optional<PublicKeyAnswer> key(String keyId) throws EbayApiException {
    if (!NotificationApiSignature.isKeyIdShaped(keyId)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Known stale;
    synchronized (this) {
      Known known = keys.get(keyId);
      if (known != null && fresh(known.fetchedAt(), now)) {
        return Optional.of(known.key());
      }
      Instant unknownSince = unknown.get(keyId);
      if (unknownSince != null && fresh(unknownSince, now)) {
        return Optional.empty();
      }
      Failed failure = failed.get(keyId);
      if (failure != null && now.isBefore(failure.until())) {
        throw failure.error();
      }
      stale = known;
    }
    try {
      return fetchOnce(keyId, now);
    } catch (EbayApiException e) {
      if (stale != null) {
        return Optional.of(stale.key()); // in use an hour ago: better than refusing eBay
      }
      throw e;
    }
  }

  /** One call to eBay per id, however many requests ask for it at the same time. */
  private Optional<PublicKeyAnswer> fetchOnce(String keyId, Instant now) throws EbayApiException {
    CompletableFuture<Optional<PublicKeyAnswer>> mine = new CompletableFuture<>();
    CompletableFuture<Optional<PublicKeyAnswer>> running = inFlight.putIfAbsent(keyId, mine);
    if (running != null) {
      try {
        return running.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof EbayApiException failure) {
          throw failure;
        }
        throw e;
      }
    }
    try {
      Optional<PublicKeyAnswer> fetched = api.publicKey(keyId);
      synchronized (this) {
        failed.remove(keyId);
        if (fetched.isPresent()) {
          keys.put(keyId, new Known(fetched.get(), now));
          unknown.remove(keyId);
        } else {
          keys.remove(keyId);
          unknown.put(keyId, now);
        }
      }
      mine.complete(fetched);
      return fetched;
    } catch (EbayApiException | RuntimeException e) {
      EbayApiException failure =
          e instanceof EbayApiException ebay
              ? ebay
              : new EbayApiException("eBay's public key could not be fetched: " + e, e);
      synchronized (this) {
        failed.put(keyId, new Failed(failure, now.plus(FAILURE_MEMORY)));
      }
      mine.completeExceptionally(failure);
      throw failure;
    } finally {
      inFlight.remove(keyId, mine);
    }
  }

  private boolean fresh(Instant fetchedAt, Instant now) {
    return fetchedAt.plus(settings.keyCacheTime()).isAfter(now);
  }

  private static <V> Map<String, V> lru(int maxEntries) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > maxEntries;
      }
    };
  }
}
