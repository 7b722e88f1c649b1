/**
 * eBay's notifications from the webhook to the inventory, by stage: {@code intake} (screen, verify,
 * refuse or enqueue — both channels), {@code processing} (apply once per idempotency key, through
 * one event-log lifecycle, per channel), {@code eventlog} (what admins read of it, replay,
 * retention) and {@code admin} (the overview's figures). What the stages share lives here: the
 * ports {@link com.qventory.sync.application.webhook.NotificationQueue} (with {@link
 * com.qventory.sync.application.webhook.QueuedNotification}), {@link
 * com.qventory.sync.application.webhook.NotificationReader} and {@link
 * com.qventory.sync.application.webhook.NotificationApiFormat} (eBay's SOAP and JSON), {@link
 * com.qventory.sync.application.webhook.WebhookSettings} and {@link
 * com.qventory.sync.application.webhook.NotificationApiSettings}.
 */
package com.qventory.sync.application.webhook;
