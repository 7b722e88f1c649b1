/**
 * A queued notification applied: grouped into batches, taken through the event log's one lifecycle
 * ({@link com.qventory.sync.application.webhook.processing.EventLog}) by its channel's handler,
 * each attempt recorded; failures retried or dead.
 */
package com.qventory.sync.application.webhook.processing;
