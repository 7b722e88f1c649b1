package com.qventory.sync.interfaces.web;

import com.qventory.sync.domain.inventory.ListingLinks;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.interfaces.web.csp.ScriptNonce;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A Content-Security-Policy on every answer, and HSTS when the server's public URL is https. A
 * script runs only when it carries this answer's nonce ({@code 'nonce-…'}; the pages' writer puts
 * it on every script and moves inline event handlers into such scripts, see {@code
 * NonceResponseWriter}) or is created by one that does ({@code 'strict-dynamic'}: Faces' Ajax runs
 * the scripts of an update that way) — no {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}, so no
 * script injected into a page ever runs. Styles, frames and connections only from this server;
 * pictures from anywhere over https and from the configured eBay (listing links are limited to
 * eBay's hosts where they come in); no framing by anyone; no plugins; no {@code <base>} pointing
 * elsewhere. The headers every answer carries besides (X-Frame-Options, nosniff, Referrer-Policy)
 * are the server's, in wildfly-config/security.cli.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'strict-dynamic';"
          + " style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self';"
          + " frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

  /**
   * {@link #POLICY}, with the trusted eBay origins that are plain http (the simulator's, whose
   * generated pictures the demo shows) added to {@code img-src}; production allows only https ones.
   */
  static String policy(ListingLinks links) {
    String extra = links.plainHttpOrigins().stream().sorted().reduce("", (all, o) -> all + " " + o);
    return POLICY.replace(
        "img-src 'self' data: https:;", "img-src 'self' data: https:" + extra + ";");
  }

  /** A year, for this host and its subdomains. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject private EbayEndpoints endpoints;

  @Inject private ListingLinks links;

  /** The policy with the configured eBay's origin among the picture sources when it is http. */
  private volatile String policy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (policy == null) {
      policy = policy(links);
    }
    response.setHeader(
        "Content-Security-Policy", policy.replace("{nonce}", ScriptNonce.of(request)));
    if (endpoints.servesHttps()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(request, response);
  }
}
