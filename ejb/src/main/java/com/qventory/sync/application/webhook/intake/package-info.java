/**
 * A notification arriving: screened (bounds, signature, signed Timestamp) and made durable on the
 * queue, or refused — counted, limited per address and recorded. Both channels: SOAP Platform
 * Notifications and the JSON Notification API.
 */
package com.qventory.sync.application.webhook.intake;
