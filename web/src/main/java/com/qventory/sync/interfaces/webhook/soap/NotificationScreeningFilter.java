package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.application.webhook.NotificationIntake;
import com.qventory.sync.application.webhook.NotificationIntake.AlreadyAccepted;
import com.qventory.sync.application.webhook.NotificationIntake.Refused;
import com.qventory.sync.application.webhook.NotificationIntake.Screened;
import com.qventory.sync.application.webhook.NotificationIntake.Screening;
import com.qventory.sync.interfaces.webhook.BoundedBody;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Screens every POST to the webhook before the SOAP stack sees it: the body is bounded before it is
 * parsed, then read by our hardened reader (no DTDs, depth and element limits) and authenticated. A
 * refusal is a SOAP fault with a status that says why (413, 400, 401, 503); an accepted request
 * goes on to {@link EbayPlatformNotificationEndpoint} with the result attached.
 */
@WebFilter(urlPatterns = "/webhooks/ebay-platform")
public class NotificationScreeningFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final int TOO_MANY_REQUESTS = 429;

  private static final Logger LOG = Logger.getLogger(NotificationScreeningFilter.class.getName());

  @Inject private NotificationIntake intake;

  @Inject private Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Instant receivedAt = clock.instant();
    String remote = request.getRemoteAddr();
    Optional<Instant> refusingUntil = intake.refusingUntil(remote, receivedAt);
    if (refusingUntil.isPresent()) {
      long seconds = Math.max(1, Duration.between(receivedAt, refusingUntil.get()).toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      SoapFaults.write(
          response,
          TOO_MANY_REQUESTS,
          "Too many refused requests from this address; retry after " + seconds + " s");
      return;
    }
    int limit = intake.maxBodyBytes();
    long declared = request.getContentLengthLong();
    byte[] body;
    try {
      body = declared > limit ? null : BoundedBody.readAtMost(request.getInputStream(), limit);
    } catch (IOException e) {
      // The sender went away or stalled past the listener's read-timeout: nothing was accepted.
      LOG.fine(() -> "[PLATFORM] Reading a request from " + remote + " failed: " + e);
      try {
        response.sendError(HttpServletResponse.SC_REQUEST_TIMEOUT);
      } catch (IOException | IllegalStateException gone) {
        // the connection is closed already
      }
      return;
    }
    if (body == null) {
      refuse(response, intake.refuseTooLarge(declared, remote, receivedAt));
      return;
    }
    String soapAction = request.getHeader("SOAPAction");
    Screening screening = intake.screen(body, soapAction, remote, receivedAt);
    if (screening instanceof Refused refused) {
      refuse(response, refused);
      return;
    }
    ScreenedRequest screened =
        screening instanceof AlreadyAccepted again
            ? new ScreenedRequest(
                new Screened(again.notification(), false), soapAction, receivedAt, true)
            : new ScreenedRequest((Screened) screening, soapAction, receivedAt, false);
    request.setAttribute(ScreenedRequest.ATTRIBUTE, screened);
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static void refuse(HttpServletResponse response, Refused refused) throws IOException {
    SoapFaults.write(response, refused.reason().httpStatus(), refused.message());
  }
}
