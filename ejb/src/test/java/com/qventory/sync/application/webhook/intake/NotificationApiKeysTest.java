package com.qventory.sync.application.webhook.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import com.qventory.sync.domain.webhook.NotificationApiSignature.PublicKeyAnswer;
import com.qventory.sync.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotificationApiKeysTest {

  /** eBay's key service: the keys it knows, and every id asked for. */
  private static class KeyService implements EbayNotificationApi {
    final Map<String, PublicKeyAnswer> keys = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    boolean reachable = true;

    @Override
    public Optional<PublicKeyAnswer> publicKey(String keyId) throws EbayApiException {
      asked.add(keyId);
      if (!reachable) {
        throw new EbayApiException("eBay's Notification API could not be reached");
      }
      return Optional.ofNullable(keys.get(keyId));
    }

    @Override
    public String destination(String endpoint, String verificationToken) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Subscription subscribe(String topicId, String destinationId, Optional<String> token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Subscription> subscriptions(Optional<String> token) {
      throw new UnsupportedOperationException();
    }
  }

  private final KeyService ebay = new KeyService();

  private final NotificationApiSettings settings =
      new NotificationApiSettings() {
        @Override
        public Optional<String> verificationToken() {
          return Optional.empty();
        }

        @Override
        public String endpoint() {
          return "https://sync.example.com/webhooks/ebay";
        }

        @Override
        public Duration keyCacheTime() {
          return Duration.ofHours(1);
        }
      };

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));

  private final NotificationApiKeys keys = new NotificationApiKeys(ebay, settings, clock);

  private static PublicKeyAnswer key(String pem) {
    return new PublicKeyAnswer(pem, "ECDSA", "SHA1");
  }

  @Test
  void aKeyIsAskedOnceAnHourAndARotatedKeyIsFetchedWhenFirstNamed() throws Exception {
    ebay.keys.put("k1", key("one"));

    assertEquals(Optional.of(key("one")), keys.key("k1"));
    clock.advance(Duration.ofMinutes(59));
    assertEquals(Optional.of(key("one")), keys.key("k1"));
    assertEquals(List.of("k1"), ebay.asked, "served from the cache within the hour");

    ebay.keys.put("k2", key("two")); // eBay rotates: new messages name the new key
    assertEquals(Optional.of(key("two")), keys.key("k2"));
    clock.advance(Duration.ofMinutes(2));
    keys.key("k1");
    assertEquals(List.of("k1", "k2", "k1"), ebay.asked, "k1 fetched again after an hour");
  }

  @Test
  void anUnknownKeyIsRememberedSoMadeUpIdsCostOneCallEach() throws Exception {
    assertEquals(Optional.empty(), keys.key("made-up"));
    assertEquals(Optional.empty(), keys.key("made-up"));

    assertEquals(List.of("made-up"), ebay.asked);
  }

  @Test
  void anUnreachableKeyServiceIsAnErrorRememberedForAFewSeconds() {
    ebay.reachable = false;

    assertThrows(EbayApiException.class, () -> keys.key("k1"));
    ebay.reachable = true;
    ebay.keys.put("k1", key("one"));
    assertThrows(EbayApiException.class, () -> keys.key("k1"), "remembered: not asked again");
    assertEquals(List.of("k1"), ebay.asked);

    clock.advance(NotificationApiKeys.FAILURE_MEMORY);
    assertTrue(assertDoesNotThrowKey().isPresent(), "asked again once the failure is old");
  }

  @Test
  void madeUpIdsNeverPushAKeyInUseOutOfTheCache() throws Exception {
    ebay.keys.put("k1", key("one"));
    keys.key("k1");

    for (int i = 0; i < NotificationApiKeys.MAX_UNKNOWN * 2; i++) {
      keys.key("made-up-" + i);
    }
    int asked = ebay.asked.size();

    assertEquals(Optional.of(key("one")), keys.key("k1"));
    assertEquals(asked, ebay.asked.size(), "k1 is still cached: no call");
  }

  @Test
  void aKeyInUseIsKeptWhileEbayCannotBeAskedForItsHourlyRefresh() throws Exception {
    ebay.keys.put("k1", key("one"));
    keys.key("k1");
    clock.advance(Duration.ofMinutes(61));
    ebay.reachable = false;

    assertEquals(Optional.of(key("one")), keys.key("k1"));
  }

  @Test
  void anIdNotOfEbaysShapeIsNeverLookedUp() throws Exception {
    for (String odd :
        List.of(
            "", "a\r\nforged", "x".repeat(65), "../../admin", "k 1", "é", "-starts-with-dash")) {
      assertEquals(Optional.empty(), keys.key(odd), odd);
    }

    assertEquals(List.of(), ebay.asked);
  }

  @Test
  void lookUpsOfOneIdAtTheSameTimeShareOneCall() throws Exception {
    CountDownLatch answering = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    NotificationApiKeys slow =
        new NotificationApiKeys(
            new KeyService() {
              @Override
              public Optional<PublicKeyAnswer> publicKey(String keyId) {
                calls.incrementAndGet();
                try {
                  answering.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Optional.of(key("one"));
              }
            },
            settings,
            clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Optional<PublicKeyAnswer>>> asking = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      asking.add(pool.submit(() -> slow.key("k1")));
    }
    Thread.sleep(200); // let all eight reach the look-up; the answer is held until then
    answering.countDown();

    for (var answer : asking) {
      assertEquals(Optional.of(key("one")), answer.get());
    }
    pool.shutdown();
    assertEquals(1, calls.get());
  }

  private Optional<PublicKeyAnswer> assertDoesNotThrowKey() {
    try {
      return keys.key("k1");
    } catch (EbayApiException e) {
      throw new AssertionError(e);
    }
  }
}
