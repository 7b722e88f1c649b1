/**
 * The seller's inventory: {@link com.qventory.sync.application.inventory.ListingSync}, the one path
 * by which eBay's state of a listing becomes an item, and its sources besides push (reconciliation
 * and the initial import); hand-made items, queries and views, live updates.
 */
package com.qventory.sync.application.inventory;
