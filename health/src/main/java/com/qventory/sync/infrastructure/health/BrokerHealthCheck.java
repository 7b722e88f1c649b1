package com.qventory.sync.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The broker is embedded in this server, so its failure is one a restart can fix: it counts for
 * liveness as well as readiness. The external database counts for readiness only, since restarting
 * this server does not bring a database back.
 */
@Liveness
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

  @Inject private PlatformHealth health;

  @Override
  public HealthCheckResponse call() {
    return HealthResponses.of(health.broker());
  }
}
