package com.qventory.sync.interfaces.webhook.health;

import com.qventory.sync.infrastructure.ebay.PushSyncSettings;
import com.qventory.sync.infrastructure.health.ComponentStatus;
import com.qventory.sync.infrastructure.health.PlatformHealth;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;

/**
 * {@code GET /webhooks/platform/health}: the product's documented health contract. Healthy is
 * exactly {@code {"status":"healthy","service":"platform_webhooks","timestamp":…}} with 200;
 * unhealthy adds {@code checks} naming the failing part, with 503. When the eBay keyset is not
 * configured, {@code push_sync} names the missing settings.
 */
@Path("health")
@RequestScoped
public class PlatformHealthResource {

  static final String SERVICE = "platform_webhooks";

  @Inject private PlatformHealth health;

  @Inject private Clock clock;

  @Inject private PushSyncSettings pushSync;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    List<ComponentStatus> components = health.check();
    boolean healthy = components.stream().allMatch(ComponentStatus::up);
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("status", healthy ? "healthy" : "unhealthy")
            .add("service", SERVICE)
            .add("timestamp", clock.instant().toString());
    if (!healthy) {
      body.add("checks", checks(components));
    }
    List<String> missing = pushSync.missingSettings();
    if (!missing.isEmpty()) {
      // Push sync being off does not make the service unhealthy, but an operator must see why.
      body.add(
          "push_sync",
          Json.createObjectBuilder()
              .add("enabled", false)
              .add("missing_settings", Json.createArrayBuilder(missing)));
    }
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(healthy ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(body.build())
        .cacheControl(noStore)
        .build();
  }

  private static JsonObject checks(List<ComponentStatus> components) {
    JsonObjectBuilder checks = Json.createObjectBuilder();
    for (ComponentStatus component : components) {
      JsonObjectBuilder check =
          Json.createObjectBuilder().add("status", component.up() ? "UP" : "DOWN");
      component.reason().ifPresent(reason -> check.add("reason", reason));
      checks.add(component.component(), check);
    }
    return checks.build();
  }
}
