package com.qventory.sync.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the database schema is migrated and validated in this server. Set by the schema migrator
 * in the EJB module, read by the health checks.
 */
@ApplicationScoped
public class SchemaStatus {

  private volatile boolean ready;

  public boolean isReady() {
    return ready;
  }

  public void markReady() {
    ready = true;
  }
}
