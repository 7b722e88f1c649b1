package com.qventory.sync.application.webhook;

import com.qventory.sync.application.Page;
import com.qventory.sync.domain.webhook.RejectionReason;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookRejectionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read side of the event log, for admins only. */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WebhookEventQueries {

  public static final int MAX_PAGE_SIZE = 200;

  @Inject private WebhookEventRepository events;

  @Inject private WebhookRejectionRepository rejections;

  public List<WebhookEventSummary> latest(int offset, int limit) {
    return events.latest(Math.max(offset, 0), Math.min(Math.max(limit, 1), MAX_PAGE_SIZE)).stream()
        .map(WebhookEventSummary::of)
        .toList();
  }

  public long count() {
    return events.count();
  }

  public Page<WebhookEventSummary> search(WebhookEventFilter filter, int page, int size) {
    return Page.countedUpToLimit(
        events.search(filter, Page.offset(page, size), Page.clampSize(size)).stream()
            .map(WebhookEventSummary::of)
            .toList(),
        Math.max(page, 0),
        Page.clampSize(size),
        events.countUpTo(filter, Page.COUNT_LIMIT + 1));
  }

  /** One event with everything we keep of it, its raw payload (signature masked) included. */
  public Optional<WebhookEventDetail> detail(long id) {
    return events.find(id).map(WebhookEventDetail::of);
  }

  public Map<RejectionReason, Long> rejectionsByReason() {
    return rejections.countByReason();
  }
}
