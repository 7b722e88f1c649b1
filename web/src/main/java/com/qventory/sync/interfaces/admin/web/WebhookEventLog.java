package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.Counted;
import com.qventory.sync.application.Page;
import com.qventory.sync.application.webhook.eventlog.ReplayRefusedException;
import com.qventory.sync.application.webhook.eventlog.WebhookEventQueries;
import com.qventory.sync.application.webhook.eventlog.WebhookEventSummary;
import com.qventory.sync.application.webhook.eventlog.WebhookReplay;
import com.qventory.sync.domain.webhook.EventLogPosition;
import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import com.qventory.sync.interfaces.web.PagedView;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's list of received notifications, newest first, filtered and a page at a time (read by
 * keyset from where the page before ended).
 */
@Named
@ViewScoped
public class WebhookEventLog extends PagedView<WebhookEventSummary> {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject private transient WebhookEventQueries queries;

  private String status = "";
  private String topic = "";
  private String ebayItemId = "";
  private transient List<Map.Entry<RefusalReason, Long>> refusalCounts;

  @Inject private transient WebhookReplay replay;

  /** The number of events the admin is asked to confirm a bulk replay of; null when not asked. */
  private Integer replayCount;

  /**
   * Where each page visited so far starts: page {@code n > 0} after {@code starts.get(n - 1)}.
   * Pages are read from these positions (keyset), so paging deep into millions of events stays
   * fast.
   */
  private final ArrayList<EventLogPosition> starts = new ArrayList<>();

  private transient WebhookEventQueries.EventLogPage current;

  @Override
  protected Page<WebhookEventSummary> read(int page) {
    Optional<EventLogPosition> after =
        page == 0 ? Optional.empty() : Optional.of(starts.get(page - 1));
    current = queries.search(filter(), after, page, PAGE_SIZE);
    return current.page();
  }

  @Override
  public boolean isLastPage() {
    getRows(); // reads the page when not read yet
    return current.next().isEmpty();
  }

  @Override
  public void next() {
    getRows();
    current
        .next()
        .ifPresent(
            position -> {
              starts.subList(getPage(), starts.size()).clear();
              starts.add(position);
            });
    super.next();
  }

  @Override
  public void apply() {
    starts.clear();
    super.apply();
  }

  private WebhookEventFilter filter() {
    return new WebhookEventFilter(
        given(status).map(WebhookEventStatus::valueOf),
        given(topic),
        given(ebayItemId),
        Optional.empty());
  }

  /** First step of a bulk replay: how many FAILED, DEAD and UNMATCHED events match. */
  public String askReplay() {
    replayCount = replay.replayableCount(filter());
    if (replayCount == 0) {
      message(FacesMessage.SEVERITY_INFO, "No FAILED, DEAD or UNMATCHED event matches the filter.");
      replayCount = null;
    }
    return null;
  }

  /** Second step: replays exactly the number confirmed, or says the number changed. */
  public String confirmReplay() {
    if (replayCount == null) {
      return null;
    }
    try {
      WebhookReplay.BulkReplay done = replay.replayAll(filter(), replayCount);
      message(
          FacesMessage.SEVERITY_INFO,
          Counted.of(done.replayed(), "event")
              + " sent through processing again"
              + (done.refused() > 0 ? "; " + done.refused() + " had settled meanwhile" : "")
              + ". Each one's status below is what became of it.");
    } catch (ReplayRefusedException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
    replayCount = null;
    refresh();
    return null;
  }

  public String cancelReplay() {
    replayCount = null;
    return null;
  }

  public Integer getReplayCount() {
    return replayCount;
  }

  private static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
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
  public List<Map.Entry<RefusalReason, Long>> getRefusalCounts() {
    if (refusalCounts == null) {
      refusalCounts = List.copyOf(queries.rejectionsByReason().entrySet());
    }
    return refusalCounts;
  }

  @Override
  public void refresh() {
    super.refresh();
    refusalCounts = null;
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
