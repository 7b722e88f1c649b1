/**
 * Adapters to technology, by technology: eBay (configuration, the notification reader, the OAuth
 * and Trading API client, eBay's XML), messaging (the Artemis queue and its message-driven bean),
 * persistence (JPA repositories, Flyway migration) and security (bcrypt, token encryption). They
 * implement the domain's repositories and the application's ports.
 */
package com.qventory.sync.infrastructure;
