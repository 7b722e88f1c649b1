package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.SellerDay;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * {@code POST /seller/time-zone} with the browser's IANA zone as the body: remembered for the
 * logged-in seller, so that "today" on their dashboard is their today. Only a script of our own
 * pages can send it (it needs the {@code X-Requested-By} header, which a cross-site form cannot
 * set).
 */
@WebServlet("/seller/time-zone")
public class TimeZoneServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private SellerDay day;

  @Inject private SellerZone sellerZone;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getHeader("X-Requested-By") == null) {
      response.sendError(403, "Sent by the application's pages only (X-Requested-By)");
      return;
    }
    byte[] body = request.getInputStream().readNBytes(100);
    String zone = new String(body, StandardCharsets.UTF_8).strip();
    if (!day.rememberTimeZone(zone)) {
      response.sendError(400, "Not a time zone: " + zone.replaceAll("[^A-Za-z0-9/_+-]", "?"));
      return;
    }
    sellerZone.remembered(ZoneId.of(zone).getId());
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
