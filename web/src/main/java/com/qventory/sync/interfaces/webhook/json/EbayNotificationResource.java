package com.qventory.sync.interfaces.webhook.json;

import com.qventory.sync.application.metrics.AcknowledgementLatencies;
import com.qventory.sync.application.webhook.intake.NotificationApiIntake;
import com.qventory.sync.application.webhook.intake.NotificationApiIntake.Outcome;
import com.qventory.sync.application.webhook.intake.NotificationApiIntake.Refused;
import com.qventory.sync.application.webhook.intake.NotificationApiIntake.Unavailable;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.interfaces.webhook.BoundedBody;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /webhooks/ebay}: eBay's endpoint validation ({@code GET ?challenge_code=}) and its signed
 * JSON messages ({@code POST}). A message is answered 204 once it is durable on the queue, 412 when
 * its signature does not verify, 500 when eBay's key service or our queue cannot be reached (eBay
 * then delivers it again). Nothing is processed here.
 */
@Path("")
public class EbayNotificationResource {

  static final String SIGNATURE_HEADER = "X-EBAY-SIGNATURE";

  @Inject private NotificationApiIntake intake;

  @Inject private Clock clock;

  @Inject private AcknowledgementLatencies acknowledgements;

  @Context private HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response challenge(@QueryParam("challenge_code") String challengeCode) {
    if (challengeCode == null || challengeCode.isBlank() || challengeCode.length() > 1000) {
      return problem(Response.Status.BAD_REQUEST, "challenge_code is required");
    }
    Optional<String> answer = intake.challengeResponse(challengeCode);
    if (answer.isEmpty()) {
      return problem(
          Response.Status.SERVICE_UNAVAILABLE,
          "EBAY_VERIFICATION_TOKEN is not configured: the challenge cannot be answered");
    }
    return Response.ok(
            Json.createObjectBuilder().add("challengeResponse", answer.get()).build().toString(),
            MediaType.APPLICATION_JSON_TYPE)
        .build();
  }

  @POST
  public Response notification(
      @HeaderParam(SIGNATURE_HEADER) String signature, InputStream entity) {
    Instant receivedAt = clock.instant();
    String remote = request.getRemoteAddr();
    int limit = intake.maxBodyBytes();
    long declared = request.getContentLengthLong();
    byte[] body;
    try {
      body = declared > limit ? null : BoundedBody.readAtMost(entity, limit);
    } catch (IOException e) {
      return problem(Response.Status.REQUEST_TIMEOUT, "The request body could not be read");
    }
    Outcome outcome =
        body == null
            ? intake.refuseTooLarge(declared, remote, receivedAt)
            : intake.accept(body, signature, remote, receivedAt);
    if (outcome instanceof Refused refused) {
      return problem(refused.reason().httpStatus(), refused.message(), refused.reason().name());
    }
    if (outcome instanceof Unavailable unavailable) {
      return problem(500, unavailable.message(), null);
    }
    acknowledgements.acknowledged(NotificationChannel.NOTIFICATION_API, receivedAt);
    return Response.noContent().build(); // Accepted: durable, or recorded before
  }

  private static Response problem(Response.Status status, String message) {
    return problem(status.getStatusCode(), message, null);
  }

  private static Response problem(int status, String message, String reason) {
    var json = Json.createObjectBuilder().add("error", message);
    if (reason != null) {
      json.add("reason", reason);
    }
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(json.build().toString())
        .build();
  }
}
