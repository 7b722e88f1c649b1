package com.qventory.sync.infrastructure.health;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

final class HealthResponses {

  private HealthResponses() {}

  static HealthCheckResponse of(ComponentStatus status) {
    HealthCheckResponseBuilder builder =
        HealthCheckResponse.named("qventory-" + status.component()).status(status.up());
    status.reason().ifPresent(reason -> builder.withData("reason", reason));
    return builder.build();
  }
}
