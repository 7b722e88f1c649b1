package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.application.inventory.InventoryCommands;
import com.qventory.sync.application.inventory.InventoryQueries;
import com.qventory.sync.application.inventory.InventoryViews;
import com.qventory.sync.interfaces.web.RequestedId;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One item in full, and the seller's own fields on it. Another seller's item (or none) is "not
 * found", whatever id is asked for.
 */
@Named
@ViewScoped
public class ItemPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient InventoryQueries inventory;

  @Inject private transient InventoryCommands commands;

  private long id;
  private transient InventoryViews.ItemDetail item;
  private BigDecimal purchaseCost;
  private String purchaseCostCurrency;
  private String storageLocation;
  private String privateNotes;

  @PostConstruct
  void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    id = RequestedId.of(faces);
    read();
    if (item == null) {
      RequestedId.notFound(faces, "No such item");
      return;
    }
    purchaseCost = item.purchaseCost();
    purchaseCostCurrency = item.purchaseCostCurrency();
    storageLocation = item.storageLocation();
    privateNotes = item.privateNotes();
  }

  private void read() {
    item = id < 0 ? null : inventory.item(id).orElse(null);
  }

  public InventoryViews.ItemDetail getItem() {
    if (item == null) {
      read();
    }
    return item;
  }

  public String saveLocalFields() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      commands.recordLocalFields(
          id, purchaseCost, purchaseCostCurrency, storageLocation, privateNotes);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved.", null));
    } catch (AccountRejectedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    read();
    return null;
  }

  public long getId() {
    return id;
  }

  public BigDecimal getPurchaseCost() {
    return purchaseCost;
  }

  public void setPurchaseCost(BigDecimal purchaseCost) {
    this.purchaseCost = purchaseCost;
  }

  public String getPurchaseCostCurrency() {
    return purchaseCostCurrency;
  }

  public void setPurchaseCostCurrency(String purchaseCostCurrency) {
    this.purchaseCostCurrency = purchaseCostCurrency;
  }

  public String getStorageLocation() {
    return storageLocation;
  }

  public void setStorageLocation(String storageLocation) {
    this.storageLocation = storageLocation;
  }

  public String getPrivateNotes() {
    return privateNotes;
  }

  public void setPrivateNotes(String privateNotes) {
    this.privateNotes = privateNotes;
  }
}
