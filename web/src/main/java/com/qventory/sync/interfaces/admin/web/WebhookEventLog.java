package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.webhook.WebhookEventQueries;
import com.qventory.sync.application.webhook.WebhookEventSummary;
import com.qventory.sync.domain.webhook.RejectionReason;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import com.qventory.sync.interfaces.web.PagedView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admin's list of received notifications, newest first, filtered and a page at a time. */
@Named
@ViewScoped
public class WebhookEventLog extends PagedView<WebhookEventSummary> {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private transient WebhookEventQueries queries;

  private String status = "";
  private String topic = "";
  private String ebayItemId = "";
  private transient List<Map.Entry<RejectionReason, Long>> rejectionCounts;

  @Override
  protected Page<WebhookEventSummary> read(int page) {
    WebhookEventFilter filter =
        new WebhookEventFilter(
            given(status).map(WebhookEventStatus::valueOf),
            given(topic),
            given(ebayItemId),
            Optional.empty());
    return queries.search(filter, page, PAGE_SIZE);
  }

  @Override
  protected int pageSize() {
    return PAGE_SIZE;
  }

  public WebhookEventStatus[] getStatuses() {
    return WebhookEventStatus.values();
  }

  /**
   * Refused requests by reason, so that a misconfigured keyset shows at once. Read once per
   * rendering (the page asks for it more than once) and again after a refresh.
   */
  public List<Map.Entry<RejectionReason, Long>> getRejectionCounts() {
    if (rejectionCounts == null) {
      rejectionCounts = List.copyOf(queries.rejectionsByReason().entrySet());
    }
    return rejectionCounts;
  }

  @Override
  public void refresh() {
    super.refresh();
    rejectionCounts = null;
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
