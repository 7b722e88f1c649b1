package com.qventory.sync.interfaces.api.rest;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.inventory.InventoryQueries;
import com.qventory.sync.application.inventory.InventoryViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/**
 * {@code /api/v1/items}: the caller's own items. Another seller's item answers 404, exactly like
 * one that does not exist.
 */
@Path("items")
@RequestScoped
@RolesAllowed({"seller", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

  @Inject private InventoryQueries inventory;

  @GET
  public Page<InventoryViews.ItemSummary> items(
      @QueryParam("ebayItemId") String ebayItemId,
      @QueryParam("sku") String sku,
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return inventory.items(
        given(ebayItemId),
        given(sku),
        given(status),
        given(text),
        Page.number(page),
        Page.size(size, 50));
  }

  @GET
  @Path("{id}")
  public InventoryViews.ItemDetail item(@PathParam("id") long id) {
    return inventory.item(id).orElseThrow(() -> new NotFoundException("No item " + id));
  }

  static Optional<String> given(String parameter) {
    return parameter == null || parameter.isBlank()
        ? Optional.empty()
        : Optional.of(parameter.strip());
  }
}
