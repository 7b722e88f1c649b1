package com.qventory.sync.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.ApiNotificationSignature.PublicKeyAnswer;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiPublicKeysTest {

  /** eBay's key service: the keys it knows, and every id asked for. */
  private static final class KeyService implements EbayNotificationApi {
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
  private Instant now = Instant.parse("2026-12-02T08:00:00Z");

  private final ApiPublicKeys keys =
      new ApiPublicKeys(
          ebay,
          new ApiNotificationSettings() {
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
          },
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public java.time.ZoneId getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  private static PublicKeyAnswer key(String pem) {
    return new PublicKeyAnswer(pem, "ECDSA", "SHA1");
  }

  @Test
  void aKeyIsAskedOnceAnHourAndARotatedKeyIsFetchedWhenFirstNamed() throws Exception {
    ebay.keys.put("k1", key("one"));

    assertEquals(Optional.of(key("one")), keys.key("k1"));
    now = now.plus(Duration.ofMinutes(59));
    assertEquals(Optional.of(key("one")), keys.key("k1"));
    assertEquals(List.of("k1"), ebay.asked, "served from the cache within the hour");

    ebay.keys.put("k2", key("two")); // eBay rotates: new messages name the new key
    assertEquals(Optional.of(key("two")), keys.key("k2"));
    now = now.plus(Duration.ofMinutes(2));
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
  void anUnreachableKeyServiceIsAnErrorNotAnUnknownKey() {
    ebay.reachable = false;

    assertThrows(EbayApiException.class, () -> keys.key("k1"));
    ebay.reachable = true;
    ebay.keys.put("k1", key("one"));
    assertTrue(assertDoesNotThrowKey().isPresent(), "a failure is not cached");
  }

  private Optional<PublicKeyAnswer> assertDoesNotThrowKey() {
    try {
      return keys.key("k1");
    } catch (EbayApiException e) {
      throw new AssertionError(e);
    }
  }
}
