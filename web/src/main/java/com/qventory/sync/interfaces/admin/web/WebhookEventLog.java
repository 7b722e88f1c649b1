package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.WebhookEventQueries;
import com.qventory.sync.application.WebhookEventSummary;
import com.qventory.sync.domain.webhook.RejectionReason;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admin's list of received notifications, newest first, filtered and a page at a time. */
@Named
@ViewScoped
public class WebhookEventLog implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private transient WebhookEventQueries queries;

  private String status = "";
  private String topic = "";
  private String ebayItemId = "";
  private int page;
  private transient Page<WebhookEventSummary> result;

  private Page<WebhookEventSummary> result() {
    if (result == null) {
      WebhookEventFilter filter =
          new WebhookEventFilter(
              given(status).map(WebhookEventStatus::valueOf),
              given(topic),
              given(ebayItemId),
              Optional.empty());
      result = queries.search(filter, page, PAGE_SIZE);
    }
    return result;
  }

  public List<WebhookEventSummary> getRows() {
    return result().items();
  }

  public long getTotal() {
    return result().total();
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

  public WebhookEventStatus[] getStatuses() {
    return WebhookEventStatus.values();
  }

  /** Refused requests by reason, so that a misconfigured keyset shows at once. */
  public Map<RejectionReason, Long> getRejections() {
    return queries.rejectionsByReason();
  }

  public List<Map.Entry<RejectionReason, Long>> getRejectionCounts() {
    return List.copyOf(getRejections().entrySet());
  }

  public void apply() {
    page = 0;
    refresh();
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
    result = null;
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getEbayItemId() {
    return ebayItemId;
  }

  public void setEbayItemId(String ebayItemId) {
    this.ebayItemId = ebayItemId;
  }
}
