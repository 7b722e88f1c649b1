package com.qventory.sync.interfaces.api.rest;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.webhook.eventlog.ReplayRefusedException;
import com.qventory.sync.application.webhook.eventlog.WebhookEventDetail;
import com.qventory.sync.application.webhook.eventlog.WebhookEventQueries;
import com.qventory.sync.application.webhook.eventlog.WebhookEventSummary;
import com.qventory.sync.application.webhook.eventlog.WebhookReplay;
import com.qventory.sync.domain.webhook.EventLogPosition;
import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code /api/v1/admin/webhook-events}: the event log for admins, and replay. */
@Path("admin")
@RequestScoped
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminWebhookEventsResource {

  @Inject private WebhookEventQueries events;

  @Inject private WebhookReplay replay;

  /**
   * The event log, newest first, a page at a time: the next page is asked for with {@code
   * after=<next>} from the page before (keyset pagination: deep pages cost what the first does).
   */
  @GET
  @Path("webhook-events")
  public Response events(
      @QueryParam("status") String status,
      @QueryParam("topic") String topic,
      @QueryParam("ebayItemId") String ebayItemId,
      @QueryParam("sellerId") Long sellerId,
      @QueryParam("after") String after,
      @QueryParam("size") String size) {
    WebhookEventFilter filter;
    Optional<EventLogPosition> position;
    try {
      filter = filter(status, topic, ebayItemId, sellerId);
      position =
          after == null || after.isBlank()
              ? Optional.empty()
              : Optional.of(EventLogPosition.parse(after.strip()));
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    }
    WebhookEventQueries.EventLogPage found =
        events.search(filter, position, 0, Page.size(size, 50));
    Page<WebhookEventSummary> page = found.page();
    return Response.ok(
            new EventLogJson(
                page.items(),
                page.size(),
                page.total(),
                page.totalIsLowerBound(),
                found.next().map(EventLogPosition::token).orElse(null)))
        .build();
  }

  /**
   * A page of the event log as JSON.
   *
   * @param total matches in all, or at least (when {@code totalIsLowerBound}: counting stopped)
   * @param next the {@code after} of the next page; null on the last
   */
  public record EventLogJson(
      List<WebhookEventSummary> items,
      int size,
      long total,
      boolean totalIsLowerBound,
      String next) {}

  /**
   * Bulk replay: {@code GET} says how many FAILED, DEAD and UNMATCHED events match the filter;
   * {@code POST ?…&expected=N} replays them once the caller confirms that number (409 when another
   * number matches now, so nothing is replayed unseen).
   */
  @GET
  @Path("webhook-events/replayable")
  public Response replayable(
      @QueryParam("status") String status,
      @QueryParam("topic") String topic,
      @QueryParam("ebayItemId") String ebayItemId,
      @QueryParam("sellerId") Long sellerId) {
    try {
      return Response.ok(
              Json.createObjectBuilder()
                  .add(
                      "replayable",
                      replay.replayableCount(filter(status, topic, ebayItemId, sellerId)))
                  .add("max", WebhookReplay.MAX_BULK)
                  .build())
          .build();
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    }
  }

  @POST
  @Path("webhook-events/replay")
  public Response replayAll(
      @QueryParam("status") String status,
      @QueryParam("topic") String topic,
      @QueryParam("ebayItemId") String ebayItemId,
      @QueryParam("sellerId") Long sellerId,
      @QueryParam("expected") Integer expected) {
    if (expected == null) {
      return badRequest("expected (the number of events you confirm) is required");
    }
    try {
      WebhookReplay.BulkReplay done =
          replay.replayAll(filter(status, topic, ebayItemId, sellerId), expected);
      return Response.accepted(
              Json.createObjectBuilder()
                  .add("replayed", done.replayed())
                  .add("refused", done.refused())
                  .build())
          .build();
    } catch (IllegalArgumentException e) {
      return badRequest(e.getMessage());
    } catch (ReplayRefusedException e) {
      return Response.status(Response.Status.CONFLICT)
          .entity(Json.createObjectBuilder().add("error", e.getMessage()).build())
          .build();
    }
  }

  private static WebhookEventFilter filter(
      String status, String topic, String ebayItemId, Long sellerId) {
    return new WebhookEventFilter(
        ItemsResource.given(status).map(AdminWebhookEventsResource::status),
        ItemsResource.given(topic),
        ItemsResource.given(ebayItemId),
        Optional.ofNullable(sellerId));
  }

  private static Response badRequest(String message) {
    return Response.status(Response.Status.BAD_REQUEST)
        .entity(Json.createObjectBuilder().add("error", message).build())
        .build();
  }

  @GET
  @Path("webhook-events/{id}")
  public WebhookEventDetail event(@PathParam("id") long id) {
    return events.detail(id).orElseThrow(() -> new NotFoundException("No webhook event " + id));
  }

  /** Sends a DEAD, FAILED or UNMATCHED event through processing again: 202, 404 or 409. */
  @POST
  @Path("webhook-events/{id}/replay")
  public Response replay(@PathParam("id") long id) {
    try {
      var event = replay.replay(id);
      return Response.accepted(
              Json.createObjectBuilder()
                  .add("id", id)
                  .add("status", event.getStatus().name())
                  .build())
          .build();
    } catch (ReplayRefusedException e) {
      Response.Status status =
          e.eventExists() ? Response.Status.CONFLICT : Response.Status.NOT_FOUND;
      return Response.status(status)
          .entity(Json.createObjectBuilder().add("error", e.getMessage()).build())
          .build();
    }
  }

  @GET
  @Path("webhook-rejections")
  public Map<RefusalReason, Long> rejections() {
    return events.rejectionsByReason();
  }

  private static WebhookEventStatus status(String text) {
    try {
      return WebhookEventStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "status is one of " + Arrays.toString(WebhookEventStatus.values()), e);
    }
  }
}
