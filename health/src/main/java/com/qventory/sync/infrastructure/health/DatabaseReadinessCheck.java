package com.qventory.sync.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready without the database: notifications could be queued but nothing applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  @Inject private PlatformHealth health;

  @Override
  public HealthCheckResponse call() {
    return HealthResponses.of(health.database());
  }
}
