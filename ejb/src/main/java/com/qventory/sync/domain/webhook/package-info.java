/**
 * eBay's Platform Notifications as we receive them: the notification, its signature and keyset, its
 * idempotency key, the event log and refused requests.
 */
package com.qventory.sync.domain.webhook;
