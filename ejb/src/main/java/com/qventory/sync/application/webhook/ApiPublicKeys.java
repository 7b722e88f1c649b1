package com.qventory.sync.application.webhook;

import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.ApiNotificationSignature.PublicKeyAnswer;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * eBay's public keys by key id, cached as eBay asks (about an hour): a key id not seen before, or
 * one cached too long, is fetched from the Notification API — which is how a rotated key arrives. A
 * key id eBay does not know is remembered as unknown for as long, so that requests naming made-up
 * ids cannot make us call eBay for each one (and spend its call limits).
 */
@ApplicationScoped
public class ApiPublicKeys {

  /** More distinct key ids than eBay ever has at once: the oldest entry makes room. */
  static final int MAX_ENTRIES = 64;

  private record Entry(Optional<PublicKeyAnswer> key, Instant fetchedAt) {}

  @Inject private EbayNotificationApi api;

  @Inject private ApiNotificationSettings settings;

  @Inject private Clock clock;

  private final Map<String, Entry> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  ApiPublicKeys() {}

  ApiPublicKeys(EbayNotificationApi api, ApiNotificationSettings settings, Clock clock) {
    this.api = api;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @return the key, or empty when eBay knows no key by this id
   * @throws EbayApiException when eBay cannot be asked
   */
  public Optional<PublicKeyAnswer> key(String keyId) throws EbayApiException {
    Instant now = clock.instant();
    synchronized (cache) {
      Entry cached = cache.get(keyId);
      if (cached != null && cached.fetchedAt().plus(settings.keyCacheTime()).isAfter(now)) {
        return cached.key();
      }
    }
    Optional<PublicKeyAnswer> fetched = api.publicKey(keyId);
    synchronized (cache) {
      cache.put(keyId, new Entry(fetched, now));
    }
    return fetched;
  }
}
