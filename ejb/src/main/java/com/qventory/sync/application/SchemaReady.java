package com.qventory.sync.application;

/** Fired once per server start, when the schema is migrated and validated against the mappings. */
public final class SchemaReady {}
