/** The event log as admins use it: queries, detail with attempts, replay, and retention. */
package com.qventory.sync.application.webhook.eventlog;
