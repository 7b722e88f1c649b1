package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.inventory.InventoryQueries;
import com.qventory.sync.application.inventory.InventoryRow;
import com.qventory.sync.domain.inventory.ItemFilter;
import com.qventory.sync.interfaces.web.PagedView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The seller's inventory: searched, filtered, sorted and paged in the database (a page at a time,
 * whatever the size of the inventory), re-read when a live update arrives.
 */
@Named
@ViewScoped
public class InventoryTable extends PagedView<InventoryRow> {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  @Inject private transient InventoryQueries inventory;

  private String search = "";
  private String status = "";
  private String synced = "";
  private ItemFilter.Sort sort = ItemFilter.Sort.UPDATED;
  private boolean ascending;

  @Override
  protected Page<InventoryRow> read(int page) {
    return inventory.table(
        given(search),
        given(status),
        given(synced).map(Boolean::valueOf),
        sort,
        ascending,
        page,
        PAGE_SIZE);
  }

  @Override
  protected int pageSize() {
    return PAGE_SIZE;
  }

  public void sortBy(String column) {
    ItemFilter.Sort wanted = ItemFilter.Sort.valueOf(column.toUpperCase(Locale.ROOT));
    ascending = wanted == sort ? !ascending : wanted == ItemFilter.Sort.TITLE;
    sort = wanted;
    apply();
  }

  /** The CSV export's query string for the filter applied now ({@code ?q=…&status=…}). */
  public String getExportQuery() {
    StringBuilder query = new StringBuilder();
    given(search).ifPresent(v -> query.append("&q=").append(encoded(v)));
    given(status).ifPresent(v -> query.append("&status=").append(encoded(v)));
    given(synced).ifPresent(v -> query.append("&synced=").append(encoded(v)));
    return query.length() == 0 ? "" : "?" + query.substring(1);
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String sortMark(String column) {
    return sort.name().equalsIgnoreCase(column) ? (ascending ? " ▲" : " ▼") : "";
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
}
