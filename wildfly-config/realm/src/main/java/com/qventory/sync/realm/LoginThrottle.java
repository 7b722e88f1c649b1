package com.qventory.sync.realm;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * In front of the FORM and BASIC mechanisms (an Undertow {@code custom-filter}, see
 * wildfly-config/security.cli): counts each source address's failed log-ins — a {@code
 * j_security_check} POST that is not sent on (no redirect), an API call with Basic credentials
 * answered 401 — and its sign-up POSTs, per minute. Past the limit the address is answered 429 with
 * {@code Retry-After} before any password is hashed, until the next minute. Per username, the realm
 * backs off as well ({@link GuessThrottle}).
 */
public final class LoginThrottle implements HttpHandler {

  static final String FAILURES_PER_MINUTE = "QVENTORY_LOGIN_FAILURES_PER_MINUTE";
  static final String SIGNUPS_PER_MINUTE = "QVENTORY_SIGNUPS_PER_MINUTE";

  private static final HttpString RETRY_AFTER = new HttpString("Retry-After");

  private final HttpHandler next;
  private final AddressWindows failures;
  private final AddressWindows signUps;

  /** For WildFly's custom-filter: the limits come from the environment. */
  public LoginThrottle(HttpHandler next) {
    this(
        next,
        new AddressWindows(limit(FAILURES_PER_MINUTE, 20), Clock.systemUTC()),
        new AddressWindows(limit(SIGNUPS_PER_MINUTE, 10), Clock.systemUTC()));
  }

  LoginThrottle(HttpHandler next, AddressWindows failures, AddressWindows signUps) {
    this.next = next;
    this.failures = failures;
    this.signUps = signUps;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRelativePath();
    boolean post = Methods.POST.equals(exchange.getRequestMethod());
    boolean login = post && path.endsWith("j_security_check");
    String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
    boolean basic =
        path.startsWith("/api/") && authorization != null && authorization.startsWith("Basic ");
    boolean signUp = post && path.equals("/signup.xhtml");
    if (!login && !basic && !signUp) {
      next.handleRequest(exchange);
      return;
    }
    String address = exchange.getSourceAddress().getAddress().getHostAddress();
    AddressWindows windows = signUp ? signUps : failures;
    if (windows.full(address)) {
      Duration wait = windows.untilNextWindow();
      exchange.setStatusCode(429);
      exchange.getResponseHeaders().put(RETRY_AFTER, Long.toString(wait.toSeconds()));
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
      exchange
          .getResponseSender()
          .send("Too many attempts from this address; try again in " + wait.toSeconds() + " s\n");
      return;
    }
    if (signUp) {
      signUps.count(address);
    } else {
      // Counted when the answer's status is committed, before the client can read it: its next
      // attempt always sees this one counted.
      exchange.addResponseCommitListener(
          committed -> {
            int status = committed.getStatusCode();
            boolean failed = login ? status != 302 && status != 303 : status == 401;
            if (failed) {
              failures.count(address);
            }
          });
    }
    next.handleRequest(exchange);
  }

  private static int limit(String variable, int fallback) {
    String value = System.getenv(variable);
    try {
      return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(variable + " must be a whole number, not " + value, e);
    }
  }

  /** Counts per source address in clock minutes. */
  static final class AddressWindows {

    private final int limit;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, long[]> byAddress =
        new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long prunedMinute;

    AddressWindows(int limit, Clock clock) {
      this.limit = limit;
      this.clock = clock;
    }

    boolean full(String address) {
      long[] window = byAddress.get(address);
      return window != null && window[0] == minute() && window[1] >= limit;
    }

    void count(String address) {
      long minute = minute();
      if (prunedMinute != minute) {
        prunedMinute = minute;
        byAddress.values().removeIf(window -> window[0] < minute);
      }
      byAddress.compute(
          address,
          (key, window) -> {
            long[] current =
                window == null || window[0] != minute ? new long[] {minute, 0} : window;
            current[1]++;
            return current;
          });
    }

    Duration untilNextWindow() {
      Instant now = clock.instant();
      return Duration.ofSeconds(Math.max(1, 60 - now.getEpochSecond() % 60));
    }

    private long minute() {
      return clock.instant().getEpochSecond() / 60;
    }
  }
}
