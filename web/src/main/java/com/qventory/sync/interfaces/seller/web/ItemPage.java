package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.InventoryQueries;
import com.qventory.sync.application.InventoryViews;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** One item in full; another seller's item (or none) is "not found", whatever id is asked for. */
@Named
@RequestScoped
public class ItemPage {

  @Inject private InventoryQueries inventory;

  @Inject private FacesContext faces;

  private InventoryViews.ItemDetail item;

  public InventoryViews.ItemDetail getItem() throws IOException {
    if (item == null) {
      String id = faces.getExternalContext().getRequestParameterMap().get("id");
      try {
        item = inventory.item(Long.parseLong(id)).orElse(null);
      } catch (NumberFormatException e) {
        item = null;
      }
      if (item == null) {
        faces
            .getExternalContext()
            .responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such item");
        faces.responseComplete();
      }
    }
    return item;
  }
}
