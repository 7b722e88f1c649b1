package com.qventory.sync.application;

import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import java.time.Duration;

/**
 * A CDI event: a notification's processing attempt ended with {@code status}, {@code sinceReceived}
 * after our endpoint took it in. Fired inside the transaction that records it; observers that count
 * it do so only once it committed ({@code TransactionPhase.AFTER_SUCCESS}).
 */
public record NotificationSettled(
    NotificationChannel channel, String topic, WebhookEventStatus status, Duration sinceReceived) {}
