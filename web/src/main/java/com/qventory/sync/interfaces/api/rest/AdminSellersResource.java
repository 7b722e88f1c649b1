package com.qventory.sync.interfaces.api.rest;

import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.application.seller.EbayAccountLinks;
import com.qventory.sync.domain.seller.EbayAccount;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code PUT /api/v1/admin/sellers/{username}/ebay-account}: link a seller to an eBay user. */
@Path("admin/sellers")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSellersResource {

  @Inject private EbayAccountLinks links;

  @PUT
  @Path("{username}/ebay-account")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response link(@PathParam("username") String username, JsonObject body) {
    String ebayUserId = body == null ? null : body.getString("ebayUserId", null);
    try {
      EbayAccount account = links.link(username, ebayUserId);
      return Response.ok(
              Json.createObjectBuilder()
                  .add("seller", username)
                  .add("ebayUserId", account.getEbayUserId())
                  .add("status", account.getStatus().name())
                  .build())
          .build();
    } catch (AccountRejectedException e) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(Json.createObjectBuilder().add("error", e.getMessage()).build())
          .build();
    }
  }
}
