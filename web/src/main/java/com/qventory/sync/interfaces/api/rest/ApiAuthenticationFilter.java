package com.qventory.sync.interfaces.api.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets only HTTP-Basic-authenticated callers into the JSON API. The container's BASIC mechanism
 * (silent, pro-active) has already authenticated a request that carries credentials; anything else
 * — no credentials, wrong ones, or only a browser session — gets a JSON 401 with a Basic challenge
 * instead of the log-in page.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String REALM = "Qventory Sync";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null
        && HttpServletRequest.BASIC_AUTH.equals(request.getAuthType())) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    String message =
        request.getHeader("Authorization") == null
            ? "This API needs HTTP Basic credentials of a Qventory Sync user"
            : "Unknown username or wrong password";
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("error", "unauthorized")
                .add("message", message)
                .build()
                .toString());
  }
}
