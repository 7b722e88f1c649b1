/**
 * A seller's eBay account (the tenant mapping, tokens, subscription, import and reconciliation
 * state), the bell's notifications, and the eBay API a seller's account is reached through.
 */
package com.qventory.sync.domain.seller;
