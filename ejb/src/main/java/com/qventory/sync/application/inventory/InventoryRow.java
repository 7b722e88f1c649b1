package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.inventory.InventoryItem;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of the seller's inventory table (getters: Jakarta EL 5 reads no records). */
public final class InventoryRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String ebayItemId;
  private final String title;
  private final String sku;
  private final BigDecimal price;
  private final String currency;
  private final Integer quantityAvailable;
  private final String listingStatus;
  private final boolean syncedFromEbay;
  private final Instant lastEbayUpdate;
  private final String thumbnailUrl;

  InventoryRow(InventoryItem item, String thumbnailUrl) {
    this.id = item.getId();
    this.ebayItemId = item.getEbayItemId();
    this.title = item.getTitle();
    this.sku = item.getSku();
    this.price = InventoryViews.amount(item.getPrice());
    this.currency = InventoryViews.currencyOf(item.getPrice());
    this.quantityAvailable = item.getQuantityAvailable();
    this.listingStatus = item.getListingStatus();
    this.syncedFromEbay = item.isSyncedFromEbay();
    this.lastEbayUpdate = item.getLastEbayTimestamp();
    this.thumbnailUrl = thumbnailUrl;
  }

  public long getId() {
    return id;
  }

  public String getEbayItemId() {
    return ebayItemId;
  }

  public String getTitle() {
    return title;
  }

  public String getSku() {
    return sku;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public String getCurrency() {
    return currency;
  }

  public Integer getQuantityAvailable() {
    return quantityAvailable;
  }

  public String getListingStatus() {
    return listingStatus;
  }

  public boolean isSyncedFromEbay() {
    return syncedFromEbay;
  }

  public Instant getLastEbayUpdate() {
    return lastEbayUpdate;
  }

  public String getThumbnailUrl() {
    return thumbnailUrl;
  }
}
