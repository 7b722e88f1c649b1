package com.qventory.sync.application.metrics;

import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * A CDI event: a notification's processing attempt ended with {@code status}, {@code sinceReceived}
 * after our endpoint took it in. Fired inside the transaction that records it; observers that count
 * it do so only once it committed ({@code TransactionPhase.AFTER_SUCCESS}).
 */
public record NotificationSettled(
    NotificationChannel channel, String topic, WebhookEventStatus status, Duration sinceReceived) {

  /** What {@code event} became at {@code now} (its status just set). */
  public static NotificationSettled of(WebhookEvent event, Instant now) {
    return new NotificationSettled(
        event.getChannel(),
        event.getTopic(),
        event.getStatus(),
        Duration.between(event.getReceivedAt(), now));
  }
}
