/**
 * The ways in, by audience and channel: eBay's webhook (SOAP) and its health contract, the JSON
 * API, the seller's and the admin's Faces pages. They call application use cases and read models,
 * never an entity manager.
 */
package com.qventory.sync.interfaces;
