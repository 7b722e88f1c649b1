/**
 * A seller's inventory: items and how eBay's state of a listing applies to them (ordering by eBay
 * time, variations known by SKU or specifics, sales once per TransactionID), and their structured
 * sync history.
 */
package com.qventory.sync.domain.inventory;
