package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.InventoryQueries;
import com.qventory.sync.application.InventoryRow;
import com.qventory.sync.application.Page;
import com.qventory.sync.domain.inventory.ItemFilter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seller's inventory: searched, filtered, sorted and paged in the database (a page at a time,
 * whatever the size of the inventory), re-read when a live update arrives.
 */
@Named
@ViewScoped
public class InventoryTable implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  @Inject private transient InventoryQueries inventory;

  private String search = "";
  private String status = "";
  private String synced = "";
  private ItemFilter.Sort sort = ItemFilter.Sort.UPDATED;
  private boolean ascending;
  private int page;
  private transient Page<InventoryRow> rows;

  public Page<InventoryRow> getResult() {
    if (rows == null) {
      rows =
          inventory.table(
              given(search),
              given(status),
              given(synced).map(Boolean::valueOf),
              sort,
              ascending,
              page,
              PAGE_SIZE);
    }
    return rows;
  }

  public List<InventoryRow> getRows() {
    return getResult().items();
  }

  public long getTotal() {
    return getResult().total();
  }

  public int getPageCount() {
    return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public void apply() {
    page = 0;
    refresh();
  }

  public void sortBy(String column) {
    ItemFilter.Sort wanted = ItemFilter.Sort.valueOf(column.toUpperCase(Locale.ROOT));
    ascending = wanted == sort ? !ascending : wanted == ItemFilter.Sort.TITLE;
    sort = wanted;
    page = 0;
    refresh();
  }

  public void next() {
    if (page < getPageCount() - 1) {
      page++;
    }
    refresh();
  }

  public void previous() {
    if (page > 0) {
      page--;
    }
    refresh();
  }

  /** A live update arrived: read the current page again. */
  public void refresh() {
    rows = null;
  }

  public String sortMark(String column) {
    return sort.name().equalsIgnoreCase(column) ? (ascending ? " ▲" : " ▼") : "";
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSynced() {
    return synced;
  }

  public void setSynced(String synced) {
    this.synced = synced;
  }

  public int getPage() {
    return page;
  }
}
