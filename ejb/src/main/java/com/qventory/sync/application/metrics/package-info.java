/**
 * Operational metrics in one place: the port ({@link
 * com.qventory.sync.application.metrics.OperationalMetrics}), the event every settled notification
 * fires, and the latencies the overview reads.
 */
package com.qventory.sync.application.metrics;
