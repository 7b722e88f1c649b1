/**
 * A seller's eBay connection: OAuth consent, tokens and their refresh, notification setup at eBay,
 * links made by admins, the bell. Port: {@link
 * com.qventory.sync.application.seller.TokenEncryption}.
 */
package com.qventory.sync.application.seller;
