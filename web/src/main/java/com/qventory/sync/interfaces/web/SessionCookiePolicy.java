package com.qventory.sync.interfaces.web;

import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie: HttpOnly, {@code SameSite=Lax} (another site's form or script never carries a
 * seller's session), and Secure when the server's public URL is https.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

  @Inject private EbayEndpoints endpoints;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(endpoints.servesHttps());
  }
}
