package com.qventory.sync.domain.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEventTest {

  private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

  @Test
  void aJsonMessageKeepsEbaysTopicAndTheUserItNames() throws Exception {
    WebhookEvent event =
        WebhookEvent.fromNotificationApi(
            UUID.randomUUID(), "AUTHORIZATION_REVOCATION", "{}", NOW, NOW);
    event.describe(
        new NotificationApiMessage(
            "MARKETPLACE_ACCOUNT_DELETION",
            Optional.of("1.0"),
            "49feeaeb-4982-42d9-a377-9645b8479411",
            Optional.of(NOW),
            Optional.of(NOW),
            1,
            Map.of("username", "test_user", "userId", "ma8vp1jySJC")));

    assertEquals(NotificationChannel.NOTIFICATION_API, event.getChannel());
    assertEquals("MARKETPLACE_ACCOUNT_DELETION", event.getTopic());
    assertEquals("test_user", event.getRecipientUserId());
  }

  @Test
  void anErasedEventKeepsOnlyItsProofAndCannotBeReplayed() {
    WebhookEvent event =
        new WebhookEvent(
            UUID.randomUUID(),
            "FixedPriceTransaction",
            null,
            "<Buyer><UserID>someone</UserID></Buyer>",
            NOW,
            NOW,
            false);
    event.failed("eBay could not be reached");

    event.erase("[erased]", NOW);

    assertEquals("[erased]", event.getRawPayload());
    assertNull(event.getRecipientUserId());
    assertTrue(event.getErasedAt().isPresent());
    IllegalStateException refused = assertThrows(IllegalStateException.class, event::replay);
    assertTrue(refused.getMessage().contains("erased"), refused.getMessage());
    assertFalse(event.getRawPayload().contains("someone"));
  }
}
