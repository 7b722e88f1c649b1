package com.qventory.sync.interfaces.api.rest;

import com.qventory.sync.domain.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /api/v1/me}: who the caller is authenticated as, and with which roles. */
@Path("me")
@RequestScoped
public class CurrentUserResource {

  @Context private SecurityContext security;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject me() {
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (Role role : Role.values()) {
      if (security.isUserInRole(role.roleName())) {
        roles.add(role.roleName());
      }
    }
    return Json.createObjectBuilder()
        .add("username", security.getUserPrincipal().getName())
        .add("roles", roles)
        .build();
  }
}
