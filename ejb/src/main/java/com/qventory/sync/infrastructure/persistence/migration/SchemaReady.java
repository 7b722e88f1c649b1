package com.qventory.sync.infrastructure.persistence.migration;

/** Fired once per server start, when the schema is migrated and validated against the mappings. */
public final class SchemaReady {}
