package com.qventory.sync.interfaces.api.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The JSON API for sellers' tools and operators. Every call is authenticated with the same users
 * and roles as the pages, by HTTP Basic (see web.xml), and never by a session cookie alone.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        CurrentUserResource.class,
        ItemsResource.class,
        AdminWebhookEventsResource.class,
        AdminSellersResource.class,
        OutOfRangeMapper.class);
  }
}
