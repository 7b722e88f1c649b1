package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.EbayConnections;
import com.qventory.sync.domain.seller.EbayApiException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Where eBay's consent returns ({@code /seller/ebay/callback}, behind the log-in): the state must
 * be the one this session sent, then the code is exchanged and eBay says whose account it is. The
 * seller confirms that eBay user on {@code /seller/ebay-confirm.xhtml} before it is linked (so that
 * a session someone else planted cannot collect the seller's eBay account); any failure lands on
 * the eBay Integration page with what happened.
 */
@WebServlet({EbayCallbackServlet.ACCEPTED, EbayCallbackServlet.DECLINED})
public class EbayCallbackServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The RuName's "auth accepted" URL: eBay comes back here with a code. */
  static final String ACCEPTED = "/seller/ebay/callback";

  /** The RuName's "auth declined" URL: eBay comes back here when the seller declines. */
  static final String DECLINED = "/seller/ebay/declined";

  @Inject private EbayConnections connections;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession();
    Object expected = session.getAttribute(EbayIntegration.STATE_ATTRIBUTE);
    session.removeAttribute(EbayIntegration.STATE_ATTRIBUTE);
    String state = request.getParameter("state");
    EbayIntegration.CallbackMessage message;
    if (!(expected instanceof String sent)
        || state == null
        || !MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
      message =
          new EbayIntegration.CallbackMessage(
              "The answer from eBay does not belong to this session; please connect again.", true);
    } else if (DECLINED.equals(request.getServletPath())) {
      message =
          new EbayIntegration.CallbackMessage(
              "eBay access was not granted: consent was declined on eBay.", true);
    } else if (request.getParameter("error") != null) {
      message =
          new EbayIntegration.CallbackMessage(
              "eBay access was not granted (" + request.getParameter("error") + ").", true);
    } else if (request.getParameter("code") == null) {
      message = new EbayIntegration.CallbackMessage("eBay sent no authorization code.", true);
    } else {
      try {
        session.setAttribute(
            EbayIntegration.GRANT_ATTRIBUTE, connections.grant(request.getParameter("code")));
        response.sendRedirect(request.getContextPath() + "/seller/ebay-confirm.xhtml");
        return;
      } catch (EbayApiException e) {
        message =
            new EbayIntegration.CallbackMessage(
                "Connecting to eBay failed: " + e.getMessage(), true);
      }
    }
    session.setAttribute(EbayIntegration.MESSAGE_ATTRIBUTE, message);
    response.sendRedirect(request.getContextPath() + "/seller/ebay.xhtml");
  }
}
