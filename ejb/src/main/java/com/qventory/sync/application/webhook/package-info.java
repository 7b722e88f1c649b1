/**
 * eBay's notifications from the webhook to the inventory: screening and enqueueing, processing once
 * per idempotency key, failures and dead letters, replay, the event log. Ports: {@link
 * com.qventory.sync.application.webhook.NotificationQueue}, {@link
 * com.qventory.sync.application.webhook.NotificationReader}, {@link
 * com.qventory.sync.application.webhook.WebhookSettings}.
 */
package com.qventory.sync.application.webhook;
