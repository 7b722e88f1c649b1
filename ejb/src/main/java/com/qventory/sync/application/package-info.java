/**
 * The use cases, grouped by subject like the domain, with their transaction boundaries. They reach
 * technology only through ports (interfaces here, adapters in infrastructure): this layer imports
 * no infrastructure class. What the subjects share: the clock, paging, failure messages and the
 * schema-ready event.
 *
 * <p>Transactions are declared one way: EJB attributes ({@code @TransactionAttribute}) on session
 * beans — the use cases are EJBs already for their security roles, timers and asynchronous calls,
 * so one mechanism serves them all; CDI's {@code @Transactional} is not used.
 *
 * <p>No transaction is open while eBay answers. A use case that calls eBay runs without one ({@code
 * NOT_SUPPORTED}): it reads in a short transaction, calls eBay, then writes in another short
 * transaction ({@code REQUIRES_NEW}) that locks what it writes and checks first that it is still
 * what was read — reconciliation, token refresh, connecting, the initial import. Processing a
 * notification that needs eBay's word rolls its transaction back, asks eBay with none open, and
 * applies the notification again with the answer ({@code inventory.EbayAnswers}).
 */
package com.qventory.sync.application;
