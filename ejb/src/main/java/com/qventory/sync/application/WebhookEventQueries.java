package com.qventory.sync.application;

import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/** Read side of the event log, for admins only. */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WebhookEventQueries {

  public static final int MAX_PAGE_SIZE = 200;

  @Inject private WebhookEventRepository events;

  public List<WebhookEventSummary> latest(int offset, int limit) {
    return events.latest(Math.max(offset, 0), Math.min(Math.max(limit, 1), MAX_PAGE_SIZE)).stream()
        .map(WebhookEventSummary::of)
        .toList();
  }

  public long count() {
    return events.count();
  }
}
