package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.application.webhook.intake.NotificationIntake;
import com.qventory.sync.application.webhook.intake.NotificationIntake.AlreadyAccepted;
import com.qventory.sync.application.webhook.intake.NotificationIntake.Refused;
import com.qventory.sync.application.webhook.intake.NotificationIntake.Screened;
import com.qventory.sync.application.webhook.intake.NotificationIntake.Screening;
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
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Screens every request to the webhook before the SOAP stack sees it. eBay only POSTs: any other
 * method is refused (405) and counted like any refusal. A POST's body is bounded before it is
 * parsed, then read by our hardened reader (no DTDs, depth and element limits) and authenticated. A
 * refusal is a SOAP fault with a status that says why (405, 413, 400, 401, 503); an accepted
 * request goes on to {@link EbayPlatformNotificationEndpoint} with the result attached. (An address
 * refused too often was answered 429 before it got here, by the HTTP edge.)
 */
@WebFilter(urlPatterns = "/webhooks/ebay-platform")
public class NotificationScreeningFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(NotificationScreeningFilter.class.getName());

  @Inject private NotificationIntake intake;

  @Inject private Clock clock;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Instant receivedAt = clock.instant();
    String remote = request.getRemoteAddr();
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      refuse(response, intake.refuseMethod(request.getMethod(), remote, receivedAt));
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
                new Screened(again.notification(), null, false), soapAction, receivedAt, true)
            : new ScreenedRequest((Screened) screening, soapAction, receivedAt, false);
    request.setAttribute(ScreenedRequest.ATTRIBUTE, screened);
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static void refuse(HttpServletResponse response, Refused refused) throws IOException {
    SoapFaults.write(response, refused.reason().httpStatus(), refused.message());
  }
}
