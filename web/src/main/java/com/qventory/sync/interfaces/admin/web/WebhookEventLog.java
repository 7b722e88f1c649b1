package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.WebhookEventQueries;
import com.qventory.sync.application.WebhookEventSummary;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The admin's list of received notifications, newest first, a page at a time. */
@Named
@ViewScoped
public class WebhookEventLog implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private transient WebhookEventQueries queries;

  private int page;
  private transient List<WebhookEventSummary> rows;
  private long total = -1;

  public List<WebhookEventSummary> getRows() {
    if (rows == null) {
      rows = queries.latest(page * PAGE_SIZE, PAGE_SIZE);
    }
    return rows;
  }

  public long getTotal() {
    if (total < 0) {
      total = queries.count();
    }
    return total;
  }

  public int getPage() {
    return page;
  }

  public int getPageCount() {
    return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isFirstPage() {
    return page == 0;
  }

  public boolean isLastPage() {
    return page >= getPageCount() - 1;
  }

  public void next() {
    if (!isLastPage()) {
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

  public void refresh() {
    rows = null;
    total = -1;
  }
}
