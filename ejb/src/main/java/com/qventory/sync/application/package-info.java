/**
 * The use cases, grouped by subject like the domain, with their transaction boundaries. They reach
 * technology only through ports (interfaces here, adapters in infrastructure): this layer imports
 * no infrastructure class. What the subjects share: the clock, paging, failure messages and the
 * schema-ready event.
 */
package com.qventory.sync.application;
