package com.qventory.sync.application.webhook.eventlog;

import com.qventory.sync.application.Page;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.webhook.EventLogPosition;
import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookRefusalRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read side of the event log, for admins only. */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class WebhookEventQueries {

  @Inject private WebhookEventRepository events;

  @Inject private WebhookRefusalRepository refusals;

  @Inject private UserAccountRepository users;

  /**
   * Page {@code page} of the matching events, newest first, read from {@code after} — the {@link
   * EventLogPage#next} of the page before, empty for the first — so that deep pages cost what the
   * first does.
   */
  public EventLogPage search(
      WebhookEventFilter filter, Optional<EventLogPosition> after, int page, int size) {
    int clamped = Page.clampSize(size);
    List<WebhookEvent> found = events.search(filter, after, clamped + 1);
    Optional<EventLogPosition> next = Optional.empty();
    if (found.size() > clamped) { // one more than asked for: there is a next page
      found = found.subList(0, clamped);
      next = Optional.of(EventLogPosition.after(found.get(clamped - 1)));
    }
    return new EventLogPage(
        Page.countedUpToLimit(
            summaries(found),
            Math.max(page, 0),
            clamped,
            events.countUpTo(filter, Page.COUNT_LIMIT + 1)),
        next);
  }

  /** The events with their sellers' names, looked up once for the page. */
  private List<WebhookEventSummary> summaries(List<WebhookEvent> found) {
    Map<Long, String> names =
        users.usernamesOf(
            found.stream()
                .map(WebhookEvent::getSellerId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    return found.stream()
        .map(
            e ->
                WebhookEventSummary.of(
                    e, e.getSellerId() == null ? null : names.get(e.getSellerId())))
        .toList();
  }

  /**
   * A page of the event log and where the next one starts.
   *
   * @param next empty on the last page
   */
  public record EventLogPage(Page<WebhookEventSummary> page, Optional<EventLogPosition> next) {}

  /** One event with everything we keep of it, its raw payload (signature masked) included. */
  public Optional<WebhookEventDetail> detail(long id) {
    return events
        .find(id)
        .map(
            event ->
                WebhookEventDetail.of(
                    WebhookEventSummary.of(
                        event,
                        event.getSellerId() == null
                            ? null
                            : users.usernameOf(event.getSellerId()).orElse(null)),
                    event,
                    events.attemptsOf(id)));
  }

  public Map<RefusalReason, Long> rejectionsByReason() {
    return refusals.countByReason();
  }
}
