package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.application.inventory.InventoryCommands;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** Adds an item by hand, before it is listed on eBay; its listing will find it by SKU. */
@Named
@RequestScoped
public class NewItemForm {

  @Inject private InventoryCommands commands;

  @Inject private FacesContext faces;

  private String title;
  private String sku;
  private Integer quantity;
  private BigDecimal price;
  private String currency = "USD";

  public String create() {
    try {
      long id = commands.addHandMade(title, sku, quantity, price, currency);
      return "/seller/item.xhtml?faces-redirect=true&id=" + id;
    } catch (AccountRejectedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Integer getQuantity() {
    return quantity;
  }

  public void setQuantity(Integer quantity) {
    this.quantity = quantity;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }
}
