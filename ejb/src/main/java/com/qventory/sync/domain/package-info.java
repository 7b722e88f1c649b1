/**
 * The domain: what Qventory Sync knows of sellers, their inventory and eBay's notifications —
 * entities, value objects, the rules they keep, and repository interfaces. It knows nothing of JMS,
 * SOAP, HTTP or Faces; JPA annotations are its only tie to persistence.
 */
package com.qventory.sync.domain;
