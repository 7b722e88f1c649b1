/** The admin overview: figures per window, queues, and what needs attention. */
package com.qventory.sync.application.webhook.admin;
