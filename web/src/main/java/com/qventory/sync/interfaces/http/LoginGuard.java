package com.qventory.sync.interfaces.http;

import com.qventory.sync.domain.identity.Username;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import jakarta.json.Json;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The only two doors where a password is checked, and what each try costs ({@link LoginAttempts}):
 * the log-in form ({@code POST …/j_security_check}) and HTTP Basic on the API ({@code /api/…}).
 * Basic credentials anywhere else are taken off the request before the security mechanisms see
 * them, so no page checks a password uncounted. A username outside the sign-up rule is refused
 * here, before the realm looks it up or bcrypt runs, and nothing is kept under it. Sign-up posts
 * are counted per address.
 *
 * <p>A try is counted when its answer is committed, before the client can read it: its next try
 * always sees this one counted.
 */
final class LoginGuard implements HttpHandler {

  /** Log-in forms are small; a larger one is not looked into (and its name counts as unknown). */
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private static final String FORM_NAME_FIELD = "j_username";

  private final HttpHandler next;
  private final Supplier<Edge> edge;

  LoginGuard(HttpHandler next, Supplier<Edge> edge) {
    this.next = next;
    this.edge = edge;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRelativePath();
    boolean api = path.startsWith("/api/");
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    if (authorization != null && !api) {
      exchange.getRequestHeaders().remove(Headers.AUTHORIZATION);
      authorization = null;
    }
    Edge current = edge.get();
    boolean post = Methods.POST.equals(exchange.getRequestMethod());
    boolean formLogIn = post && path.endsWith("/j_security_check");
    boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    boolean signUp = post && path.equals("/signup.xhtml");
    if (current == null || !(formLogIn || basic || signUp)) {
      next.handleRequest(exchange);
      return;
    }
    if (formLogIn && fromAnotherOrigin(exchange)) {
      exchange.setStatusCode(403);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
      exchange.getResponseSender().send("A log-in must be posted from this site's own page\n");
      return;
    }
    String address = ClientAddress.of(exchange);
    LoginAttempts logins = current.logins();
    if (signUp) {
      if (logins.signUp(address) instanceof LoginAttempts.Refused refused) {
        tooMany(exchange, refused);
        return;
      }
      next.handleRequest(exchange);
      return;
    }
    Optional<String> name =
        (formLogIn ? formField(exchange, FORM_NAME_FIELD) : basicName(authorization))
            .filter(Username::isValid);
    if (logins.beforeLogIn(name, address) instanceof LoginAttempts.Refused refused) {
      tooMany(exchange, refused);
      return;
    }
    if (name.isEmpty()) {
      logins.failed(name, address);
      refuseUnknown(exchange, formLogIn);
      return;
    }
    exchange.addResponseCommitListener(
        committed -> {
          int status = committed.getStatusCode();
          boolean right = formLogIn ? status == 302 || status == 303 : status != 401;
          if (right) {
            logins.succeeded(name.get(), address);
          } else {
            logins.failed(name, address);
          }
        });
    next.handleRequest(exchange);
  }

  /**
   * What the browser says: {@code Sec-Fetch-Site} other than {@code same-origin} (browsers send it
   * since 2020–2023), or else an {@code Origin} whose host is not the one the request is for. A
   * request that says neither (a program, an old browser) is let through.
   */
  static boolean fromAnotherOrigin(HttpServerExchange exchange) {
    String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
    if (site != null) {
      return !site.equalsIgnoreCase("same-origin");
    }
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    if (origin == null || origin.equals("null")) {
      return origin != null;
    }
    try {
      String originHost = URI.create(origin).getAuthority();
      String host = exchange.getRequestHeaders().getFirst(Headers.HOST);
      return originHost == null || host == null || !originHost.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  private static void tooMany(HttpServerExchange exchange, LoginAttempts.Refused refused) {
    long seconds = refused.retryAfter().toSeconds();
    exchange.setStatusCode(429);
    exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
    exchange
        .getResponseSender()
        .send("Too many attempts: " + refused.why() + "; try again in " + seconds + " s\n");
  }

  /** A name no account can have: answered as a wrong password would be, without checking one. */
  private static void refuseUnknown(HttpServerExchange exchange, boolean formLogIn) {
    if (formLogIn) {
      exchange.setStatusCode(303);
      exchange.getResponseHeaders().put(Headers.LOCATION, "/login.xhtml?failed=true");
      exchange.endExchange();
      return;
    }
    exchange.setStatusCode(401);
    exchange
        .getResponseHeaders()
        .put(Headers.WWW_AUTHENTICATE, "Basic realm=\"Qventory Sync\", charset=\"UTF-8\"");
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
    exchange
        .getResponseSender()
        .send(
            Json.createObjectBuilder()
                .add("error", "unauthorized")
                .add("message", "Unknown username or wrong password")
                .build()
                .toString());
  }

  /** The user name of a Basic header, if it can be read. */
  static Optional<String> basicName(String authorization) {
    try {
      String credentials =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
      int colon = credentials.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A field of a url-encoded form body that {@link BodyGuard} read. */
  private static Optional<String> formField(HttpServerExchange exchange, String field) {
    String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
      return Optional.empty();
    }
    return BodyGuard.peek(exchange, MAX_FORM_BYTES)
        .flatMap(body -> formField(new String(body, StandardCharsets.ISO_8859_1), field));
  }

  static Optional<String> formField(String form, String field) {
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (!field.equals(key)) {
        continue;
      }
      try {
        return Optional.of(
            URLDecoder.decode(
                equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
