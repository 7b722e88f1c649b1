package com.qventory.sync.interfaces.api.rest;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

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
      if (changesState(request) && !sentByAScript(request)) {
        // A browser caches Basic credentials and sends them with a cross-site form's POST; a form
        // can send neither JSON nor a header of its own, and CORS is not allowed here.
        error(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "forbidden",
            "A call that changes something needs Content-Type: application/json or an "
                + REQUESTED_BY
                + " header");
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    error(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        "unauthorized",
        request.getHeader("Authorization") == null
            ? "This API needs HTTP Basic credentials of a Qventory Sync user"
            : "Unknown username or wrong password");
  }

  /** The header a script may send instead of a JSON body (any value). */
  static final String REQUESTED_BY = "X-Requested-By";

  private static boolean changesState(HttpServletRequest request) {
    return !Set.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
  }

  private static boolean sentByAScript(HttpServletRequest request) {
    String type = request.getContentType();
    boolean json =
        type != null && type.split(";", 2)[0].strip().equalsIgnoreCase("application/json");
    return json || request.getHeader(REQUESTED_BY) != null;
  }

  private static void error(HttpServletResponse response, int status, String error, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("error", error)
                .add("message", message)
                .build()
                .toString());
  }
}
