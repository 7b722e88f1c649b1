package com.qventory.sync.infrastructure.health;

import java.util.Objects;
import java.util.Optional;

/**
 * The state of one component the platform needs. The reason is short and safe to show on a public
 * endpoint; details go to the server log.
 */
public record ComponentStatus(String component, boolean up, Optional<String> reason) {

  public ComponentStatus {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(reason, "reason");
  }

  public static ComponentStatus up(String component) {
    return new ComponentStatus(component, true, Optional.empty());
  }

  public static ComponentStatus down(String component, String reason) {
    return new ComponentStatus(component, false, Optional.of(reason));
  }
}
